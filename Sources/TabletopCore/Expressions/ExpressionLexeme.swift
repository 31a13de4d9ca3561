/// One token of a condition as the lexer hands it to the parser: its kind and the bytes it covers.
///
/// A lexeme holds no strings: names and string literals are byte ranges of the source, turned into
/// text only where a symbol look-up or a message needs it.
struct ExpressionLexeme {
    /// What a lexeme is.
    enum Kind: UInt8 {
        /// An integer or a duration literal; `value` holds it (a duration in minutes).
        case integer
        /// A single-quoted string literal; its text is the bytes between the quotes.
        case string
        /// A name that is not a keyword: a variable or a function.
        case identifier
        case not, and, or, `true`, `false`
        case openParenthesis, closeParenthesis, comma
        case plus, minus, equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
        /// The end of the source; the lexer returns it again on every later call.
        case end
    }

    var kind: Kind
    /// Byte offset of the first byte.
    var start: Int
    /// Byte offset just past the last byte.
    var end: Int
    /// The value of an integer or duration literal, else 0.
    var value = 0
}
