/// Splits a condition's UTF-8 bytes into lexemes, one at a time as the parser asks for them.
///
/// Whitespace is spaces and tabs; any other control character, and any character outside the
/// language, is an `E401` error at its offset.
struct ExpressionLexer {
    private let source: ExpressionSource
    private var index = 0

    /// A lexer at the start of `source`.
    init(_ source: ExpressionSource) {
        self.source = source
    }

    /// The next lexeme, or `.end` once the source is used up.
    @inline(__always)
    mutating func next() throws(ExpressionError) -> ExpressionLexeme {
        let count = source.count
        var start = index
        while start < count, source[start] == ConditionByte.space || source[start] == ConditionByte.tab { start += 1 }
        index = start
        guard start < count else { return ExpressionLexeme(kind: .end, start: start, end: start) }
        let byte = source[start]
        if ConditionByte.isIdentifierStart(byte) { return word(from: start) }
        if byte == ConditionByte.quote { return try string(from: start) }
        if ConditionByte.isDigit(byte) { return try number() }
        if let kind = try symbol() { return ExpressionLexeme(kind: kind, start: start, end: index) }
        throw unexpectedCharacter(at: start)
    }

    /// A keyword or an identifier starting at `start`.
    @inline(__always)
    private mutating func word(from start: Int) -> ExpressionLexeme {
        let count = source.count
        var end = start + 1
        while end < count, ConditionByte.isIdentifierContinuation(source[end]) { end += 1 }
        index = end
        return ExpressionLexeme(kind: keyword(start..<end) ?? .identifier, start: start, end: end)
    }

    /// The keyword the bytes in `range` spell, or nil.
    @inline(__always)
    private func keyword(_ range: Range<Int>) -> ExpressionLexeme.Kind? {
        guard range.count <= 5, let word = source.packed(range) else { return nil }
        switch word {
        case ExpressionSource.packed("or"): return .or
        case ExpressionSource.packed("and"): return .and
        case ExpressionSource.packed("not"): return .not
        case ExpressionSource.packed("true"): return .true
        case ExpressionSource.packed("false"): return .false
        default: return nil
        }
    }

    /// A single-quoted string starting at `start`: any characters but `'`, no escapes.
    @inline(__always)
    private mutating func string(from start: Int) throws(ExpressionError) -> ExpressionLexeme {
        let count = source.count
        var end = start + 1
        while end < count, source[end] != ConditionByte.quote { end += 1 }
        guard end < count else { throw unterminatedString(at: start) }
        index = end + 1
        return ExpressionLexeme(kind: .string, start: start, end: end + 1)
    }

    /// An integer, or a duration when letters follow the digits directly (`90m`, `1h30m`).
    @inline(never)
    private mutating func number() throws(ExpressionError) -> ExpressionLexeme {
        let start = index
        var value = 0
        var overflow = false
        while index < source.count, ConditionByte.isDigit(source[index]) {
            let (scaled, overflowScaled) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = scaled.addingReportingOverflow(Int(source[index] &- ConditionByte.zero))
            overflow = overflow || overflowScaled || overflowSum
            value = sum
            index += 1
        }
        guard index < source.count, ConditionByte.isIdentifierContinuation(source[index]) else {
            if overflow {
                throw .outOfRange("the integer \(source.text(start..<index)) is out of range; the largest is \(Int.max)", at: start)
            }
            return ExpressionLexeme(kind: .integer, start: start, end: index, value: value)
        }
        while index < source.count, ConditionByte.isIdentifierContinuation(source[index]) { index += 1 }
        let text = source.text(start..<index)
        if text.utf8.last == UInt8(ascii: "s"), case .success = DurationText.seconds(text) {
            throw .syntax("the duration '\(text)' has seconds, which are not allowed in conditions: scenario time is counted in whole minutes", at: start)
        }
        switch DurationText.minutes(text) {
        case .success(let minutes):
            return ExpressionLexeme(kind: .integer, start: start, end: index, value: minutes)
        case .failure(.tooLarge):
            throw .outOfRange("the duration '\(text)' is out of range; the largest is 100 years", at: start)
        case .failure(.malformed(let reason)):
            throw .syntax("'\(text)' is not a number or a duration: \(reason)", at: start)
        }
    }

    /// An operator or punctuation, or nil when the byte starts none; a few look-alikes from other languages get a pointer to the right spelling.
    @inline(__always)
    private mutating func symbol() throws(ExpressionError) -> ExpressionLexeme.Kind? {
        let start = index
        let byte = source[index]
        let following: UInt8? = index + 1 < source.count ? source[index + 1] : nil
        func take(_ count: Int, _ kind: ExpressionLexeme.Kind) -> ExpressionLexeme.Kind {
            index += count
            return kind
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

    /// The error for a string whose opening quote at `offset` has no closing one.
    @inline(never)
    private func unterminatedString(at offset: Int) -> ExpressionError {
        .syntax("unterminated string: the quote at offset \(offset) has no closing '", at: offset)
    }

    /// The error for a byte that starts no token.
    @inline(never)
    private func unexpectedCharacter(at offset: Int) -> ExpressionError {
        let byte = source[offset]
        if byte < 0x20 || byte == 0x7F {
            return .syntax("control character \(Self.codePoint(UInt32(byte))) is not allowed; only spaces and tabs may separate tokens", at: offset)
        }
        let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        let character = source.text(offset..<min(source.count, offset + length))
        if let scalar = character.unicodeScalars.first,
           scalar.properties.generalCategory == .control || scalar.properties.isWhitespace || SafeText.isUnsafe(scalar) {
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

    static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }
    static func isIdentifierStart(_ byte: UInt8) -> Bool { isLetter(byte) || byte == UInt8(ascii: "_") }
    static func isIdentifierContinuation(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_") }
}
