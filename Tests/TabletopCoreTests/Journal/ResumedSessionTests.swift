import Foundation
import Testing
@testable import TabletopCore
import TabletopTestSupport

@Suite("Resume: reopening a journal where it stopped")
struct ResumedSessionTests {
    /// The uninterrupted run's result, as `tabletop play --format json` prints it.
    static func finalJSON(_ record: HeadlessPlay.Record) throws -> String {
        let (scenario, _) = try JournalTestSupport.scenario()
        return record.json(scenario: scenario, playbook: try JournalTestSupport.playbook(for: scenario).0).rendered()
    }

    /// Continues a resumed session with the steps not yet decided, recording them, and returns its result.
    static func finish(_ resumed: ResumedSession) throws -> HeadlessPlay.Record {
        let steps = JournalTestSupport.fixtureSteps
        let play = HeadlessPlay(scenario: resumed.start.scenario, playbook: resumed.start.playbook)
        var state = resumed.state
        var events = resumed.events
        for number in state.decisions..<steps.count where state.ending == nil {
            let produced = try play.take(steps[number].choice, state: &state, number: number, of: steps.map(\.choice))
            events += produced
            guard case .decision(let decision) = produced[0] else { continue }
            try resumed.writer.decided(produced, details: DecisionDetails(for: decision, in: play.engine.scenario, rationale: nil, decisionSeconds: 1), state: state)
        }
        if state.ending != nil, resumed.state.ending == nil { try resumed.writer.ended(state: state, score: play.scorer?.score(state)) }
        return HeadlessPlay.Record(seed: resumed.start.seed, state: state, events: events, score: play.scorer?.score(state))
    }

    /// Cut after every line (as a process killed at any moment leaves it), resume, finish: always the uninterrupted result, and a journal that verifies.
    @Test(arguments: 1...29)
    func resumingAfterAnyLineGivesTheUninterruptedResult(keptLines: Int) throws {
        let expected = try Self.finalJSON(try JournalTestSupport.record(JournalTestSupport.fixtureSteps, to: try TestFiles.temporaryFolder() + "/whole.jsonl"))
        let path = try JournalTestSupport.fixtureCopy()
        try TestFiles.write(Array(try TestFiles.lines(path).prefix(keptLines)), to: path)
        let resumed = try ResumedSession.open(path)
        #expect(resumed.warnings.isEmpty)
        #expect(resumed.timeline.count >= keptLines)
        let record = try Self.finish(resumed)
        #expect(try Self.finalJSON(record) == expected)
        #expect(try JournalInspection.inspect(path).verdict == nil)
    }

    @Test func theStateIsExactlyWhereItStopped() throws {
        let path = try JournalTestSupport.fixtureCopy()
        try TestFiles.write(Array(try TestFiles.lines(path).prefix(18)), to: path)
        let resumed = try ResumedSession.open(path)
        let (scenario, _) = try JournalTestSupport.scenario()
        let play = HeadlessPlay(scenario: scenario, playbook: nil)
        let direct = try play.run(seed: 1, choices: ["declare", "sbom", "timeout", "rotate-token"])
        #expect(resumed.state == direct.state)
        #expect(resumed.events == direct.events)
        #expect(resumed.state.currentScene == scenario.sceneIndex("token-abused"))
        #expect(resumed.timeline.count == 18)
        #expect(resumed.timeline.filter { if case .note = $0.event { return true } else { return false } }.count == 1)
        #expect(resumed.writer.nextSeq == 18)
        #expect(resumed.start.participants == JournalTestSupport.participants)
    }

    @Test func aSessionStoppedWhilePausedReopensPaused() throws {
        let path = try JournalTestSupport.fixtureCopy()
        try TestFiles.write(Array(try TestFiles.lines(path).prefix(18)), to: path)
        let running = try ResumedSession.open(path)
        #expect(!running.endsPaused)
        try running.writer.paused(state: running.state)
        try running.writer.noted("paused for the lawyer", state: running.state)
        try running.writer.quit(state: running.state)
        let paused = try ResumedSession.open(path)
        #expect(paused.endsPaused)
        try paused.writer.resumed(state: paused.state)
        #expect(try !ResumedSession.open(path).endsPaused)
    }

