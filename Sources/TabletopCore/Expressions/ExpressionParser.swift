/// Reads a condition in one pass with an operator-precedence (shunting-yard) loop and reports it
/// to a sink in evaluation order; no recursion, so no input can exhaust the stack.
///
/// Precedence from low to high: `or`, `and`, `not`, comparison, `+ -`, unary `-`. `and`, `or` and
/// `+ -` are left-associative and a run of them is reported as one chain; comparisons do not chain.
/// Parentheses and unary operators may nest `ExpressionLimits.maximumNesting` levels deep.
///
/// Errors rank as if the whole source were tokenized, then parsed, then checked: once the parser
/// finds a syntax error it still reads the rest for a lexical error, which wins, and the sink's own
/// errors count only when the parse succeeds.
struct ExpressionParser<Sink: ExpressionSink> {
    /// An operator or an open parenthesis waiting for its operands or its `)`.
    private struct Pending {
        enum Kind {
            /// A binary operator, or a prefix one (`not`, unary `-`).
            case operation(ExpressionOperator)
            /// An open `(` around a sub-expression.
            case group
            /// An open call.
            case call
        }

        var kind: Kind
        /// Where the operator or the `(` is.
        var offset: Int32
        /// A call's name.
        var nameStart: Int32 = 0
        var nameEnd: Int32 = 0
    }

    /// What the parser reads next.
    private enum Position {
        /// A literal, a name, `(` or a prefix operator.
        case operand
        /// A binary operator, `)`, `,` or the end.
        case afterOperand
        /// Nothing: the condition is complete.
        case finished
    }

    private let source: ExpressionSource
    private var lexer: ExpressionLexer
    private var current = ExpressionLexeme(kind: .end, start: 0, end: 0)
    private var pending: ExpressionScratchStack<Pending>
    /// How many parentheses and unary operators are open.
    private var depth = 0

    private init(source: ExpressionSource, pending: ExpressionScratchStack<Pending>) {
        self.source = source
        self.lexer = ExpressionLexer(source)
        self.pending = pending
    }

    /// Parses a whole condition into `sink`.
    static func parse(_ source: ExpressionSource, into sink: inout Sink) throws(ExpressionError) {
        guard source.count <= ExpressionLimits.maximumSourceBytes else {
            throw .tooComplex("the condition is \(source.count) bytes long; the limit is \(ExpressionLimits.maximumSourceBytes)", at: 0)
        }
        try withUnsafeTemporaryAllocation(of: Pending.self, capacity: 16) { (memory) throws(ExpressionError) in
            var parser = ExpressionParser(source: source, pending: ExpressionScratchStack(memory))
            defer { parser.pending.release() }
            try parser.run(&sink)
        }
    }

    /// Alternates between reading operands and what follows them, until the end.
    private mutating func run(_ sink: inout Sink) throws(ExpressionError) {
        current = try lexer.next()
        guard current.kind != .end else { throw .syntax("the condition is empty", at: 0) }
        var position = Position.operand
        while true {
            switch position {
            case .operand: position = try readOperand(&sink)
            case .afterOperand: position = try readAfterOperand(&sink)
            case .finished: return
            }
        }
    }

    // MARK: Operand position

    /// Reads a literal, a name, a call's start, `(` or a prefix operator.
    @inline(__always)
    private mutating func readOperand(_ sink: inout Sink) throws(ExpressionError) -> Position {
        let token = current
        switch token.kind {
        case .integer, .true, .false, .string:
            sink.operand(token)
            try advance()
            return .afterOperand
        case .identifier:
            try advance()
            guard current.kind == .openParenthesis else {
                sink.operand(token)
                return .afterOperand
            }
            try enterNesting(at: current.start)
            pending.append(Pending(kind: .call, offset: Int32(current.start), nameStart: Int32(token.start), nameEnd: Int32(token.end)))
            sink.beginCall(nameStart: token.start, nameEnd: token.end)
            try advance()
            guard current.kind == .closeParenthesis else { return .operand }
            try close(&sink)
            return .afterOperand
        case .openParenthesis:
            try enterNesting(at: token.start)
            pending.append(Pending(kind: .group, offset: Int32(token.start)))
            try advance()
            return .operand
        case .minus:
            try enterNesting(at: token.start)
            pending.append(Pending(kind: .operation(.negate), offset: Int32(token.start)))
            try advance()
            return .operand
        case .not:
            if !pending.isEmpty, case .operation(let operation) = pending.last.kind,
               operation.isComparison || operation.isArithmetic || operation == .negate {
                try fail(.syntax(
                    "'not' binds more loosely than comparisons and arithmetic, so it cannot stand here without parentheses",
                    at: token.start, hint: "write '(not ...)'"
                ))
            }
            try enterNesting(at: token.start)
            pending.append(Pending(kind: .operation(.not), offset: Int32(token.start)))
            try advance()
            return .operand
        case .end:
            try fail(.syntax("expected an expression, found the end of the condition", at: token.start))
        default:
            try fail(.syntax("expected an expression, found \(describe(token))", at: token.start))
        }
    }

    // MARK: Operator position

