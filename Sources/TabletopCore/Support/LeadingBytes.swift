/// The first eight bytes of a byte string packed into one word, so that short names are compared in one step.
enum LeadingBytes {
    /// The first eight of the `count` bytes at `bytes` (all of them when fewer, the rest zero), in the
    /// order they are stored; `readable` bytes from there may be read (eight at once when there are as many).
    ///
    /// Two strings of at most eight bytes are equal exactly when their lengths and words are.
    @inline(__always)
    static func word(of bytes: UnsafePointer<UInt8>, count: Int, readable: Int) -> UInt64 {
        if readable >= 8 {
            let word = UInt64(littleEndian: UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self))
            return count >= 8 ? word : word & (1 << (8 * UInt64(count)) - 1)
        }
        var word: UInt64 = 0
        for position in 0..<min(count, 8) { word |= UInt64(bytes[position]) << (8 * position) }
        return word
    }

    /// The word of a whole buffer, reading none of the memory after it.
    @inline(__always)
    static func word(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        return word(of: base, count: bytes.count, readable: bytes.count)
    }
}
