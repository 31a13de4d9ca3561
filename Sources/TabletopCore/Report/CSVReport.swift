/// Renders the decisions of a report as CSV (RFC 4180, CRLF line ends): one row per decision, every text field defused for spreadsheets.
///
/// A hosted drill in which someone voted gets one more column, `votes`: how the team voted at each decision.
enum CSVReport {
    static let columns = ["decision", "line", "wall_time", "clock", "clock_minutes", "scene_id", "scene", "option_id", "option",
                          "role_id", "role", "participants", "rationale", "actions", "rolls", "decision_seconds"]

    static func render(_ report: AfterActionReport) -> String {
        let hosted = report.timeline.contains { !$0.votes.isEmpty }
        var lines = [(columns + (hosted ? ["votes"] : [])).joined(separator: ",")]
        for row in report.timeline {
            guard let decision = row.decision, let sequence = row.sequence else { continue }
            var fields: [String] = [
                String(sequence), String(row.line), row.at.iso8601, ClockText.format(row.clock), String(row.clock),
                decision.scene, row.scene ?? "", decision.option, row.option ?? "", decision.role ?? "", row.role ?? "",
                row.people.joined(separator: "; "), decision.rationale ?? "", decision.actions.joined(separator: " "),
                decision.rolls.map { "\($0.variable)=\($0.value)" }.joined(separator: " "), JSONOutput.format(decision.decisionSeconds),
            ]
            if hosted { fields.append(ReportLayout.votes(row.votes)) }
            lines.append(fields.map(ReportEscaping.csv).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