    /// Reads a binary operator, `)`, `,` or the end.
    @inline(__always)
    private mutating func readAfterOperand(_ sink: inout Sink) throws(ExpressionError) -> Position {
        let token = current
        if let operation = ExpressionOperator(binary: token.kind) {
            if try !reduce(downTo: operation.precedence, before: operation, at: token.start, &sink) {
                sink.beginBinary(operation, at: token.start)
                pending.append(Pending(kind: .operation(operation), offset: Int32(token.start)))
            }
            try advance()
            return .operand
        }
        switch token.kind {
        case .closeParenthesis:
            try reduce(downTo: 0, &sink)
            if pending.isEmpty { try fail(.syntax("unmatched ')'", at: token.start)) }
            try close(&sink)
            return .afterOperand
        case .comma:
            try reduce(downTo: 0, &sink)
            guard !pending.isEmpty, case .call = pending.last.kind else { try fail(unexpected(token)) }
            try advance()
            return .operand
        case .end:
            try reduce(downTo: 0, &sink)
            guard pending.isEmpty else { try fail(unexpected(token)) }
            try sink.finish()
            return .finished
        default:
            try fail(unexpected(token))
        }
    }

    /// Applies pending operators that bind at least as tightly as `precedence`, stopping at an open parenthesis.
    ///
    /// When the incoming `operation` continues the chain on top (`and` after `and`, `+` after `-`),
    /// it takes that chain's place instead, and the result is true. When `operation` is a
    /// comparison and a comparison is still pending, the two would chain: an error.
    @discardableResult
    @inline(__always)
    private mutating func reduce(
        downTo precedence: Int, before operation: ExpressionOperator? = nil, at offset: Int = 0, _ sink: inout Sink
    ) throws(ExpressionError) -> Bool {
        while !pending.isEmpty {
            let top = pending.last
            guard case .operation(let pendingOperation) = top.kind else { return false }
            if pendingOperation.isComparison, let operation, operation.isComparison {
                try fail(.syntax("comparisons do not chain; use 'and'", at: offset, hint: "write e.g. 'a < b and b < c'"))
            }
            guard pendingOperation.precedence >= precedence else { return false }
            if pendingOperation.isPrefix {
                pending.removeLast()
                sink.prefix(pendingOperation, at: Int(top.offset))
                depth -= 1
            } else if let operation, pendingOperation.chains(with: operation) {
                sink.endBinary(pendingOperation, at: Int(top.offset), chainContinues: true)
                pending.last = Pending(kind: .operation(operation), offset: Int32(offset))
                return true
            } else {
                pending.removeLast()
                sink.endBinary(pendingOperation, at: Int(top.offset), chainContinues: false)
            }
        }
        return false
    }

    /// Closes the innermost open parenthesis or call with the current token, a `)`; all operators inside are already applied.
    @inline(__always)
    private mutating func close(_ sink: inout Sink) throws(ExpressionError) {
        let open = pending.removeLast()
        switch open.kind {
        case .group:
            sink.group(start: Int(open.offset), end: current.end)
        case .call:
            sink.endCall(nameStart: Int(open.nameStart), nameEnd: Int(open.nameEnd), end: current.end)
        case .operation:
            preconditionFailure("close() runs only after reduce(downTo: 0)")
        }
        depth -= 1
        try advance()
    }

    // MARK: Helpers

    /// Moves to the next token; at the end it stays there.
    @inline(__always)
    private mutating func advance() throws(ExpressionError) {
        if current.kind != .end { current = try lexer.next() }
    }

    /// Counts one more level of parentheses or unary operators, failing beyond the limit.
    @inline(__always)
    private mutating func enterNesting(at offset: Int) throws(ExpressionError) {
        depth += 1
        if depth > ExpressionLimits.maximumNesting {
            try fail(.tooComplex("more than \(ExpressionLimits.maximumNesting) nested parentheses and unary operators", at: offset))
        }
    }

    /// Throws `error`, unless the rest of the source has a lexical error, which ranks first.
    private mutating func fail(_ error: ExpressionError) throws(ExpressionError) -> Never {
        while current.kind != .end { current = try lexer.next() }
        throw error
    }

    /// The error for a token that cannot follow a complete operand: inside parentheses the `)` is
    /// missing; at the top level an operator or the end was expected.
    private func unexpected(_ token: ExpressionLexeme) -> ExpressionError {
        for position in stride(from: pending.count - 1, through: 0, by: -1) {
            switch pending[position].kind {
            case .group, .call:
                return .syntax("expected ')' to close '(' at offset \(pending[position].offset)", at: token.start)
            case .operation:
                continue
            }
        }
        let message = "expected an operator or the end of the condition, found \(describe(token))"
        if token.kind == .identifier {
            return .syntax(message, at: token.start, hint: ExpressionError.didYouMean(source.text(token.start..<token.end), in: ["and", "or"]))
        }
        return .syntax(message, at: token.start)
    }

    /// How messages refer to a token: its text in quotes, or "the end of the condition".
    private func describe(_ token: ExpressionLexeme) -> String {
        switch token.kind {
        case .end: return "the end of the condition"
        case .string: return "the string " + source.text(token.start..<token.end)
        default: return "'" + source.text(token.start..<token.end) + "'"
        }
    }
}
