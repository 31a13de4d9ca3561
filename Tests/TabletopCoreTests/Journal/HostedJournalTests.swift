import Foundation
import Testing
@testable import TabletopCore
import TabletopTestSupport

@Suite("Hosted drills in the journal: joins, leaves and votes are chained, verified, resumed and reported")
struct HostedJournalTests {
    static let ana = JournalTestSupport.participants[0], bo = JournalTestSupport.participants[1], chidi = JournalTestSupport.participants[2]

    /// The fixture drill played by three joined participants who vote before the first two decisions.
    static func hostedSteps() -> [DrillStep] {
        var steps = JournalTestSupport.fixtureSteps
        steps[0].votes = [
            DrillVote(participant: ana, option: "declare", argument: "EDR on a build agent | <b>now</b>"),
            DrillVote(participant: bo, option: "dig-in", argument: nil),
            DrillVote(participant: chidi, option: "dig-in", argument: "=cmd|' /C calc'!A0"),
            DrillVote(participant: bo, option: "declare", argument: "changed my mind"),
            DrillVote(participant: chidi, option: nil, argument: nil),
        ]
        steps[1].votes = [DrillVote(participant: bo, option: "sbom", argument: "one query")]
        return steps
    }

    static func record(close: Bool = true) throws -> String {
        let path = try TestFiles.temporaryFolder() + "/hosted.jsonl"
        try JournalTestSupport.record(hostedSteps(), to: path, recordedScenarioPath: JournalTestSupport.scenarioPath,
                                      recordedPlaybookPath: JournalTestSupport.playbookPath, close: close, joined: [ana, bo, chidi])
        return path
    }

    @Test func aHostedJournalVerifiesEvenWithLeavesAfterTheEnd() throws {
        let inspection = try JournalInspection.inspect(try Self.record())
        #expect(inspection.verdict == nil)
        let types = inspection.journal.lines.compactMap { try? $0.entry.get().event.type }
        #expect(types.filter { $0 == "joined" }.count == 3)
        #expect(types.filter { $0 == "vote" }.count == 6)
        #expect(Array(types.suffix(4)) == ["ended", "left", "left", "left"])
    }

    @Test func anEditedVoteBreaksTheChain() throws {
        let path = try Self.record()
        var lines = try TestFiles.lines(path)
        let index = try #require(lines.firstIndex { $0.contains(#""changed my mind""#) })
        lines[index] = lines[index].replacing("changed my mind", with: "never voted")
        try TestFiles.write(lines, to: path)
        let problem = try #require(try JournalInspection.inspect(path).verdict)
        #expect(problem.kind == .edited)
        #expect(problem.line == index + 1)
    }

    @Test func aHostedJournalResumes() throws {
        let resumed = try ResumedSession.open(try Self.record(close: false))
        #expect(resumed.state.decisions == 8)
        #expect(resumed.timeline.contains { $0.event == .joined(Self.ana) })
    }

    @Test func theReportShowsHowTheTeamVotedAtEachDecision() throws {
        let report = try AfterActionReport(inspection: JournalInspection.inspect(try Self.record()))
        let decisions = report.timeline.filter { $0.kind == .decision }
        #expect(decisions[0].votes.map { "\($0.name)=\($0.optionID)" } == ["Ana Lima=declare", "Bo Chen=declare"])
        #expect(decisions[0].votes.last?.argument == "changed my mind")
        #expect(decisions[1].votes.map(\.name) == ["Bo Chen"])
        #expect(decisions[2].votes.isEmpty)
        #expect(report.timeline.filter { $0.kind == .joined }.map(\.title) == ["Ana Lima (Incident commander) joined", "Bo Chen (Platform lead) joined", "Chidi Okafor (Communications lead) joined"])
        #expect(report.timeline.last?.kind == .left)
        #expect(report.timeline.last?.detail == "the drill ended")

        let markdown = ReportWriter.render(report, format: .markdown)
        #expect(markdown.contains("**Votes:** Declare an incident and open a bridge 2 (Ana Lima, Incident commander: EDR on a build agent \\| \\<b\\>now\\</b\\>; Bo Chen, Platform lead: changed my mind)"))
        let html = ReportWriter.render(report, format: .html)
        #expect(html.contains("<strong>Votes: </strong>Declare an incident and open a bridge 2 (Ana Lima, Incident commander: EDR on a build agent | &lt;b&gt;now&lt;/b&gt;; Bo Chen"))
        #expect(try XMLCheck.elements(html).isSubset(of: XMLCheck.allowedElements))
        let json = try JSONDocument(bytes: Array(ReportWriter.render(report, format: .json).utf8))
        let rows = try #require(json.member(json.root, "timeline"))
        let first = try #require(json.elements(rows).first { json.member($0, "decision").flatMap(json.integer) == 1 })
        let votes = try #require(json.member(first, "votes"))
        #expect(json.count(votes) == 2)
        #expect(json.member(Array(json.elements(votes))[1], "argument").map(json.string) == "changed my mind")
        let csv = ReportWriter.render(report, format: .csv).split(separator: "\r\n")
        #expect(csv[0].hasSuffix(",decision_seconds,votes"))
        #expect(csv[1].hasSuffix(#","Declare an incident and open a bridge 2 (Ana Lima, Incident commander: EDR on a build agent | <b>now</b>; Bo Chen, Platform lead: changed my mind)""#))
    }

    @Test func aDrillThatWasNotHostedKeepsItsReportUnchanged() throws {
        let report = try AfterActionReport(inspection: JournalInspection.inspect(JournalTestSupport.fixtureJournal))
        #expect(!ReportWriter.render(report, format: .csv).contains("votes"))
        #expect(!ReportWriter.render(report, format: .json).contains("\"votes\""))
    }
}
