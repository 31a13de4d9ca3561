/// The cases of a string-valued enum with the bytes of their raw values, made once, so that a file's text
/// is matched against them without making a string.
///
/// `allCases` is an array made anew at each use, and each case's `rawValue` a string; matching a scene's
/// phase and its injects' channels that way took some 500 instructions each. Like `KnownKeys`, a table
/// lives as long as the program (make each once, as a static constant) and holds plain pointers, so that
/// the threads reading scenes count no references to it.
struct RawValueTable<Value: RawRepresentable & CaseIterable>: @unchecked Sendable where Value.RawValue == String {
    private struct Entry {
        let value: Value
        /// The raw value's first eight bytes (see `LeadingBytes`), its length and all its bytes.
        let leading: UInt64
        let length: Int
        let bytes: UnsafePointer<UInt8>
    }

    private let entries: UnsafeBufferPointer<Entry>

    init() {
        let cases = Array(Value.allCases)
        let entries = UnsafeMutableBufferPointer<Entry>.allocate(capacity: cases.count)
        for (position, value) in cases.enumerated() {
            let text = Array(value.rawValue.utf8)
            let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(text.count, 1))
            bytes.initialize(from: text, count: text.count)
            (entries.baseAddress! + position).initialize(to: Entry(
                value: value, leading: LeadingBytes.word(of: bytes, count: text.count, readable: text.count), length: text.count, bytes: bytes))
        }
        self.entries = UnsafeBufferPointer(entries)
    }

    /// The case whose raw value has exactly these UTF-8 bytes, or nil.
    func value(utf8 text: UnsafeBufferPointer<UInt8>) -> Value? {
        let leading = LeadingBytes.word(of: text)
        for entry in entries where entry.leading == leading && entry.length == text.count {
            if text.count <= 8 || bytesEqual(UnsafeBufferPointer(start: entry.bytes, count: entry.length), text) { return entry.value }
        }
        return nil
    }
}

/// The tables of the enums that scenarios and playbooks spell out.
enum RawValueTables {
    static let phases = RawValueTable<Phase>()
    static let channels = RawValueTable<Channel>()
    static let outcomes = RawValueTable<Outcome>()
}
