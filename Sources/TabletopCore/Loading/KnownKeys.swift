/// The keys one kind of JSON object may have, with what it takes to find a key's place at once.
///
/// An object's keys are matched against the list by their first eight bytes and their length, read
/// straight from the file, and a member is looked up by the address of its literal: `ObjectReader`
/// does both for every object of a scenario, tens of thousands of times.
///
/// The tables live as long as the program: make each list once, as a static constant. Being plain
/// pointers, they are handed around without counting a reference (threads that count references to
/// one object wait on each other).
struct KnownKeys: @unchecked Sendable {
    /// One pointer, so that a reader holding it stays small.
    private let table: UnsafePointer<Table>

    private struct Table {
        /// The number of keys.
        let count: Int
        /// The odd multiplier that spreads this list's literals over the buckets (see `bucket(of:)`).
        let multiplier: UInt
        /// Per key, what matching reads of it.
        let entries: UnsafePointer<Entry>
        /// Per bucket of a literal's address, the place of the key whose literal lands there, or -1.
        let buckets: UnsafePointer<Int8>
        /// One bit per key length below 64 that some key has; bit 63 also stands for every longer length.
        let lengths: UInt64
    }

    /// One key as matching reads it.
    private struct Entry {
        /// Its first eight bytes (fewer for a shorter key, the rest zero), as `LeadingBytes.word` reads them.
        let head: UInt64
        /// Its UTF-8 length.
        let length: Int
        /// Its bytes: those of the literal it was listed as.
        let bytes: UnsafePointer<UInt8>
        let name: StaticString
    }

    /// The number of buckets: twice the most keys a list may have and more, so that a multiplier that
    /// spreads them is found in a few tries.
    private static var bucketCount: Int { 128 }

    /// At most 64 distinct keys (see `forEachMember`).
    init(_ names: [StaticString]) {
        precondition(names.count <= 64, "too many keys")
        for (position, name) in names.enumerated() {
            precondition(!names[..<position].contains { $0.description == name.description }, "'\(name)' is listed twice")
        }
        let entries = UnsafeMutablePointer<Entry>.allocate(capacity: names.count)
        for (position, name) in names.enumerated() {
            let head = LeadingBytes.word(of: name.utf8Start, count: name.utf8CodeUnitCount, readable: name.utf8CodeUnitCount)
            (entries + position).initialize(to: Entry(head: head, length: name.utf8CodeUnitCount, bytes: name.utf8Start, name: name))
        }
        let multiplier = Self.spreadingMultiplier(for: names.map { UInt(bitPattern: $0.utf8Start) })
        let buckets = UnsafeMutablePointer<Int8>.allocate(capacity: Self.bucketCount)
        buckets.initialize(repeating: -1, count: Self.bucketCount)
        for (position, name) in names.enumerated() {
            let bucket = Self.bucket(of: name.utf8Start, multiplier: multiplier)
            if buckets[bucket] < 0 { buckets[bucket] = Int8(position) }
        }
        let table = UnsafeMutablePointer<Table>.allocate(capacity: 1)
        let lengths = names.reduce(UInt64(0)) { $0 | Self.lengthBit($1.utf8CodeUnitCount) }
        table.initialize(to: Table(count: names.count, multiplier: multiplier, entries: entries, buckets: buckets, lengths: lengths))
        self.table = UnsafePointer(table)
    }

    /// The first of a fixed series of odd multipliers that puts every one of `addresses` in a bucket of
    /// its own, or the last tried should none (a literal that shares a bucket is then found by its bytes).
    private static func spreadingMultiplier(for addresses: [UInt]) -> UInt {
        var generator = SplitMix64(seed: 0x6b65_7973)
        var multiplier: UInt = 1
        for _ in 0..<10_000 {
            multiplier = UInt(truncatingIfNeeded: generator.next()) | 1
            var taken = Set<Int>()
            if addresses.allSatisfy({ taken.insert(bucket(ofAddress: $0, multiplier: multiplier)).inserted }) { break }
        }
        return multiplier
    }

    @inline(__always)
    private static func bucket(of address: UnsafePointer<UInt8>, multiplier: UInt) -> Int {
        bucket(ofAddress: UInt(bitPattern: address), multiplier: multiplier)
    }

