/// The 64-bit FNV-1a hash of a run of bytes, fed one byte at a time: cheap and unseeded, for in-process hash tables.
struct FNV1a {
    /// The hash of the bytes fed so far.
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    /// Feeds one more byte.
    @inline(__always)
    mutating func combine(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// The hash of `bytes`.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = FNV1a()
        for byte in bytes { hash.combine(byte) }
        return hash.value
    }
}
