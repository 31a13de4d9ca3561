/// A variable's value at run time; an enum value is the index into its declared values.
public enum RuntimeValue: Sendable, Hashable {
    case int(Int)
    case bool(Bool)
    case enumCase(Int)
}
