/// A hash table from text to values, for the names a scenario declares.
///
/// Keys are hashed (`ByteHash`) and compared as UTF-8 bytes, which costs far less than `Dictionary`'s
/// seeded SipHash over `String` for the many short ids of a large scenario, and lets a name be looked
/// up straight from a document's bytes without first making a `String` of it. Keys keep their
/// insertion order. Two texts are the same key when their bytes are equal (ids are ASCII).
/// Only their bytes are stored: a table of many keys allocates no string for each.
struct TextTable<Value> {
    private var values: [Value] = []
    /// The UTF-8 bytes of every key, back to back; key `n` is `keyBytes[keyStarts[n] ..< keyStarts[n + 1]]`.
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int] = [0]
    /// Open addressing with linear probing: each slot holds the high half of its key's hash over the
    /// entry number plus one, or 0 when empty. Keys whose halves differ are told apart without reading them.
    private var slots: [UInt64]

    /// An empty table with room for `capacity` keys (of up to 16 bytes on average) before it grows.
    init(capacity: Int = 4) {
        slots = Array(repeating: 0, count: Self.slotCount(for: capacity))
        reserveCapacity(capacity)
    }

    /// The number of keys.
    var count: Int { values.count }

    /// Makes room for `capacity` keys in all (of up to 16 bytes on average), so that adding them never rehashes.
    mutating func reserveCapacity(_ capacity: Int) {
        values.reserveCapacity(capacity)
        keyBytes.reserveCapacity(capacity * 16)
        keyStarts.reserveCapacity(capacity + 1)
        let size = Self.slotCount(for: capacity)
        if size > slots.count { rehash(size: size) }
    }

    /// The slots for `capacity` keys: a power of two, at least 8, and at least twice the keys.
    private static func slotCount(for capacity: Int) -> Int {
        var size = 8
        while size < capacity * 2 { size *= 2 }
        return size
    }

    /// The keys, in the order they were first inserted, made from their bytes (for messages such as did-you-mean hints).
    var keys: [String] {
        keyBytes.withUnsafeBufferPointer { stored in
            values.indices.map { String(decoding: stored[keyStarts[$0] ..< keyStarts[$0 + 1]], as: UTF8.self) }
        }
    }

    /// The value of `key`; setting stores or replaces it (a table never forgets a key).
    subscript(key: String) -> Value? {
        get {
            var key = key
            return key.withUTF8 { self[utf8: $0] }
        }
        set {
            guard let newValue else { preconditionFailure("a TextTable never removes a key") }
            var text = key
            text.withUTF8 { bytes in
                let hash = ByteHash.hash(bytes)
                let (slot, entry) = find(bytes, hash: hash)
                if let entry {
                    values[entry] = newValue
                } else {
                    append(bytes, newValue, hash: hash, slot: slot)
                }
            }
        }
    }

    /// Adds `key` with `value` unless the table has it already; whether it was added. One hash and one
    /// probe, where looking up and then setting take two of each.
    mutating func insertIfAbsent(utf8 key: UnsafeBufferPointer<UInt8>, _ value: Value) -> Bool {
        let hash = ByteHash.hash(key)
        let (slot, entry) = find(key, hash: hash)
        guard entry == nil else { return false }
        append(key, value, hash: hash, slot: slot)
        return true
    }

    /// `insertIfAbsent(utf8:_:)` for a key given as a string.
    mutating func insertIfAbsent(_ key: String, _ value: Value) -> Bool {
        var key = key
        return key.withUTF8 { insertIfAbsent(utf8: $0, value) }
    }

    /// Adds the keys of `other` that this table lacks, with their values, in `other`'s order, as if each
    /// were inserted in turn; calls `duplicate` with each key this table has already, and its value in `other`.
    ///
    /// Keys and values are copied in bulk when no key is a duplicate, as when the halves of a large
    /// scenario's scenes are indexed apart and then joined.
    mutating func merge(_ other: TextTable, duplicate: (_ key: UnsafeBufferPointer<UInt8>, _ value: Value) -> Void) {
        let first = count
        values.reserveCapacity(first + other.count)
        keyBytes.reserveCapacity(keyBytes.count + other.keyBytes.count)
        keyStarts.reserveCapacity(keyStarts.count + other.count)
        let size = Self.slotCount(for: first + other.count)
        if size > slots.count { rehash(size: size) }
        // Claims a slot for each new key (`other`'s keys are distinct, so only this table's can match one).
        var isDuplicate: [Bool] = []
        other.keyBytes.withUnsafeBufferPointer { stored in
            var added = 0
            for entry in other.values.indices {
                let key = UnsafeBufferPointer(rebasing: stored[other.keyStarts[entry] ..< other.keyStarts[entry + 1]])
                let hash = ByteHash.hash(key)
                let (slot, found) = find(key, hash: hash)
                if found != nil {
                    if isDuplicate.isEmpty { isDuplicate = Array(repeating: false, count: other.count) }
                    isDuplicate[entry] = true
                    duplicate(key, other.values[entry])
                    continue
                }
                slots[slot] = Self.tag(hash) | UInt64(first + added + 1)
                added += 1
            }
        }
        guard !isDuplicate.isEmpty else {
            let base = keyBytes.count
            values += other.values
            keyBytes += other.keyBytes
            for entry in other.values.indices { keyStarts.append(base + other.keyStarts[entry + 1]) }
            return
        }
        for entry in other.values.indices where !isDuplicate[entry] {
            values.append(other.values[entry])
            keyBytes += other.keyBytes[other.keyStarts[entry] ..< other.keyStarts[entry + 1]]
            keyStarts.append(keyBytes.count)
        }
    }

    /// The value of the key whose UTF-8 bytes are `bytes`.
    subscript(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        find(bytes, hash: ByteHash.hash(bytes)).entry.map { values[$0] }
    }

    /// The slot holding `bytes`' entry, or the empty slot where it would go.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (slot: Int, entry: Int?) {
        let mask = slots.count - 1
        let tag = Self.tag(hash)
        var slot = Self.home(hash, mask: mask)
        while true {
            let content = slots[slot]
            if content == 0 { return (slot, nil) }
            if content & Self.tagMask == tag {
                let entry = Int(truncatingIfNeeded: content & ~Self.tagMask) - 1
                if keyBytes.withUnsafeBufferPointer({ bytesEqual(UnsafeBufferPointer(rebasing: $0[keyStarts[entry] ..< keyStarts[entry + 1]]), bytes) }) {
                    return (slot, entry)
                }
            }
            slot = (slot + 1) & mask
        }
    }

    private static var tagMask: UInt64 { 0xFFFF_FFFF_0000_0000 }

    /// The slot where probing for a key of this hash starts.
    private static func home(_ hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    }

    /// The part of the hash a slot keeps.
    private static func tag(_ hash: UInt64) -> UInt64 {
        hash & tagMask
    }

    /// Adds a new key at `slot` (from `find`), growing the slots when half of them are used.
    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Value, hash: UInt64, slot: Int) {
        slots[slot] = Self.tag(hash) | UInt64(values.count + 1)
        values.append(value)
        keyBytes.append(contentsOf: bytes)
        keyStarts.append(keyBytes.count)
        if values.count * 2 > slots.count { rehash(size: slots.count * 2) }
    }

    /// Rebuilds the slots at `size` (a power of two).
    private mutating func rehash(size: Int) {
        slots = Array(repeating: 0, count: size)
        let mask = size - 1
        keyBytes.withUnsafeBufferPointer { stored in
            for entry in values.indices {
                let hash = ByteHash.hash(UnsafeBufferPointer(rebasing: stored[keyStarts[entry] ..< keyStarts[entry + 1]]))
                var slot = Self.home(hash, mask: mask)
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Self.tag(hash) | UInt64(entry + 1)
            }
        }
    }
}
