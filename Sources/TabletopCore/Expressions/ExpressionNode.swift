/// A node of the syntax tree the parser builds: names and strings as written, not yet type-checked.
///
/// Chains of the same left-associative operator are kept flat (`a and b and c` is one node with
/// three operands) and comparisons do not chain, so between two parentheses the tree grows at
/// most four levels (`or`, `and`, comparison, `+ -`); with the parser's nesting limit its depth
/// stays in the low hundreds, and even releasing it (which Swift does recursively) stays shallow.
struct ExpressionNode: Sendable {
    /// What the node is.
    indirect enum Kind: Sendable {
        /// An integer or duration literal (a duration's value is in minutes).
        case integer(Int)
        case boolean(Bool)
        /// A single-quoted string literal, without its quotes.
        case string(String)
        case variable(String)
        /// `name(arguments)`; arguments are parsed as expressions so the checker can say what is wrong with them.
        case call(name: String, arguments: [ExpressionNode])
        case not(ExpressionNode)
        case negate(ExpressionNode)
        /// `first op operand op operand ...`, evaluated left to right.
        case arithmetic(first: ExpressionNode, rest: [ArithmeticStep])
        /// `left op right`; comparisons do not chain.
        case comparison(ComparisonOperator, left: ExpressionNode, right: ExpressionNode, operatorOffset: Int)
        /// Two or more operands joined by the same `and` or `or`.
        case logical(LogicalOperator, operands: [ExpressionNode])
    }

    var kind: Kind
    /// Byte offset where the node's text starts (an opening parenthesis around it included).
    var start: Int
    /// Byte offset just past the node's text.
    var end: Int

    /// One `+ operand` or `- operand` of an arithmetic chain.
    struct ArithmeticStep: Sendable {
        var operation: ArithmeticOperator
        var operand: ExpressionNode
    }

    /// `+` or `-` between ints.
    enum ArithmeticOperator: String, Sendable {
        case plus = "+"
        case minus = "-"
    }

    /// The six comparison operators.
    enum ComparisonOperator: String, Sendable {
        case equal = "=="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="

        /// Whether the operator compares any two values of one type (`==`, `!=`) rather than ordering ints.
        var isEquality: Bool { self == .equal || self == .notEqual }
    }

    /// `and` or `or`.
    enum LogicalOperator: String, Sendable {
        case and
        case or
    }
}
