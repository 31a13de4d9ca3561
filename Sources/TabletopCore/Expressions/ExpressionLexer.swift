/// Splits a condition's UTF-8 bytes into tokens.
///
/// Whitespace is spaces and tabs; any other control character, and any character outside the
/// language, is an `E401` error at its offset.
struct ExpressionLexer {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// All tokens of `bytes`, ending with one `.end` token.
    static func tokenize(_ bytes: [UInt8]) throws(ExpressionError) -> [ExpressionToken] {
        var lexer = ExpressionLexer(bytes)
        var tokens: [ExpressionToken] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    /// The next token, or `.end` once the source is used up.
    mutating func next() throws(ExpressionError) -> ExpressionToken {
        while index < bytes.count, bytes[index] == ConditionByte.space || bytes[index] == ConditionByte.tab {
            index += 1
        }
        let start = index
        guard index < bytes.count else { return ExpressionToken(kind: .end, offset: start, end: start) }
        let byte = bytes[index]
        if ConditionByte.isDigit(byte) { return try number() }
        if ConditionByte.isIdentifierStart(byte) { return word() }
        if byte == ConditionByte.quote { return try string() }
        if let symbol = try symbol() { return ExpressionToken(kind: .symbol(symbol), offset: start, end: index) }
        throw unexpectedCharacter(at: start)
    }

    /// An integer, or a duration when letters follow the digits directly (`90m`, `1h30m`).
    private mutating func number() throws(ExpressionError) -> ExpressionToken {
        let start = index
        while index < bytes.count, ConditionByte.isIdentifierContinuation(bytes[index]) { index += 1 }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if bytes[start..<index].allSatisfy(ConditionByte.isDigit) {
            var value = 0
            for digit in bytes[start..<index] {
                let (scaled, overflowScaled) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflowSum) = scaled.addingReportingOverflow(Int(digit - ConditionByte.zero))
                if overflowScaled || overflowSum {
                    throw .outOfRange("the integer \(text) is out of range; the largest is \(Int.max)", at: start)
                }
                value = sum
            }
            return ExpressionToken(kind: .integer(value), offset: start, end: index)
        }
        if text.utf8.last == UInt8(ascii: "s"), case .success = DurationText.seconds(text) {
            throw .syntax("the duration '\(text)' has seconds, which are not allowed in conditions: scenario time is counted in whole minutes", at: start)
        }
        switch DurationText.minutes(text) {
        case .success(let minutes):
            return ExpressionToken(kind: .integer(minutes), offset: start, end: index)
        case .failure(.tooLarge):
            throw .outOfRange("the duration '\(text)' is out of range; the largest is 100 years", at: start)
        case .failure(.malformed(let reason)):
            throw .syntax("'\(text)' is not a number or a duration: \(reason)", at: start)
        }
    }

    /// A keyword or an identifier.
    private mutating func word() -> ExpressionToken {
        let start = index
        while index < bytes.count, ConditionByte.isIdentifierContinuation(bytes[index]) { index += 1 }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if let keyword = ExpressionToken.Keyword(rawValue: text) {
            return ExpressionToken(kind: .keyword(keyword), offset: start, end: index)
        }
        return ExpressionToken(kind: .identifier(text), offset: start, end: index)
    }

    /// A single-quoted string: any characters but `'`, no escapes.
    private mutating func string() throws(ExpressionError) -> ExpressionToken {
        let start = index
        index += 1
        while index < bytes.count, bytes[index] != ConditionByte.quote { index += 1 }
        guard index < bytes.count else {
            throw .syntax("unterminated string: the quote at offset \(start) has no closing '", at: start)
        }
        index += 1
        let text = String(decoding: bytes[(start + 1)..<(index - 1)], as: UTF8.self)
        return ExpressionToken(kind: .string(text), offset: start, end: index)
    }

    /// An operator or punctuation, or nil when the byte starts none; a few look-alikes from other languages get a pointer to the right spelling.
    private mutating func symbol() throws(ExpressionError) -> ExpressionToken.Symbol? {
        let start = index
        let byte = bytes[index]
        let following: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
        func take(_ count: Int, _ symbol: ExpressionToken.Symbol) -> ExpressionToken.Symbol {
            index += count
            return symbol
        }
        switch byte {
        case UInt8(ascii: "("): return take(1, .openParenthesis)
        case UInt8(ascii: ")"): return take(1, .closeParenthesis)
        case UInt8(ascii: ","): return take(1, .comma)
        case UInt8(ascii: "+"): return take(1, .plus)
        case UInt8(ascii: "-"): return take(1, .minus)
        case UInt8(ascii: "<"): return following == ConditionByte.equalsSign ? take(2, .lessOrEqual) : take(1, .less)
        case UInt8(ascii: ">"): return following == ConditionByte.equalsSign ? take(2, .greaterOrEqual) : take(1, .greater)
        case ConditionByte.equalsSign:
            if following == ConditionByte.equalsSign { return take(2, .equal) }
            throw .syntax("'=' is not an operator; compare with '=='", at: start, hint: "did you mean '=='?")
        case UInt8(ascii: "!"):
            if following == ConditionByte.equalsSign { return take(2, .notEqual) }
            throw .syntax("'!' is not an operator; negate with 'not'", at: start, hint: "did you mean 'not'?")
        case UInt8(ascii: "&"):
            throw .syntax("'&' is not an operator; combine conditions with 'and'", at: start, hint: "did you mean 'and'?")
        case UInt8(ascii: "|"):
            throw .syntax("'|' is not an operator; combine conditions with 'or'", at: start, hint: "did you mean 'or'?")
        case UInt8(ascii: "\""):
            throw .syntax("strings are written in single quotes, not double quotes", at: start, hint: "write 'value' instead of \"value\"")
        default:
            return nil
        }
    }

    /// The error for a byte that starts no token.
    private func unexpectedCharacter(at offset: Int) -> ExpressionError {
        let byte = bytes[offset]
        if byte < 0x20 || byte == 0x7F {
            return .syntax("control character \(Self.codePoint(UInt32(byte))) is not allowed; only spaces and tabs may separate tokens", at: offset)
        }
        let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        let character = String(decoding: bytes[offset..<min(bytes.count, offset + length)], as: UTF8.self)
        if let scalar = character.unicodeScalars.first, scalar.properties.generalCategory == .control || scalar.properties.isWhitespace {
            return .syntax("character \(Self.codePoint(scalar.value)) is not allowed; only spaces and tabs may separate tokens", at: offset)
        }
        return .syntax("unexpected character '\(character)'", at: offset)
    }

    /// `U+000A`-style spelling of a code point.
    private static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

/// ASCII bytes and classes the lexer needs, kept private so they cannot clash with other files' helpers.
private enum ConditionByte {
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let quote = UInt8(ascii: "'")
    static let equalsSign = UInt8(ascii: "=")
    static let zero = UInt8(ascii: "0")

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    static func isIdentifierStart(_ byte: UInt8) -> Bool { isLetter(byte) || byte == UInt8(ascii: "_") }
    static func isIdentifierContinuation(_ byte: UInt8) -> Bool { isIdentifierStart(byte) || isDigit(byte) }
}
