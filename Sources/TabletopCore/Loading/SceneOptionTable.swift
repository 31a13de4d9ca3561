/// The option ids of one scene with their engine-wide indices, for resolving `chose()` and option ids.
///
/// A scene has a handful of options, so the ids are kept in one short list searched in order; a scene
/// with many more gets a hash table as well, so that a hostile file cannot make lookups quadratic.
/// Each entry keeps its id's first eight bytes as a word (`LeadingBytes`), so that looking up an id of at
/// most eight bytes, as most are, compares one word per entry and reads no string.
struct SceneOptionTable {
    private struct Entry {
        let id: String
        /// `id`'s first eight bytes and its length.
        let leading: UInt64
        let length: Int
        var index: Int
    }

    private var entries: [Entry] = []
    private var table: TextTable<Int>?
    /// Past this many options, lookups go through `table`.
    private static let listLimit = 16

    init(capacity: Int = 0) {
        entries.reserveCapacity(capacity)
    }

    /// The ids, in the order they were added.
    var ids: [String] { entries.map(\.id) }

    /// The engine-wide index of option `id`, or nil.
    subscript(id: String) -> Int? {
        var id = id
        return id.withUTF8 { self[utf8: $0] }
    }

    /// The engine-wide index of the option whose id has these UTF-8 bytes, or nil.
    subscript(utf8 id: UnsafeBufferPointer<UInt8>) -> Int? {
        if let table { return table[utf8: id] }
        let leading = LeadingBytes.word(of: id)
        // Bytes, not String equality (which would match canonically equivalent texts), as the hash table compares.
        return entries.withUnsafeBufferPointer { entries in
            entries.first { entry in
                guard entry.leading == leading, entry.length == id.count else { return false }
                guard entry.length > 8 else { return true }
                var stored = entry.id
                return stored.withUTF8 { bytesEqual($0, id) }
            }?.index
        }
    }

    /// Moves every index up by `offset`: for a table of scenes numbered on their own, joining others.
    mutating func offset(by offset: Int) {
        for position in entries.indices { entries[position].index += offset }
        if table != nil {
            for entry in entries { table![entry.id] = entry.index }
        }
    }

    /// Adds an option; the caller has checked that `id` is not there yet.
    mutating func add(_ id: String, index: Int) {
        var text = id
        let (leading, length) = text.withUTF8 { (LeadingBytes.word(of: $0), $0.count) }
        entries.append(Entry(id: id, leading: leading, length: length, index: index))
        if table != nil {
            table![id] = index
        } else if entries.count > Self.listLimit {
            var table = TextTable<Int>(capacity: entries.count * 2)
            for entry in entries { table[entry.id] = entry.index }
            self.table = table
        }
    }
}
