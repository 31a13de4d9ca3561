/// Renders report blocks as GitHub-flavoured Markdown: no raw HTML, every piece of recorded text escaped, charts left to the tables.
enum MarkdownReport {
    static func render(_ blocks: [ReportBlock]) -> String {
        var parts: [String] = []
        for block in blocks {
            switch block {
            case .heading(let level, let text):
                parts.append(String(repeating: "#", count: level) + " " + ReportEscaping.markdown(text))
            case .paragraph(let spans):
                parts.append(inline(spans, lineBreak: "  \n"))
            case .facts(let facts):
                parts.append(facts.map { "- **\(ReportEscaping.markdown($0.label)):** " + inline($0.value, lineBreak: " ", startsLine: false) }.joined(separator: "\n"))
            case .bullets(let items):
                parts.append(items.map { "- " + inline($0, lineBreak: "  \n  ") }.joined(separator: "\n"))
            case .table(let columns, let rows):
                var lines = ["| " + columns.map(ReportEscaping.markdown).joined(separator: " | ") + " |",
                             "|" + String(repeating: " --- |", count: columns.count)]
                for row in rows {
                    lines.append("| " + row.map { inline($0, lineBreak: " · ") }.joined(separator: " | ") + " |")
                }
                parts.append(lines.joined(separator: "\n"))
            case .chart:
                continue
            }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// Spans on one line, or several joined by `lineBreak`; text that starts a line cannot start a block.
    private static func inline(_ spans: [ReportSpan], lineBreak: String, startsLine: Bool = true) -> String {
        var output = ""
        var lineStart = startsLine
        for span in spans {
            switch span {
            case .text(let text):
                let escaped = ReportEscaping.markdown(text)
                output += lineStart ? ReportEscaping.markdownLineStart(escaped) : escaped
            case .strong(let text):
                output += "**" + ReportEscaping.markdown(text).trimmingTrailingSpaces + "**" + (text.hasSuffix(" ") ? " " : "")
            case .code(let text):
                output += code(text)
            case .lineBreak:
                output += lineBreak
                lineStart = lineBreak.contains("\n")
                continue
            }
            lineStart = false
        }
        return output
    }

    /// A code span that no backtick in `text` can close early; a pipe is escaped for tables (GitHub unescapes it inside code).
    private static func code(_ text: String) -> String {
        let safe = SafeText.singleLine(text).replacing("|", with: "\\|")
        guard !safe.isEmpty else { return "" }
        var fence = "`"
        while safe.contains(fence) { fence += "`" }
        let padded = safe.hasPrefix("`") || safe.hasSuffix("`") ? " \(safe) " : safe
        return fence + padded + fence
    }
}

extension String {
    /// The string without trailing spaces (emphasis cannot close after a space).
    var trimmingTrailingSpaces: String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
