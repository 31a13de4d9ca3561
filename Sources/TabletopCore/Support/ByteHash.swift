/// A fast hash of a byte string, read eight bytes at a time, for in-memory tables of names.
///
/// Not seeded and not stable across versions: use it only for tables that live in one process.
/// Each word is folded in by a full 64 x 64 -> 128-bit multiply, whose halves are combined, so that
/// every input bit reaches every output bit; the length, folded alone, is the starting value.
enum ByteHash {
    /// The hash of `bytes`.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        // The length is folded on its own first: XORed straight into the data, it could cancel a difference in the last bytes.
        var hash = fold(multiplier ^ UInt64(truncatingIfNeeded: count))
        guard let base = bytes.baseAddress else { return fold(hash) }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while count - offset > 8 {
            hash = fold(hash ^ word(raw, offset))
            offset += 8
        }
        // One to eight bytes remain: two reads that may overlap cover them without a loop.
        let remaining = count - offset
        let last: UInt64
        if remaining >= 4 {
            last = UInt64(half(raw, offset)) | UInt64(half(raw, count - 4)) << 32
        } else if remaining > 0 {
            last = UInt64(base[offset]) | UInt64(base[offset + remaining / 2]) << 8 | UInt64(base[count - 1]) << 16
        } else {
            last = 0
        }
        return fold(hash ^ last)
    }

    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    @inline(__always)
    private static func fold(_ value: UInt64) -> UInt64 {
        let product = value.multipliedFullWidth(by: multiplier)
        return product.high ^ product.low
    }

    @inline(__always)
    private static func word(_ raw: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    @inline(__always)
    private static func half(_ raw: UnsafeRawPointer, _ offset: Int) -> UInt32 {
        UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }
}
