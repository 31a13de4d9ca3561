/// Reading a number's literal exactly as an integer, without going through `Double`.
extension JSONDocument {
    /// What a number literal is as an integer.
    public enum IntegerReading: Equatable, Sendable {
        /// A whole number in `Int`'s range: `3`, `-0`, `3.0`, `1e2`, `250E-1`... `25`.
        case value(Int)
        /// Not a whole number: `1.5`, `1e-400`, `1.0000000000000000001`.
        case fraction
        /// A whole number beyond `Int`'s range: `1e400`, `9223372036854775808`.
        case outOfRange
    }

    /// The number at `index` read exactly as an integer (nil for other kinds).
    ///
    /// The literal's digits are placed by its exponent: it is whole when no digit after the decimal point is non-zero.
    public func integerReading(_ index: Index) -> IntegerReading? {
        let node = nodes[index]
        guard node.kind == .number else { return nil }
        var position = Int(node.start)
        let end = Int(node.end)
        let negative = source[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        // The significant digits (integer part then fraction) and how many of them stand before the point.
        let digitsStart = position
        var digitCount = 0, pointAfter = 0, sawPoint = false
        while position < end, source[position] != UInt8(ascii: "e"), source[position] != UInt8(ascii: "E") {
            if source[position] == UInt8(ascii: ".") { sawPoint = true } else { digitCount += 1; if !sawPoint { pointAfter += 1 } }
            position += 1
        }
        let digitsEnd = position
        if position < end {
            position += 1
            var exponentNegative = false
            if source[position] == UInt8(ascii: "-") || source[position] == UInt8(ascii: "+") {
                exponentNegative = source[position] == UInt8(ascii: "-")
                position += 1
            }
            var exponent = 0
            while position < end {
                // Capped at a billion: past that the answer no longer changes (no literal within the size limit has that many digits).
                exponent = min(exponent * 10 + (Int(source[position]) - 0x30), 1_000_000_000)
                position += 1
            }
            pointAfter += exponentNegative ? -exponent : exponent
        }
        var value = 0, seen = 0
        for offset in digitsStart..<digitsEnd where source[offset] != UInt8(ascii: ".") {
            let digit = Int(source[offset]) - 0x30
            defer { seen += 1 }
            if seen >= pointAfter {
                if digit != 0 { return .fraction }
                continue
            }
            let (times, overflowed) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowedAgain) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            if overflowed || overflowedAgain { return .outOfRange }
            value = next
        }
        // Trailing zeros the exponent adds after the last digit.
        if pointAfter > digitCount, value != 0 {
            for _ in digitCount..<pointAfter {
                let (times, overflowed) = value.multipliedReportingOverflow(by: 10)
                if overflowed { return .outOfRange }
                value = times
            }
        }
        return .value(value)
    }
}
