/// Styled text that wraps as one block, with a hanging indent for its following lines.
public struct Paragraph: Hashable, Sendable {
    public var spans: [Span]
    public var indent: Int

    public init(_ spans: [Span], indent: Int = 0) {
        self.spans = spans
        self.indent = indent
    }

    public init(_ text: String, _ style: Style = .plain, indent: Int = 0) {
        self.init([Span(text, style)], indent: indent)
    }

    /// An empty line.
    public static let blank = Paragraph([])

    /// The paragraph's lines at `width` columns.
    public func lines(width: Int) -> [[Span]] {
        if spans.isEmpty { return [[]] }
        return TextWrap.wrap(spans, width: width, indent: indent)
    }
}

extension Array where Element == Paragraph {
    /// Every paragraph's lines at `width` columns, in order.
    public func lines(width: Int) -> [[Span]] {
        flatMap { $0.lines(width: width) }
    }

    /// The first `limit` lines at `width` columns, wrapping no more paragraphs than they need.
    public func lines(width: Int, limit: Int) -> [[Span]] {
        var result: [[Span]] = []
        for paragraph in self where result.count < limit { result += paragraph.lines(width: width) }
        return [[Span]](result.prefix(limit))
    }
}
