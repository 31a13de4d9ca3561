/// A piece of a report in no particular format: the layout is written once as blocks, and Markdown and HTML render them.
enum ReportBlock {
    case heading(level: Int, text: String)
    case paragraph([ReportSpan])
    /// Label and value pairs: `Scenario: ...`, `Date: ...`.
    case facts([ReportFact])
    case bullets([[ReportSpan]])
    case table(columns: [String], rows: [[[ReportSpan]]])
    /// An SVG chart (HTML only; the tables carry the same facts for other formats) and its caption.
    case chart(svg: String, caption: String)
}

/// One label and its value.
struct ReportFact {
    var label: String
    var value: [ReportSpan]

    init(_ label: String, _ value: [ReportSpan]) {
        self.label = label
        self.value = value
    }

    init(_ label: String, _ text: String) {
        self.init(label, [.text(text)])
    }
}

/// A run of text inside a block.
enum ReportSpan {
    /// Untrusted or plain text, escaped by the renderer.
    case text(String)
    case strong(String)
    /// An id or hash, shown in a fixed-width font.
    case code(String)
    case lineBreak
}
