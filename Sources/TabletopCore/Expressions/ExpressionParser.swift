/// Builds an `ExpressionNode` tree from a condition's tokens with an operator-precedence
/// (shunting-yard) loop: no recursion, so no input can exhaust the stack.
///
/// Precedence from low to high: `or`, `and`, `not`, comparison, `+ -`, unary `-`. `and`, `or` and
/// `+ -` are left-associative and their chains become one flat node; comparisons do not chain.
/// Parentheses and unary operators may nest `ExpressionLimits.maximumNesting` levels deep.
struct ExpressionParser {
    /// An operand parsed so far; `grouped` when it was written in parentheses, so it is not merged into a chain.
    private struct Operand {
        var node: ExpressionNode
        var grouped = false
    }

    /// An operator or an open parenthesis waiting for its operands or its `)`.
    private enum Pending {
        case binary(BinaryOperator, offset: Int)
        /// `not` or unary `-`.
        case prefix(PrefixOperator, offset: Int)
        /// An open `(` around a sub-expression.
        case group(openOffset: Int)
        /// An open call: its arguments are the operands from `firstArgument` up.
        case call(name: String, nameOffset: Int, openOffset: Int, firstArgument: Int)
    }

    private enum BinaryOperator {
        case logical(ExpressionNode.LogicalOperator)
        case comparison(ExpressionNode.ComparisonOperator)
        case arithmetic(ExpressionNode.ArithmeticOperator)

        var precedence: Int {
            switch self {
            case .logical(.or): return 1
            case .logical(.and): return 2
            case .comparison: return 4
            case .arithmetic: return 5
            }
        }
    }

    private enum PrefixOperator {
        case not
        case negate

        var precedence: Int { self == .not ? 3 : 6 }
    }

    private let tokens: [ExpressionToken]
    private let source: [UInt8]
    private var position = 0
    private var operands: [Operand] = []
    private var pending: [Pending] = []
    /// How many parentheses and unary operators are open.
    private var depth = 0

    private init(tokens: [ExpressionToken], source: [UInt8]) {
        self.tokens = tokens
        self.source = source
    }

    /// Parses a whole condition.
    static func parse(_ source: [UInt8]) throws(ExpressionError) -> ExpressionNode {
        guard source.count <= ExpressionLimits.maximumSourceBytes else {
            throw .tooComplex("the condition is \(source.count) bytes long; the limit is \(ExpressionLimits.maximumSourceBytes)", at: 0)
        }
        let tokens = try ExpressionLexer.tokenize(source)
        guard tokens.count > 1 else { throw .syntax("the condition is empty", at: 0) }
        var parser = ExpressionParser(tokens: tokens, source: source)
        return try parser.run()
    }

    /// What the parser reads next.
    private enum Position {
        /// A literal, a name, `(` or a prefix operator.
        case operand
        /// A binary operator, `)`, `,` or the end.
        case afterOperand
        /// Nothing: the condition is complete.
        case finished(ExpressionNode)
    }

    /// Alternates between reading operands and what follows them, until the end.
    private mutating func run() throws(ExpressionError) -> ExpressionNode {
        var position = Position.operand
        while true {
            switch position {
            case .operand: position = try readOperand()
            case .afterOperand: position = try readAfterOperand()
            case .finished(let node): return node
            }
        }
    }

    // MARK: Operand position

