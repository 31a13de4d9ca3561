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
            var word = String.UnicodeScalarView()
            var wordWidth = 0
            func flushWord() {
                guard !word.isEmpty else { return }
                builder.place(word: word, width: wordWidth, style: span.style)
                word = String.UnicodeScalarView()
                wordWidth = 0
            }
            for scalar in span.text.unicodeScalars {
                switch scalar {
                case "\n":
                    flushWord()
                    builder.breakLine()
                case " ":
                    flushWord()
                    builder.space(style: span.style)
                default:
                    word.append(scalar)
                    wordWidth += CharacterWidth.of(scalar)
                }
            }
            flushWord()
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

    mutating func place(word: String.UnicodeScalarView, width wordWidth: Int, style: Style) {
        if currentWidth + pending.count + wordWidth > width, currentWidth > lineStart {
            pending.removeAll()
            lines.append(current)
            startLine(indented: true)
        }
        for spaceStyle in pending { append(" ", 1, spaceStyle) }
        pending.removeAll()
        if currentWidth + wordWidth <= width {
            append(String(word), wordWidth, style)
            return
        }
        // A word wider than the line: cut it between characters.
        var piece = String.UnicodeScalarView()
        var pieceWidth = 0
        for scalar in word {
            let columns = CharacterWidth.of(scalar)
            if columns > 0, currentWidth + pieceWidth + columns > width, currentWidth + pieceWidth > lineStart {
                append(String(piece), pieceWidth, style)
                lines.append(current)
                startLine(indented: true)
                piece = String.UnicodeScalarView()
                pieceWidth = 0
            }
            piece.append(scalar)
            pieceWidth += columns
        }
        append(String(piece), pieceWidth, style)
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

    private mutating func append(_ text: String, _ columns: Int, _ style: Style) {
        guard !text.isEmpty else { return }
        if let last = current.last, last.style == style {
            current[current.count - 1].text += text
        } else {
            current.append(Span(text, style))
        }
        currentWidth += columns
    }
}
