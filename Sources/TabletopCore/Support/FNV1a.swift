/// The 64-bit FNV-1a hash of a run of bytes, fed one byte at a time: for bytes that are made as they are hashed (see `ByteHash` for bytes at hand).
struct FNV1a {
    /// The hash of the bytes fed so far.
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    /// Feeds one more byte.
    @inline(__always)
    mutating func combine(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
}