    /// Reads a literal, a name, a call's start, `(` or a prefix operator.
    private mutating func readOperand() throws(ExpressionError) -> Position {
        let token = current
        switch token.kind {
        case .integer(let value):
            push(.integer(value), token)
        case .keyword(.true), .keyword(.false):
            push(.boolean(token.kind == .keyword(.true)), token)
        case .string(let text):
            push(.string(text), token)
        case .identifier(let name):
            advance()
            guard current.kind == .symbol(.openParenthesis) else {
                operands.append(Operand(node: ExpressionNode(kind: .variable(name), start: token.offset, end: token.end)))
                return .afterOperand
            }
            let open = current
            try enterNesting(at: open.offset)
            pending.append(.call(name: name, nameOffset: token.offset, openOffset: open.offset, firstArgument: operands.count))
            advance()
            guard current.kind == .symbol(.closeParenthesis) else { return .operand }
            try close(current)
        case .symbol(.openParenthesis):
            try enterNesting(at: token.offset)
            pending.append(.group(openOffset: token.offset))
            advance()
            return .operand
        case .symbol(.minus):
            try enterNesting(at: token.offset)
            pending.append(.prefix(.negate, offset: token.offset))
            advance()
            return .operand
        case .keyword(.not):
            switch pending.last {
            case .binary(.comparison, _), .binary(.arithmetic, _), .prefix(.negate, _):
                throw .syntax(
                    "'not' binds more loosely than comparisons and arithmetic, so it cannot stand here without parentheses",
                    at: token.offset, hint: "write '(not ...)'"
                )
            default:
                try enterNesting(at: token.offset)
                pending.append(.prefix(.not, offset: token.offset))
                advance()
                return .operand
            }
        case .end:
            throw .syntax("expected an expression, found the end of the condition", at: token.offset)
        default:
            throw .syntax("expected an expression, found \(describe(token))", at: token.offset)
        }
        return .afterOperand
    }

    // MARK: Operator position

    /// Reads a binary operator, `)`, `,` or the end.
    private mutating func readAfterOperand() throws(ExpressionError) -> Position {
        let token = current
        switch token.kind {
        case .keyword(.and), .keyword(.or), .symbol(.plus), .symbol(.minus), .symbol(.equal), .symbol(.notEqual),
             .symbol(.less), .symbol(.lessOrEqual), .symbol(.greater), .symbol(.greaterOrEqual):
            let operation = Self.binaryOperator(token.kind)
            try reduce(downTo: operation.precedence, before: token, operation: operation)
            pending.append(.binary(operation, offset: token.offset))
            advance()
            return .operand
        case .symbol(.closeParenthesis):
            try reduce(downTo: 0)
            guard !pending.isEmpty else { throw .syntax("unmatched ')'", at: token.offset) }
            try close(token)
            return .afterOperand
        case .symbol(.comma):
            try reduce(downTo: 0)
            guard case .call = pending.last else { throw unexpected(token) }
            advance()
            return .operand
        case .end:
            try reduce(downTo: 0)
            guard pending.isEmpty else { throw unexpected(token) }
            return .finished(operands[0].node)
        default:
            throw unexpected(token)
        }
    }

    /// Applies pending operators that bind at least as tightly as `precedence`, stopping at an open parenthesis.
    ///
    /// When `operation` is a comparison and a comparison is still pending, the two would chain: an error.
    private mutating func reduce(downTo precedence: Int, before token: ExpressionToken? = nil, operation: BinaryOperator? = nil) throws(ExpressionError) {
        while let top = pending.last {
            switch top {
            case .group, .call:
                return
            case .prefix(let prefix, let offset):
                guard prefix.precedence >= precedence else { return }
                pending.removeLast()
                let operand = operands.removeLast().node
                let kind: ExpressionNode.Kind = prefix == .not ? .not(operand) : .negate(operand)
                operands.append(Operand(node: ExpressionNode(kind: kind, start: offset, end: operand.end)))
                depth -= 1
            case .binary(let binary, let offset):
                if case .comparison = binary, case .comparison? = operation, let token {
                    throw .syntax("comparisons do not chain; use 'and'", at: token.offset, hint: "write e.g. 'a < b and b < c'")
                }
                guard binary.precedence >= precedence else { return }
                pending.removeLast()
                let right = operands.removeLast()
                let left = operands.removeLast()
                operands.append(Operand(node: Self.combine(left, binary, right, operatorOffset: offset)))
            }
        }
    }

