/// Static types of the condition language.
public enum ExpressionType: Sendable, Hashable {
    case int
    case bool
    /// An enum variable's type: its declared values in order. Two enum types are the same type iff the value lists are equal.
    case enumeration([String])
}

extension ExpressionType: CustomStringConvertible {
    /// The type's name as messages spell it: `int`, `bool` or `enum`.
    public var description: String {
        switch self {
        case .int: return "int"
        case .bool: return "bool"
        case .enumeration: return "enum"
        }
    }

    /// The type's name with its article, for messages such as "'phase' is an enum".
    var withArticle: String {
        switch self {
        case .int: return "an int"
        case .bool: return "a bool"
        case .enumeration: return "an enum"
        }
    }
}
