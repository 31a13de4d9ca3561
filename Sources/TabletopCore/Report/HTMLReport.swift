/// Renders report blocks as one self-contained, well-formed HTML file: inline CSS and SVG, no scripts, no external assets, print-friendly.
enum HTMLReport {
    static func render(_ blocks: [ReportBlock], title: String) -> String {
        var body = ""
        var sectionOpen = false
        for block in blocks {
            switch block {
            case .heading(let level, let text):
                if level == 2 {
                    if sectionOpen { body += "</section>\n" }
                    body += "<section>\n"
                    sectionOpen = true
                }
                body += "<h\(level)>\(ReportEscaping.html(text))</h\(level)>\n"
            case .paragraph(let spans):
                body += "<p>\(inline(spans))</p>\n"
            case .facts(let facts):
                body += "<dl>\n" + facts.map { "<dt>\(ReportEscaping.html($0.label))</dt><dd>\(inline($0.value))</dd>\n" }.joined() + "</dl>\n"
            case .bullets(let items):
                body += "<ul>\n" + items.map { "<li>\(inline($0))</li>\n" }.joined() + "</ul>\n"
            case .table(let columns, let rows):
                body += "<table>\n<thead><tr>" + columns.map { "<th>\(ReportEscaping.html($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
                body += rows.map { "<tr>" + $0.map { "<td>\(inline($0))</td>" }.joined() + "</tr>\n" }.joined()
                body += "</tbody>\n</table>\n"
            case .chart(let svg, let caption):
                body += "<figure>\n\(svg)\n<figcaption>\(ReportEscaping.html(caption))</figcaption>\n</figure>\n"
            }
        }
        if sectionOpen { body += "</section>\n" }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(ReportEscaping.html(title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <main>
            \(body)</main>
            </body>
            </html>

            """
    }

    private static func inline(_ spans: [ReportSpan]) -> String {
        spans.map { span in
            switch span {
            case .text(let text): return ReportEscaping.html(text).replacing("\n", with: "<br/>")
            case .strong(let text): return "<strong>\(ReportEscaping.html(text))</strong>"
            case .code(let text): return "<code>\(ReportEscaping.html(SafeText.singleLine(text)))</code>"
            case .lineBreak: return "<br/>"
            }
        }.joined()
    }

    private static let style = """
        body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #212121; margin: 0; line-height: 1.45; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.7rem; border-bottom: 2px solid #212121; padding-bottom: 0.3rem; }
        h2 { font-size: 1.3rem; border-bottom: 1px solid #bdbdbd; margin-top: 2rem; }
        h3 { font-size: 1.05rem; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
        dt { font-weight: bold; }
        dd { margin: 0; overflow-wrap: anywhere; }
        table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
        th, td { border: 1px solid #bdbdbd; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        th { background: #f5f5f5; }
        code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85em; overflow-wrap: anywhere; }
        figure { margin: 1rem 0; }
        figure svg { max-width: 100%; height: auto; }
        figcaption { font-size: 0.85rem; color: #616161; }
        @media print {
          body { font-size: 10pt; }
          main { max-width: none; padding: 0; }
          h2 { break-after: avoid; }
          tr, figure, li { break-inside: avoid; }
          thead { display: table-header-group; }
          th { background: none; }
        }
        """
}
