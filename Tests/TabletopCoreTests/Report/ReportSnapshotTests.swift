import Foundation
import Testing
@testable import TabletopCore
import TabletopTestSupport

@Suite("Report: golden files of the fixture journal in every format")
struct ReportSnapshotTests {
    /// The report of the fixture journal in `format` is exactly its golden file, `Fixtures/Journal/drill.report.EXT`.
    ///
    /// Run with `TABLETOP_RECORD_SNAPSHOTS=1` to write the golden files again after a deliberate change, then read the diff.
    @Test(arguments: ReportFormat.allCases)
    func matchesItsGoldenFile(format: ReportFormat) throws {
        let report = try AfterActionReport(inspection: JournalInspection.inspect(JournalTestSupport.fixtureJournal))
        let text = ReportWriter.render(report, format: format)
        let golden = JournalTestSupport.folder.appendingPathComponent("drill.report.\(format.fileExtension)").path
        if JournalTestSupport.recording { try text.write(toFile: golden, atomically: true, encoding: .utf8) }
        #expect(text == (try String(contentsOfFile: golden, encoding: .utf8)))
    }

    @Test func theHTMLIsWellFormedAndSelfContained() throws {
        let report = try AfterActionReport(inspection: JournalInspection.inspect(JournalTestSupport.fixtureJournal))
        let html = ReportWriter.render(report, format: .html)
        let elements = try XMLCheck.elements(html)
        #expect(elements.contains("svg") && elements.contains("table") && elements.contains("style"))
        #expect(elements.isSubset(of: XMLCheck.allowedElements), "\(elements.subtracting(XMLCheck.allowedElements))")
        for external in ["<script", "<link", "<img", "src=", "href=", "url(", "@import"] {
            #expect(!html.contains(external), "\(external)")
        }
        #expect(html.contains("@media print"))
    }

    @Test func theReportFollowsTheHSEEPLayout() throws {
        let report = try AfterActionReport(inspection: JournalInspection.inspect(JournalTestSupport.fixtureJournal))
        let markdown = ReportWriter.render(report, format: .markdown)
        var position = markdown.startIndex
        for heading in ["## 1. Exercise overview", "## 2. Executive summary", "## 3. Timeline", "## 4. Analysis by phase", "## 5. Improvement plan", "## 6. Appendix"] {
            let found = try #require(markdown.range(of: heading, range: position..<markdown.endIndex), "\(heading)")
            position = found.upperBound
        }
        // Critical first in the improvement plan.
        #expect(report.plan.first?.priority == .critical)
        #expect(report.plan.first?.issue == "Missed: Block the rogue package before anything else")
        #expect(report.plan.map(\.priority) == report.plan.map(\.priority).sorted())
        #expect(report.overview.pausedMilliseconds == 300_004)
        #expect(report.summary.score == 12.5 && report.summary.rating == .U)
        #expect(report.timeline.filter { $0.kind == .decision }.count == 8)
        #expect(report.appendix.verificationProblem == nil)
    }

    @Test func aReportIsWrittenBesideTheJournalByDefault() throws {
        let journal = try JournalTestSupport.fixtureCopy()
        let path = try ReportWriter.write(journal: journal, format: .html)
        #expect(path == FilePath.directory(of: journal) + "/drill.html")
        #expect(FileManager.default.fileExists(atPath: path))
        let chosen = try ReportWriter.write(journal: journal, format: .csv, to: FilePath.directory(of: journal) + "/out.csv")
        #expect(chosen.hasSuffix("/out.csv"))
        #expect {
            try ReportWriter.write(journal: journal, format: .json, to: "/nonexistent-folder/r.json")
        } throws: { error in
            (error as? JournalProblem)?.status == .cantCreate
        }
    }

    @Test func aTamperedJournalSaysSoInTheAppendix() throws {
        let path = try JournalTestSupport.fixtureCopy()
        var lines = try TestFiles.lines(path)
        lines[12] = lines[12].replacing("owns the proxy", with: "owned the proxy")
        try TestFiles.write(lines, to: path)
        let report = try AfterActionReport(inspection: JournalInspection.inspect(path))
        #expect(report.appendix.verificationProblem?.hasPrefix("line 13: edited:") == true)
        #expect(ReportWriter.render(report, format: .markdown).contains("- **Verification:** **FAILED**: line 13: edited:"))
    }
}
