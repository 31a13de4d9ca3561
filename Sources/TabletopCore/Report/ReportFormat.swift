/// The formats `tabletop report` writes.
public enum ReportFormat: String, Sendable, CaseIterable {
    case markdown, html, json, csv

    /// The file extension of a report in this format.
    public var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .html: return "html"
        case .json: return "json"
        case .csv: return "csv"
        }
    }
}
