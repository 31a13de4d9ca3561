/// A run of text in one style: the unit that wrapping and drawing work with.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

extension Array where Element == Span {
    /// The columns these spans take on one line.
    public var width: Int { reduce(0) { $0 + CharacterWidth.of($1.text) } }
}
