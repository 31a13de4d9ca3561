/// Decodes the escapes of a JSON string body that the parser has already validated.
enum JSONStringDecoder {
    /// The text of `raw` (the bytes between the quotes) with escapes replaced.
    static func decode(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            // Copy the run of plain bytes up to the next escape in one go.
            var runEnd = index
            while runEnd < raw.count, raw[runEnd] != UInt8(ascii: "\\") { runEnd += 1 }
            if runEnd > index {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: raw[index..<runEnd]))
                index = runEnd
                continue
            }
            guard index + 1 < raw.count else {
                output.append(raw[index])
                index += 1
                continue
            }
            let escape = raw[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = quad(raw, index)
                index += 4
                if (0xD800...0xDBFF).contains(scalar), index + 5 < raw.count {
                    let low = quad(raw, index + 2)
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                }
                appendUTF8(Unicode.Scalar(scalar) ?? "\u{FFFD}", to: &output)
            default: output.append(escape)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func quad(_ raw: UnsafeBufferPointer<UInt8>, _ start: Int) -> UInt32 {
        var value: UInt32 = 0
        for offset in 0..<4 where start + offset < raw.count {
            value = value << 4 | (hexValue(raw[start + offset]) ?? 0)
        }
        return value
    }

    private static func appendUTF8(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        UTF8.encode(scalar) { output.append($0) }
    }
}
