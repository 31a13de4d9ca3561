/// Breaks text into lines of a given number of columns, at spaces, measuring characters as `CharacterWidth` does.
///
/// Line breaks in the text are kept (the lines after one are indented too); spaces at a break are dropped; a word wider than a line is cut
/// between characters (never inside a wide character or before a combining mark).
/// ```
/// TextWrap.lines("the quick brown fox", width: 10)   // ["the quick", "brown fox"]
/// ```
public enum TextWrap {
    /// Plain text wrapped to `width` columns.
    public static func lines(_ text: String, width: Int) -> [String] {
        wrap([Span(text)], width: width).map { $0.map(\.text).joined() }
    }

    /// Styled spans wrapped to `width` columns; lines after the first start with `indent` spaces.
    public static func wrap(_ spans: [Span], width: Int, indent: Int = 0) -> [[Span]] {
        var builder = LineBuilder(width: max(1, width), indent: min(max(0, indent), max(0, width - 1)))
        for span in spans {
            let scalars = span.text.unicodeScalars
            var index = scalars.startIndex
            while index < scalars.endIndex {
                switch scalars[index] {
                case "\n":
                    builder.breakLine()
                    index = scalars.index(after: index)
                case " ":
                    builder.space(style: span.style)
                    index = scalars.index(after: index)
                default:
                    let start = index
                    var wordWidth = 0
                    while index < scalars.endIndex, scalars[index] != " ", scalars[index] != "\n" {
                        wordWidth += CharacterWidth.of(scalars[index])
                        index = scalars.index(after: index)
                    }
                    builder.place(word: scalars[start..<index], width: wordWidth, style: span.style)
                }
            }
        }
        return builder.finish()
    }
}

/// Accumulates wrapped lines word by word.
private struct LineBuilder {
    let width: Int
    let indent: Int
    var lines: [[Span]] = []
    var current: [Span] = []
    var currentWidth = 0
    /// The column where text starts on the current line (past any indent).
    var lineStart = 0
    /// Spaces waiting to be placed before the next word on this line, with their style.
    var pending: [Style] = []

    init(width: Int, indent: Int) {
        self.width = width
        self.indent = indent
    }

    mutating func space(style: Style) {
        pending.append(style)
    }

    mutating func breakLine() {
        pending.removeAll()
        lines.append(current)
        startLine(indented: true)
    }

    mutating func place(word: Substring.UnicodeScalarView, width wordWidth: Int, style: Style) {
        if currentWidth + pending.count + wordWidth > width, currentWidth > lineStart {
            pending.removeAll()
            lines.append(current)
            startLine(indented: true)
        }
        for spaceStyle in pending { append(" ", 1, spaceStyle) }
        pending.removeAll()
        if currentWidth + wordWidth <= width {
            append(Substring(word), wordWidth, style)
            return
        }
        // A word wider than the line: cut it between characters.
        var pieceStart = word.startIndex
        var pieceWidth = 0
        var index = word.startIndex
        while index < word.endIndex {
            let columns = CharacterWidth.of(word[index])
            if columns > 0, currentWidth + pieceWidth + columns > width, currentWidth + pieceWidth > lineStart {
                append(Substring(word[pieceStart..<index]), pieceWidth, style)
                lines.append(current)
                startLine(indented: true)
                pieceStart = index
                pieceWidth = 0
            }
            pieceWidth += columns
            index = word.index(after: index)
        }
        append(Substring(word[pieceStart...]), pieceWidth, style)
    }

    mutating func finish() -> [[Span]] {
        lines.append(current)
        return lines
    }

    private mutating func startLine(indented: Bool) {
        current = []
        currentWidth = 0
        lineStart = 0
        if indented, indent > 0 {
            current.append(Span(String(repeating: " ", count: indent)))
            currentWidth = indent
            lineStart = indent
        }
    }

    private mutating func append(_ text: Substring, _ columns: Int, _ style: Style) {
        guard !text.isEmpty else { return }
        if let last = current.last, last.style == style {
            current[current.count - 1].text += text
        } else {
            current.append(Span(String(text), style))
        }
        currentWidth += columns
    }
}
