/// One lexical unit of a condition, with the byte range it covers in the source.
struct ExpressionToken: Equatable, Sendable {
    /// What a token is.
    enum Kind: Equatable, Sendable {
        /// An integer or a duration literal; a duration's value is in minutes.
        case integer(Int)
        /// A single-quoted string literal, without its quotes.
        case string(String)
        /// A name that is not a keyword: a variable or a function.
        case identifier(String)
        case keyword(Keyword)
        case symbol(Symbol)
        /// The end of the source; always the last token.
        case end
    }

    /// The reserved words.
    enum Keyword: String, CaseIterable, Sendable {
        case not, and, or, `true`, `false`
    }

    /// Punctuation and operators, spelled as their raw values.
    enum Symbol: String, Sendable {
        case openParenthesis = "("
        case closeParenthesis = ")"
        case comma = ","
        case plus = "+"
        case minus = "-"
        case equal = "=="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
    }

    var kind: Kind
    /// Byte offset of the token's first byte.
    var offset: Int
    /// Byte offset just past the token's last byte.
    var end: Int
}
