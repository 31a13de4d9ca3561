/// What `ExpressionParser` reports a condition to, in evaluation order: every operand before the operator that takes it.
///
/// Offsets are UTF-8 byte offsets into the source. Events arrive only while the source is
/// well-formed up to the current token; a syntax error found later still wins, so a sink that finds
/// an error should remember it and report it from `finish()`.
protocol ExpressionSink {
    /// A literal (integer, `true`, `false`, string) or a variable name.
    mutating func operand(_ lexeme: ExpressionLexeme)
    /// A call's name and `(`: its arguments follow as operands, then `endCall`.
    mutating func beginCall(nameStart: Int, nameEnd: Int)
    /// The `)` of the innermost open call, which ends just before `end`.
    mutating func endCall(nameStart: Int, nameEnd: Int, end: Int)
    /// Parentheses from `start` to `end` around the latest operand.
    mutating func group(start: Int, end: Int)
    /// `not` or unary `-` at `offset`, applied to the latest operand.
    mutating func prefix(_ operation: ExpressionOperator, at offset: Int)
    /// The latest operand is the left operand of the binary operator at `offset`, which starts a new node.
    mutating func beginBinary(_ operation: ExpressionOperator, at offset: Int)
    /// The latest operand is the right operand of the binary operator at `offset`.
    ///
    /// When `chainContinues`, another operator of the same chain follows (`and` after `and`,
    /// `or` after `or`, `+`/`-` after `+`/`-`) and its right operand comes next, with no
    /// `beginBinary` of its own: `a and b and c` is one node with three operands.
    mutating func endBinary(_ operation: ExpressionOperator, at offset: Int, chainContinues: Bool)
    /// The whole condition has been read and is well-formed; throws what the sink found wrong.
    mutating func finish() throws(ExpressionError)
}
