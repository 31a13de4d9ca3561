extension DrillComparison {
    /// The comparison as an aligned text table for the terminal (recorded text passes through `SafeText`).
    public var text: String {
        var lines = legend.map { SafeText.singleLine($0) }
        lines.append("")
        lines += Self.aligned(header: header, rows: rows)
        lines.append("")
        if changed.isEmpty {
            lines.append(expectations.isEmpty ? "No expectations to compare (no playbook)." : "No expectation changed status.")
        } else {
            lines.append("Expectations that changed status:")
            lines += Self.aligned(header: ["expectation"] + header.dropFirst(), rows: changedRows)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The comparison as GitHub-flavoured Markdown tables.
    public var markdown: String {
        var parts = ["# Drill comparison", legend.map { "- " + ReportEscaping.markdown($0) }.joined(separator: "\n"), Self.markdownTable(header: header, rows: rows)]
        parts.append("## Expectations that changed status")
        parts.append(changed.isEmpty ? "None." : Self.markdownTable(header: ["Expectation"] + header.dropFirst(), rows: changedRows))
        return parts.joined(separator: "\n\n") + "\n"
    }

    /// The comparison as JSON: each drill's results and every expectation's status per drill.
    public var json: JSONOutput {
        .object([
            ("drills", .array(drills.map { drill in
                .object([
                    ("journal", .string(SafeText.singleLine(drill.journal))), ("date", .string(drill.date)), ("scenario", .string(drill.scenarioID)),
                    ("playbook", .string(drill.playbookID)), ("ending", .string(drill.endingID)), ("outcome", .string(drill.outcome?.rawValue)),
                    ("decisions", .int(drill.decisions)), ("score", drill.score.map { .number($0) } ?? .null), ("rating", .string(drill.rating?.rawValue)),
                    ("phases", .object(phases.map { ($0.rawValue, .string(drill.phaseRatings[$0]?.rawValue)) })),
                    ("verified", .bool(drill.verified)),
                ])
            })),
            ("expectations", .array(expectations.map { row in
                .object([("id", .string(row.id)), ("title", .string(SafeText.singleLine(row.title))),
                         ("statuses", .array(row.statuses.map { .string($0) })), ("changed", .bool(row.changed))])
            })),
        ])
    }

    private var legend: [String] {
        drills.enumerated().map { index, drill in "#\(index + 1): \(drill.journal) (\(drill.date))" }
    }

    private var header: [String] { [""] + drills.indices.map { "#\($0 + 1)" } }

    private var rows: [[String]] {
        var rows: [[String]] = [
            ["scenario"] + drills.map(\.scenarioID),
            ["playbook"] + drills.map { $0.playbookID ?? "-" },
            ["ending"] + drills.map { $0.endingID ?? "(none)" },
            ["outcome"] + drills.map { $0.outcome?.rawValue ?? "-" },
            ["decisions"] + drills.map { String($0.decisions) },
            ["score"] + drills.map { $0.score.map(JSONOutput.format) ?? "-" },
            ["rating"] + drills.map { $0.rating?.rawValue ?? "-" },
        ]
        for phase in phases {
            rows.append([phase.rawValue] + drills.map { $0.phaseRatings[phase]?.rawValue ?? "-" })
        }
        rows.append(["verified"] + drills.map { $0.verified ? "yes" : "NO" })
        return rows
    }

    private var changedRows: [[String]] {
        changed.map { [$0.id] + $0.statuses.map { $0 ?? "-" } }
    }

    private static func aligned(header: [String], rows: [[String]]) -> [String] {
        let table = [header] + rows
        let widths = header.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        return table.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count + 2)
            }.joined()
        }
    }

    private static func markdownTable(header: [String], rows: [[String]]) -> String {
        let lines = [header] + rows
        var text = lines.prefix(1).map { "| " + $0.map(ReportEscaping.markdown).joined(separator: " | ") + " |" }
        text.append("|" + String(repeating: " --- |", count: header.count))
        text += rows.map { "| " + $0.map(ReportEscaping.markdown).joined(separator: " | ") + " |" }
        return text.joined(separator: "\n")
    }
}