    @Test func missingConsequencesAreWrittenOnReopening() throws {
        // Killed right after the decision line of 'yank': its timed inject and scene are not in the file.
        let path = try JournalTestSupport.fixtureCopy()
        try TestFiles.write(Array(try TestFiles.lines(path).prefix(19)), to: path)
        let resumed = try ResumedSession.open(path)
        let lines = try TestFiles.lines(path)
        #expect(lines.count == 21)
        #expect(lines[19].contains(#""id": "registry-mail""#))
        #expect(lines[20].contains(#""scene": "eradicate""#))
        #expect(resumed.timeline.count == 21)
        #expect(try JournalInspection.inspect(path).chainProblem == nil)
    }

    @Test func aTornLastLineIsDroppedWithAWarning() throws {
        let path = try JournalTestSupport.fixtureCopy()
        let kept = Array(try TestFiles.lines(path).prefix(12))
        try (kept.map { $0 + "\n" }.joined() + #"{"seq": 12, "type": "note", "at": "2026-11-29T01:4"#).write(toFile: path, atomically: false, encoding: .utf8)
        let resumed = try ResumedSession.open(path)
        #expect(resumed.warnings.map(\.text) == ["\(path):13: warning: truncated: the last line is incomplete (the process stopped while writing it); it was dropped"])
        try resumed.writer.noted("after the crash", state: resumed.state)
        let lines = try TestFiles.lines(path)
        #expect(lines.count == 13)
        #expect(lines[12].contains(#""seq": 12, "type": "note""#) && lines[12].contains("after the crash"))
        #expect(try JournalInspection.inspect(path).chainProblem == nil)
    }

    @Test func aLastLineWithoutItsNewlineGetsOne() throws {
        let path = try JournalTestSupport.fixtureCopy()
        let kept = Array(try TestFiles.lines(path).prefix(12))
        try kept.joined(separator: "\n").write(toFile: path, atomically: false, encoding: .utf8)
        let resumed = try ResumedSession.open(path)
        #expect(resumed.warnings.isEmpty)
        try resumed.writer.noted("next", state: resumed.state)
        #expect(try TestFiles.lines(path).count == 13)
        #expect(try JournalInspection.inspect(path).chainProblem == nil)
    }

    @Test func aChangedScenarioIsRefusedByName() throws {
        let path = try JournalTestSupport.fixtureCopy()
        try TestFiles.write(Array(try TestFiles.lines(path).prefix(12)), to: path)
        let scenario = FilePath.directory(of: path) + "/dependency-confusion.json"
        try (try String(contentsOfFile: scenario, encoding: .utf8) + " ").write(toFile: scenario, atomically: false, encoding: .utf8)
        #expect {
            _ = try ResumedSession.open(path)
        } throws: { error in
            guard let problem = error as? JournalProblem else { return false }
            return problem.kind == .fileChanged && problem.message.contains(scenario) && problem.status == .dataError
        }
        #expect(try TestFiles.lines(path).count == 12)
    }

    @Test func anEndedSessionIsNotResumed() throws {
        let path = try JournalTestSupport.fixtureCopy()
        #expect {
            _ = try ResumedSession.open(path)
        } throws: { error in
            (error as? JournalProblem)?.kind == .alreadyEnded && (error as? JournalProblem)?.line == 30
        }
    }

    @Test func aTamperedJournalIsNotResumed() throws {
        let path = try JournalTestSupport.fixtureCopy()
        var lines = Array(try TestFiles.lines(path).prefix(12))
        lines.swapAt(5, 6)
        try TestFiles.write(lines, to: path)
        #expect {
            _ = try ResumedSession.open(path)
        } throws: { error in
            (error as? JournalProblem)?.kind == .reordered
        }
    }
}