    /// The node for `left op right`, extending `left` when it is an unparenthesized chain of the same operator.
    private static func combine(_ left: Operand, _ operation: BinaryOperator, _ right: Operand, operatorOffset: Int) -> ExpressionNode {
        let start = left.node.start, end = right.node.end
        switch operation {
        case .logical(let logical):
            if !left.grouped, case .logical(logical, var operandNodes) = left.node.kind {
                operandNodes.append(right.node)
                return ExpressionNode(kind: .logical(logical, operands: operandNodes), start: start, end: end)
            }
            return ExpressionNode(kind: .logical(logical, operands: [left.node, right.node]), start: start, end: end)
        case .arithmetic(let arithmetic):
            let step = ExpressionNode.ArithmeticStep(operation: arithmetic, operand: right.node)
            if !left.grouped, case .arithmetic(let first, var steps) = left.node.kind {
                steps.append(step)
                return ExpressionNode(kind: .arithmetic(first: first, rest: steps), start: start, end: end)
            }
            return ExpressionNode(kind: .arithmetic(first: left.node, rest: [step]), start: start, end: end)
        case .comparison(let comparison):
            return ExpressionNode(
                kind: .comparison(comparison, left: left.node, right: right.node, operatorOffset: operatorOffset),
                start: start, end: end
            )
        }
    }

    /// Closes the innermost open parenthesis or call with `token`, a `)`; all operators inside are already applied.
    private mutating func close(_ token: ExpressionToken) throws(ExpressionError) {
        switch pending.removeLast() {
        case .group(let openOffset):
            operands[operands.count - 1].node.start = openOffset
            operands[operands.count - 1].node.end = token.end
            operands[operands.count - 1].grouped = true
        case .call(let name, let nameOffset, _, let firstArgument):
            let arguments = operands[firstArgument...].map(\.node)
            operands.removeSubrange(firstArgument...)
            operands.append(Operand(node: ExpressionNode(kind: .call(name: name, arguments: arguments), start: nameOffset, end: token.end)))
        case .binary, .prefix:
            preconditionFailure("close(_:) runs only after reduce(downTo: 0)")
        }
        depth -= 1
        advance()
    }

    // MARK: Helpers

    private var current: ExpressionToken { tokens[position] }

    /// Moves past the current token; the final `.end` token is never passed.
    private mutating func advance() {
        if position < tokens.count - 1 { position += 1 }
    }

    /// Pushes a literal operand made of one token and moves past it.
    private mutating func push(_ kind: ExpressionNode.Kind, _ token: ExpressionToken) {
        operands.append(Operand(node: ExpressionNode(kind: kind, start: token.offset, end: token.end)))
        advance()
    }

    /// Counts one more level of parentheses or unary operators, failing beyond the limit.
    private mutating func enterNesting(at offset: Int) throws(ExpressionError) {
        depth += 1
        if depth > ExpressionLimits.maximumNesting {
            throw .tooComplex("more than \(ExpressionLimits.maximumNesting) nested parentheses and unary operators", at: offset)
        }
    }

    private static func binaryOperator(_ kind: ExpressionToken.Kind) -> BinaryOperator {
        switch kind {
        case .keyword(.and): return .logical(.and)
        case .keyword(.or): return .logical(.or)
        case .symbol(.plus): return .arithmetic(.plus)
        case .symbol(.minus): return .arithmetic(.minus)
        case .symbol(.equal): return .comparison(.equal)
        case .symbol(.notEqual): return .comparison(.notEqual)
        case .symbol(.less): return .comparison(.less)
        case .symbol(.lessOrEqual): return .comparison(.lessOrEqual)
        case .symbol(.greater): return .comparison(.greater)
        default: return .comparison(.greaterOrEqual)
        }
    }

    /// The error for a token that cannot follow a complete operand: inside parentheses the `)` is
    /// missing; at the top level an operator or the end was expected.
    private func unexpected(_ token: ExpressionToken) -> ExpressionError {
        for open in pending.reversed() {
            switch open {
            case .group(let openOffset), .call(_, _, let openOffset, _):
                return .syntax("expected ')' to close '(' at offset \(openOffset)", at: token.offset)
            case .binary, .prefix:
                continue
            }
        }
        let message = "expected an operator or the end of the condition, found \(describe(token))"
        if case .identifier(let word) = token.kind {
            return .syntax(message, at: token.offset, hint: ExpressionError.didYouMean(word, in: ["and", "or"]))
        }
        return .syntax(message, at: token.offset)
    }

    /// How messages refer to a token: its text in quotes, or "the end of the condition".
    private func describe(_ token: ExpressionToken) -> String {
        switch token.kind {
        case .end: return "the end of the condition"
        case .string(let text): return "the string '\(text)'"
        default: return "'" + String(decoding: source[token.offset..<token.end], as: UTF8.self) + "'"
        }
    }
}
