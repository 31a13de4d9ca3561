/// A visible variable: its label and current value as text.
public struct LinkVariable: Sendable, Hashable {
    public var label: String
    public var value: String

    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }
}
