import TabletopCore

/// Fuzzes the journal reader as `tabletop verify` and `report` use it: lines, hash chain, torn line, replay, report.
enum JournalFuzzing {
    /// Inspects `bytes` as a journal of the reference drill and renders its report in every format.
    ///
    /// The outcome is verify's verdict: the first problem's kind, in the order chain, torn line, changed file, replay,
    /// incompleteness.
    static func run(_ bytes: [UInt8], reference: FuzzReference) -> FuzzOutcome {
        let journal = Journal(path: "fuzz.jsonl", bytes: bytes)
        precondition(journal.completeLength <= bytes.count, "the complete part is longer than the file")
        let inspection: JournalInspection
        do {
            inspection = try JournalInspection(journal: journal, scenarioPath: reference.files.scenarioPath,
                                               playbookPath: reference.files.playbookPath)
        } catch {
            return .rejected(code: error.kind.rawValue)
        }
        if let report = try? AfterActionReport(inspection: inspection) {
            for format in ReportFormat.allCases { _ = ReportWriter.render(report, format: format) }
        }
        return inspection.verdict.map { .rejected(code: $0.kind.rawValue) } ?? .accepted
    }
}
