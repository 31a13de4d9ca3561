/// Turns a journal into its after-action report in one call: what `tabletop report` and the terminal debrief's export key use.
///
/// ```
/// let path = try ReportWriter.write(journal: "drill.jsonl", format: .html)   // writes drill.html beside the journal
/// ```
public enum ReportWriter {
    /// Reads, verifies and replays the journal, renders its report and writes it to `output` (default: beside the journal, with the format's extension).
    ///
    /// Returns the path written. Throws a `JournalProblem`: unreadable (66), not replayable (65: files changed, replay
    /// differs; 66: files missing), or `unwritable` with status 73 or 74 when the report could not be written.
    @discardableResult
    public static func write(journal: String, format: ReportFormat, to output: String? = nil) throws(JournalProblem) -> String {
        let report = try AfterActionReport(inspection: JournalInspection.inspect(journal))
        let path = output ?? FilePath.replacingExtension(of: journal, with: format.fileExtension)
        do {
            try OutputFile.write(Array(render(report, format: format).utf8), to: path)
        } catch {
            throw JournalProblem(.unwritable, error.message, file: path, status: error.status)
        }
        return path
    }

    /// The report's text in `format`.
    public static func render(_ report: AfterActionReport, format: ReportFormat) -> String {
        let layout = ReportLayout(report: report)
        switch format {
        case .markdown: return MarkdownReport.render(layout.blocks())
        case .html: return HTMLReport.render(layout.blocks(), title: layout.title)
        case .json: return report.json.rendered(pretty: true) + "\n"
        case .csv: return CSVReport.render(report)
        }
    }
}
