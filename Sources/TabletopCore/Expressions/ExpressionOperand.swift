/// What the type checker knows about a sub-expression whose operator is still open: its type and the text it covers.
struct ExpressionOperand {
    /// The sub-expression's type, or what else the entry is.
    enum Kind: UInt8 {
        case int, bool, enumeration
        /// A string literal, whose value depends on the enum it is compared with; its code is a placeholder `constant`.
        case string
        /// Not checked: part of a call's arguments.
        case unchecked
        /// Not an operand but an open call, whose arguments are the entries above it.
        case call
    }

    /// How the sub-expression is written, as far as messages and calls care.
    enum Form: UInt8 {
        /// A variable name, perhaps in parentheses.
        case variable
        /// A string literal, perhaps in parentheses.
        case string
        case other
    }

    var kind: Kind
    var form: Form
    /// The sub-expression's text, an opening parenthesis around it included.
    var start: Int32
    var end: Int32
    /// The variable's name, or the string literal with its quotes.
    var tokenStart: Int32
    var tokenEnd: Int32
    /// An enum's index in the checker's enum types, a string's placeholder position, the last
    /// jump of an `and`/`or` chain, or an open call's enclosing call.
    var payload: Int32 = 0

    /// An operand covering `start..<end` whose token is all of its text.
    init(kind: Kind, form: Form, start: Int, end: Int, payload: Int = 0) {
        self.kind = kind
        self.form = form
        self.start = Int32(start)
        self.end = Int32(end)
        self.tokenStart = Int32(start)
        self.tokenEnd = Int32(end)
        self.payload = Int32(payload)
    }

    /// The type's name with its article, a string literal counting as "a string".
    var typePhrase: String {
        switch kind {
        case .int: return ExpressionType.int.withArticle
        case .bool: return ExpressionType.bool.withArticle
        case .enumeration: return ExpressionType.enumeration([]).withArticle
        case .string, .unchecked, .call: return "a string"
        }
    }

    /// The contents of a string literal operand, without the quotes.
    var stringContents: Range<Int> { Int(tokenStart) + 1..<Int(tokenEnd) - 1 }

    /// Fails unless the operand has type `kind`; `context` opens the message.
    func require(_ kind: Kind, in source: ExpressionSource, _ context: @autoclosure () -> String) throws(ExpressionError) {
        if self.kind != kind { throw mismatch(in: source, context()) }
    }

    /// The `E403` for an operand of the wrong type; `context` opens the message.
    func mismatch(in source: ExpressionSource, _ context: String) -> ExpressionError {
        .typeMismatch("\(context), but \(source.describe(self)) is \(typePhrase)", at: Int(start))
    }
}
