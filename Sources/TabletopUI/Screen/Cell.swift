/// One character cell of a `Screen`: the scalar shown there, how many columns it spans, and its style.
public struct Cell: Hashable, Sendable {
    /// The base scalar; combining marks that follow it are kept by the screen.
    public var scalar: Unicode.Scalar
    /// 1 or 2 for a character's first column; 0 for the second column of a wide character.
    public var width: UInt8
    public var style: Style

    public init(_ scalar: Unicode.Scalar = " ", width: UInt8 = 1, style: Style = .plain) {
        self.scalar = scalar
        self.width = width
        self.style = style
    }

    /// A blank cell in `style`.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(" ", width: 1, style: style) }

    /// Whether this is the right half of a wide character (the terminal draws nothing there).
    public var isContinuation: Bool { width == 0 }
}
