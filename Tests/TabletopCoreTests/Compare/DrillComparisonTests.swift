import Foundation
import Testing
@testable import TabletopCore

@Suite("Compare: drills side by side")
struct DrillComparisonTests {
    /// The fixture drill, then a copy of it beside the same files played the playbook's way.
    static func comparison() throws -> DrillComparison {
        let before = try JournalTestSupport.fixtureCopy()
        let after = FilePath.directory(of: before) + "/after.jsonl"
        let best = ["declare", "sbom", "block", "rotate-all", "rebuild", "notify", "review"].map { DrillStep(choice: $0, seconds: 30) }
        try JournalTestSupport.record(best, to: after, clock: TestClock("2026-12-06T10:00:00.000Z"))
        return try DrillComparison([try JournalInspection.inspect(before), try JournalInspection.inspect(after)])
    }

    @Test func scoresRatingsAndEndingsSideBySide() throws {
        let comparison = try Self.comparison()
        #expect(comparison.drills.map(\.score) == [12.5, 100])
        #expect(comparison.drills.map(\.rating) == [.U, .P])
        #expect(comparison.drills.map(\.endingID) == ["breach", "contained"])
        #expect(comparison.drills.map(\.date) == ["2026-11-29", "2026-12-06"])
        #expect(comparison.phases == [.detection, .containment, .eradication, .postIncident])
        #expect(comparison.drills.allSatisfy { $0.verified })
    }

    @Test func namesTheExpectationsThatChangedStatus() throws {
        let changed = try Self.comparison().changed
        #expect(changed.map(\.id) == ["block", "inventory", "rebuild", "notify", "review"])
        #expect(changed.first?.statuses == ["missed", "met"])
        #expect(changed.first { $0.id == "rebuild" }?.statuses == ["partial (out-of-order)", "met"])
    }

    @Test func rendersTextMarkdownAndJSON() throws {
        let comparison = try Self.comparison()
        let text = comparison.text
        #expect(text.contains("\nscore          12.5                  100\n"))
        #expect(text.contains("Expectations that changed status:"))
        #expect(text.contains("\nblock        missed                  met\n"))
        #expect(comparison.markdown.contains("| score | 12\\.5 | 100 |") || comparison.markdown.contains("| score | 12.5 | 100 |"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(comparison.json.rendered().utf8)) as? [String: Any])
        #expect((json["drills"] as? [Any])?.count == 2)
    }
}