    @inline(__always)
    private static func bucket(ofAddress address: UInt, multiplier: UInt) -> Int {
        Int(truncatingIfNeeded: (address &* multiplier) >> UInt(UInt.bitWidth - bucketCount.trailingZeroBitCount))
    }

    /// The keys, in the order their members are usually written.
    var names: [StaticString] { entries.map(\.name) }

    /// The number of keys.
    var count: Int { table.pointee.count }

    private var entries: UnsafeBufferPointer<Entry> { UnsafeBufferPointer(start: table.pointee.entries, count: table.pointee.count) }

    /// The place in `names` of the key at `key`, the string node `node` of `document`, or nil when it
    /// is none of them.
    ///
    /// Looks at `hint` first, then on around the list: keys are usually written in the list's order, so
    /// the place after the previous key's usually matches at once.
    @inline(__always)
    func slot(ofKey key: JSONDocument.Index, node: JSONDocument.Node, in document: JSONDocument, hint: Int) -> Int? {
        guard node.kind == .string else { return nil }
        if node.escaped { return slot(ofText: document.string(key)) }
        let start = Int(node.start) + 1
        let length = Int(node.end) - start - 1
        let bytes = document.source.baseAddress! + start
        let head = LeadingBytes.word(of: bytes, count: length, readable: document.source.count - start)
        let count = table.pointee.count, entries = table.pointee.entries
        var slot = hint >= 0 && hint < count ? hint : 0
        for _ in 0..<count {
            let entry = entries + slot
            if entry.pointee.head == head, entry.pointee.length == length,
               length <= 8 || memoryEqual(entry.pointee.bytes + 8, bytes + 8, length - 8) {
                return slot
            }
            slot = slot + 1 == count ? 0 : slot + 1
        }
        return nil
    }

    /// The bit of `lengths` for a key of `length` bytes.
    @inline(__always)
    private static func lengthBit(_ length: Int) -> UInt64 {
        1 << UInt64(min(length, 63))
    }

    /// The place of a key whose text had escapes to decode.
    private func slot(ofText text: String) -> Int? {
        entries.firstIndex { $0.name.description == text }
    }

    /// The place of a listed key, given as a literal; stops the program for a key not listed.
    @inline(__always)
    func slot(of key: StaticString) -> Int {
        // Callers pass the very literals of the list, usually uniqued: the address finds the place at once.
        let address = key.utf8Start
        let listed = Int(table.pointee.buckets[Self.bucket(of: address, multiplier: table.pointee.multiplier)])
        if listed >= 0, table.pointee.entries[listed].bytes == address { return listed }
        return slot(ofCopy: key)
    }

    /// The place of a listed key given as another copy of its literal, found by its bytes.
    private func slot(ofCopy key: StaticString) -> Int {
        let count = key.utf8CodeUnitCount
        guard let slot = entries.firstIndex(where: { $0.length == count && memoryEqual($0.bytes, key.utf8Start, count) }) else {
            preconditionFailure("'\(key)' is not a known key")
        }
        return slot
    }

    /// Calls `body` with the place and value of the first member of each listed key that the object at
    /// `object` has, in the order of its keys: one walk over the keys finds them all, and ends as soon
    /// as it has.
    func forEachMember(of object: JSONDocument.Index, in document: JSONDocument, _ body: (_ slot: Int, _ value: JSONDocument.Index) -> Void) {
        let nodes = document.nodes
        let container = nodes[object]
        guard container.kind == .object else { return }
        let all: UInt64 = count == 64 ? ~0 : (1 << UInt64(count)) - 1
        var found: UInt64 = 0
        var hint = 0
        let lengths = table.pointee.lengths
        var key = object + 1
        while key < object + Int(container.end), found != all {
            let value = key + 1
            let keyNode = nodes[key]
            // Most keys an object has and the list lacks are told apart by their length alone.
            let plain = keyNode.kind == .string && !keyNode.escaped
            if plain, lengths & Self.lengthBit(Int(keyNode.end) - Int(keyNode.start) - 2) == 0 {
                key = nodes.skip(value)
                continue
            }
            if let slot = slot(ofKey: key, node: keyNode, in: document, hint: hint) {
                hint = slot + 1
                if found & (1 << slot) == 0 {
                    found |= 1 << slot
                    body(slot, value)
                }
            }
            key = nodes.skip(value)
        }
    }
}
