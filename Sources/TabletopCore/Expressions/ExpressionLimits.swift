/// The bounds that keep hostile conditions from exhausting time or stack.
enum ExpressionLimits {
    /// The longest condition accepted, in UTF-8 bytes.
    static let maximumSourceBytes = 4096
    /// The deepest nesting of parentheses and unary operators (`not`, `-`) accepted.
    static let maximumNesting = 64
}
