/// How a cell looks: a tone and attributes; the terminal turns tones into colours, or into attributes in monochrome.
public struct Style: Hashable, Sendable {
    public var tone: Tone
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(_ tone: Tone = .plain, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.tone = tone
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    public static let plain = Style()
    public static let strong = Style(bold: true)
    public static let muted = Style(.muted)
    public static let selected = Style(.accent, bold: true, reverse: true)
    public static let bar = Style(.plain, reverse: true)

    /// The same style, bold.
    public var bolded: Style { var copy = self; copy.bold = true; return copy }
}

/// What a piece of text means, which decides its colour.
public enum Tone: UInt8, Hashable, Sendable, CaseIterable {
    case plain
    /// Titles, the selection and links between parts.
    case accent
    /// Secondary text: hints, timestamps, explanations.
    case muted
    /// Things that went well: met expectations, success.
    case good
    /// Things to watch: partial credit, a countdown running low.
    case warning
    /// Things that went wrong: missed expectations, alerts, failure.
    case bad
}
