/// The type of one JSON value.
public enum JSONKind: UInt8, Sendable {
    case null
    case `false`
    case `true`
    case number
    case string
    case array
    case object

    /// The word used in messages: `a string`, `an object`, ...
    public var phrase: String {
        switch self {
        case .null: return "null"
        case .false, .true: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
