/// A declared scenario variable: its type, initial value, bounds and how it is shown.
public struct Variable: Sendable, Hashable {
    public var name: String
    public var type: ExpressionType
    public var initial: RuntimeValue
    public var minimum: Int?
    public var maximum: Int?
    public var label: String?
    public var hidden: Bool

    /// Clamps an int to the declared bounds.
    public func clamp(_ value: Int) -> Int {
        var value = value
        if let minimum, value < minimum { value = minimum }
        if let maximum, value > maximum { value = maximum }
        return value
    }

    /// The declared enum values (empty for int and bool).
    public var enumValues: [String] {
        if case .enumeration(let values) = type { return values }
        return []
    }

    /// The type's name as written in files: `int`, `bool` or `enum`.
    public var typeName: String {
        switch type {
        case .int: return "int"
        case .bool: return "bool"
        case .enumeration: return "enum"
        }
    }

    /// A value rendered for people and JSON: numbers, `true`/`false`, enum value names.
    public func describe(_ value: RuntimeValue) -> String {
        switch value {
        case .int(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .enumCase(let index): return index < enumValues.count ? enumValues[index] : "?"
        }
    }
}
