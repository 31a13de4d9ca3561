/// Labels as people compare them: ASCII letters without case, runs of white space as one space, none at the ends.
enum LabelText {
    /// The first eight bytes of a label's compared form, in order from the lowest byte, the rest zero:
    /// labels that read the same have the same prefix, so most that differ are told apart by it alone.
    static func prefix(_ label: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if label.count >= 8, let plain = plainPrefix(UInt64(littleEndian: UnsafeRawPointer(label.baseAddress!).loadUnaligned(as: UInt64.self))) {
            return plain
        }
        var cursor = Cursor(bytes: label)
        var prefix: UInt64 = 0
        for shift in stride(from: 0, to: 64, by: 8) {
            guard let byte = cursor.next() else { break }
            prefix |= UInt64(byte) << UInt64(shift)
        }
        return prefix
    }

    /// The prefix of a label whose first eight bytes (`word`, read little-endian) are ASCII without white
    /// space, but for single spaces between its first and last byte: their compared form is those bytes
    /// lowercased. Nil for any other; most labels start like that, and are read eight bytes at once.
    @inline(__always)
    private static func plainPrefix(_ word: UInt64) -> UInt64? {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        /// The high bit of each byte of `x` that is zero, and of no other.
        func zeroBytes(_ x: UInt64) -> UInt64 { ~(((x & ~highs) &+ ~highs) | x | ~highs) }
        let spaces = zeroBytes(word ^ (ones &* 0x20))
        let otherWhiteSpace = zeroBytes(word ^ (ones &* 0x09)) | zeroBytes(word ^ (ones &* 0x0A)) | zeroBytes(word ^ (ones &* 0x0D))
        guard word & highs == 0, otherWhiteSpace == 0, spaces & (0x80 | 0x80 << 56) == 0, spaces & (spaces << 8) == 0 else { return nil }
        // Each byte is below 0x80, so adding to it carries into no other.
        let uppercase = (word &+ ones &* (0x80 - 0x41)) & ~(word &+ ones &* (0x80 - 0x5B)) & highs
        return word | uppercase >> 2
    }

    /// FNV-1a of the compared form of a label's UTF-8 bytes: labels that read the same hash alike.
    static func hash(_ label: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var cursor = Cursor(bytes: label)
        var hash = FNV1a()
        while let byte = cursor.next() { hash.combine(byte) }
        return hash.value
    }

    /// Whether two labels' UTF-8 bytes read the same.
    static func same(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        var x = Cursor(bytes: left), y = Cursor(bytes: right)
        while true {
            let one = x.next(), other = y.next()
            if one != other { return false }
            if one == nil { return true }
        }
    }

    /// Walks a label's bytes in their compared form.
    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        var pending: UInt8?
        var started = false

        mutating func next() -> UInt8? {
            if let byte = pending {
                pending = nil
                return byte
            }
            var sawSpace = false
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    sawSpace = true
                    continue
                }
                let lowered = byte &- 0x41 < 26 ? byte + 0x20 : byte
                if sawSpace, started {
                    pending = lowered
                    return 0x20
                }
                started = true
                return lowered
            }
            return nil
        }
    }
}
