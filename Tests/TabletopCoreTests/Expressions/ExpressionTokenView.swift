@testable import TabletopCore

/// One lexical unit of a condition as the lexer tests read it: names and strings as text.
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

extension ExpressionLexer {
    /// All tokens of `bytes`, ending with one `.end` token.
    static func tokenize(_ bytes: [UInt8]) throws(ExpressionError) -> [ExpressionToken] {
        try bytes.withUnsafeBufferPointer { (buffer) throws(ExpressionError) -> [ExpressionToken] in
            var lexer = ExpressionLexer(ExpressionSource(bytes: buffer))
            var tokens: [ExpressionToken] = []
            while true {
                let lexeme = try lexer.next()
                let text = String(decoding: buffer[lexeme.start..<lexeme.end], as: UTF8.self)
                let kind: ExpressionToken.Kind
                switch lexeme.kind {
                case .integer: kind = .integer(lexeme.value)
                case .string: kind = .string(String(text.dropFirst().dropLast()))
                case .identifier: kind = .identifier(text)
                case .not, .and, .or, .true, .false: kind = .keyword(ExpressionToken.Keyword(rawValue: text)!)
                case .end: kind = .end
                default: kind = .symbol(ExpressionToken.Symbol(rawValue: text)!)
                }
                tokens.append(ExpressionToken(kind: kind, offset: lexeme.start, end: lexeme.end))
                if lexeme.kind == .end { return tokens }
            }
        }
    }
}
