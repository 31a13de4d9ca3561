@testable import TabletopCore

/// A node of the syntax tree the parser tests read: names and strings as written, not type-checked.
///
/// Chains of the same left-associative operator are kept flat (`a and b and c` is one node with
/// three operands) and comparisons do not chain.
struct ExpressionNode: Sendable {
    /// What the node is.
    indirect enum Kind: Sendable {
        /// An integer or duration literal (a duration's value is in minutes).
        case integer(Int)
        case boolean(Bool)
        /// A single-quoted string literal, without its quotes.
        case string(String)
        case variable(String)
        /// `name(arguments)`.
        case call(name: String, arguments: [ExpressionNode])
        case not(ExpressionNode)
        case negate(ExpressionNode)
        /// `first op operand op operand ...`, evaluated left to right.
        case arithmetic(first: ExpressionNode, rest: [ArithmeticStep])
        /// `left op right`; comparisons do not chain.
        case comparison(ExpressionOperator, left: ExpressionNode, right: ExpressionNode, operatorOffset: Int)
        /// Two or more operands joined by the same `and` or `or`.
        case logical(ExpressionOperator, operands: [ExpressionNode])
    }

    var kind: Kind
    /// Byte offset where the node's text starts (an opening parenthesis around it included).
    var start: Int
    /// Byte offset just past the node's text.
    var end: Int

    /// One `+ operand` or `- operand` of an arithmetic chain.
    struct ArithmeticStep: Sendable {
        var operation: ExpressionOperator
        var operand: ExpressionNode
    }
}

/// Builds an `ExpressionNode` tree from what the parser reports, for the parser tests.
struct ExpressionTreeBuilder: ExpressionSink {
    /// An operand built so far; `grouped` when it was written in parentheses, so it is not merged into a chain.
    private struct Operand {
        var node: ExpressionNode
        var grouped = false
    }

    private let source: [UInt8]
    private var operands: [Operand] = []
    /// Where each open call's arguments start in `operands`, innermost last.
    private var calls: [Int] = []

    init(source: [UInt8]) {
        self.source = source
    }

    /// The whole tree, once the parse has finished.
    var root: ExpressionNode { operands[0].node }

    mutating func operand(_ lexeme: ExpressionLexeme) {
        let text = self.text(lexeme.start..<lexeme.end)
        let kind: ExpressionNode.Kind
        switch lexeme.kind {
        case .integer: kind = .integer(lexeme.value)
        case .true, .false: kind = .boolean(lexeme.kind == .true)
        case .string: kind = .string(String(text.dropFirst().dropLast()))
        default: kind = .variable(text)
        }
        operands.append(Operand(node: ExpressionNode(kind: kind, start: lexeme.start, end: lexeme.end)))
    }

    mutating func beginCall(nameStart: Int, nameEnd: Int) {
        calls.append(operands.count)
    }

    mutating func endCall(nameStart: Int, nameEnd: Int, end: Int) {
        let first = calls.removeLast()
        let arguments = operands[first...].map(\.node)
        operands.removeSubrange(first...)
        operands.append(Operand(node: ExpressionNode(kind: .call(name: text(nameStart..<nameEnd), arguments: arguments), start: nameStart, end: end)))
    }

    mutating func group(start: Int, end: Int) {
        operands[operands.count - 1].node.start = start
        operands[operands.count - 1].node.end = end
        operands[operands.count - 1].grouped = true
    }

    mutating func prefix(_ operation: ExpressionOperator, at offset: Int) {
        let operand = operands.removeLast().node
        let kind: ExpressionNode.Kind = operation == .not ? .not(operand) : .negate(operand)
        operands.append(Operand(node: ExpressionNode(kind: kind, start: offset, end: operand.end)))
    }

    mutating func beginBinary(_ operation: ExpressionOperator, at offset: Int) {}

    mutating func endBinary(_ operation: ExpressionOperator, at offset: Int, chainContinues: Bool) {
        let right = operands.removeLast()
        let left = operands.removeLast()
        operands.append(Operand(node: Self.combine(left, operation, right, operatorOffset: offset)))
    }

    mutating func finish() throws(ExpressionError) {}

    /// The node for `left op right`, extending `left` when it is an unparenthesized chain of the same operator.
    private static func combine(_ left: Operand, _ operation: ExpressionOperator, _ right: Operand, operatorOffset: Int) -> ExpressionNode {
        let start = left.node.start, end = right.node.end
        if operation.isLogical {
            if !left.grouped, case .logical(operation, var operandNodes) = left.node.kind {
                operandNodes.append(right.node)
                return ExpressionNode(kind: .logical(operation, operands: operandNodes), start: start, end: end)
            }
            return ExpressionNode(kind: .logical(operation, operands: [left.node, right.node]), start: start, end: end)
        }
        if operation.isArithmetic {
            let step = ExpressionNode.ArithmeticStep(operation: operation, operand: right.node)
            if !left.grouped, case .arithmetic(let first, var steps) = left.node.kind {
                steps.append(step)
                return ExpressionNode(kind: .arithmetic(first: first, rest: steps), start: start, end: end)
            }
            return ExpressionNode(kind: .arithmetic(first: left.node, rest: [step]), start: start, end: end)
        }
        return ExpressionNode(kind: .comparison(operation, left: left.node, right: right.node, operatorOffset: operatorOffset), start: start, end: end)
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: source[range], as: UTF8.self)
    }
}

extension ExpressionParser where Sink == ExpressionTreeBuilder {
    /// Parses a whole condition into a syntax tree.
    static func parse(_ source: [UInt8]) throws(ExpressionError) -> ExpressionNode {
        var builder = ExpressionTreeBuilder(source: source)
        try source.withUnsafeBufferPointer { (buffer) throws(ExpressionError) in
            try ExpressionParser.parse(ExpressionSource(bytes: buffer), into: &builder)
        }
        return builder.root
    }
}
