import Foundation
import Testing
@testable import TabletopCore
import TabletopTestSupport

/// A wall clock for tests: starts at a fixed instant, moves 4 ms at each reading, and jumps when told.
final class TestClock: @unchecked Sendable {
    private var current: Timestamp

    init(_ start: String = "2026-11-29T01:35:22.123Z") {
        current = Timestamp(iso8601: start)!
    }

    /// Moves the clock forward, as if the team thought for `seconds`.
    func advance(seconds: Double) {
        current.milliseconds += Int64(seconds * 1000)
    }

    /// The reader a `JournalWriter` takes.
    var now: @Sendable () -> Timestamp {
        { [self] in
            defer { current.milliseconds += 4 }
            return current
        }
    }
}

/// One step of a scripted drill: a choice, with who said what and how long it took.
struct DrillStep {
    var choice: String
    var rationale: String?
    var seconds: Double
    /// A note typed after the decision.
    var note: String?
    /// Seconds the countdown stays paused after the decision (0: no pause).
    var pause: Double = 0
    /// Votes cast before the decision, in a hosted drill.
    var votes: [DrillVote] = []
}

/// A vote in a hosted drill (no option: the vote is withdrawn).
struct DrillVote {
    var participant: Participant
    var option: String?
    var argument: String?
}

/// Files and scripted drills shared by the journal, report and compare tests.
enum JournalTestSupport {
    static let folder = TestSupport.fixtures.appendingPathComponent("Journal")
    /// The fixture journal, recorded with `fixtureSteps` and a `TestClock`.
    static let fixtureJournal = folder.appendingPathComponent("drill.jsonl").path
    static let scenarioPath = folder.appendingPathComponent("dependency-confusion.json").path
    static let playbookPath = folder.appendingPathComponent("dependency-confusion-playbook.json").path
    /// The paths the fixture journal records: they do not exist, so the files are found beside the journal.
    static let recordedScenarioPath = "/drills/dependency-confusion.json"
    static let recordedPlaybookPath = "/drills/dependency-confusion-playbook.json"

    static let participants = [
        Participant(role: "incident-commander", name: "Ana Lima"), Participant(role: "platform-lead", name: "Bo Chen"),
        Participant(role: "comms-lead", name: "Chidi Okafor"),
    ]

    /// A drill with every kind of line: injects, a timeout, a roll, notes, a pause, a partial and a missed critical expectation, an avoid item taken.
    static let fixtureSteps = [
        DrillStep(choice: "declare", rationale: "An EDR alert on a build agent is an incident until proven otherwise.", seconds: 95),
        DrillStep(choice: "sbom", rationale: "The SBOM store answers for every service at once.", seconds: 240),
        DrillStep(choice: "timeout", seconds: 120, note: "We lost the containment window arguing about who owns the proxy."),
        DrillStep(choice: "rotate-token", rationale: "Only the npm token can publish; the rest can wait.", seconds: 180, pause: 300),
        DrillStep(choice: "yank", rationale: "Pull it first, explain later.", seconds: 60),
        DrillStep(choice: "rebuild", rationale: nil, seconds: 150),
        DrillStep(choice: "wait", rationale: "Legal wants the review done first | <b>no</b> comment *yet*", seconds: 200, note: "Comms disagreed: customers will hear it elsewhere."),
        DrillStep(choice: "review", rationale: "Fix the proxy default for every new project.", seconds: 100),
    ]

    static func scenario() throws -> (Scenario, [UInt8]) {
        let bytes = try TestSupport.bytes("Tests/TabletopCoreTests/Fixtures/Journal/dependency-confusion.json")
        return (try #require(ScenarioLoader.load(bytes: bytes, file: scenarioPath).value), bytes)
    }

    static func playbook(for scenario: Scenario) throws -> (Playbook, [UInt8]) {
        let bytes = try TestSupport.bytes("Tests/TabletopCoreTests/Fixtures/Journal/dependency-confusion-playbook.json")
        return (try #require(PlaybookLoader.load(bytes: bytes, file: playbookPath, scenario: scenario).value), bytes)
    }

    /// Plays `steps` with seed 1, recording a journal at `path` with `clock`; stops before an ending when the steps run out (without a quit when `close` is false).
    @discardableResult
    static func record(_ steps: [DrillStep], to path: String, clock: TestClock = TestClock(), seed: UInt64 = 1,
                       recordedScenarioPath: String = recordedScenarioPath, recordedPlaybookPath: String = recordedPlaybookPath,
                       withPlaybook: Bool = true, close: Bool = true, joined: [Participant] = []) throws -> HeadlessPlay.Record {
        let (scenario, scenarioBytes) = try scenario()
        let (playbook, playbookBytes) = try playbook(for: scenario)
        let play = HeadlessPlay(scenario: scenario, playbook: withPlaybook ? playbook : nil)
        let writer = try JournalWriter.create(at: path, scenario: scenario, now: clock.now)
        var (state, events) = play.engine.start(seed: seed)
        try writer.started(SessionStart(
            scenario: scenario, scenarioFile: FileIdentity(path: recordedScenarioPath, bytes: scenarioBytes),
            playbook: withPlaybook ? playbook : nil, playbookFile: withPlaybook ? FileIdentity(path: recordedPlaybookPath, bytes: playbookBytes) : nil,
            seed: seed, participants: participants, events: events))
        for participant in joined { try writer.joined(participant, state: state) }
        for (number, step) in steps.enumerated() {
            for vote in step.votes { try writer.voted(vote.participant, option: vote.option, argument: vote.argument, state: state) }
            clock.advance(seconds: step.seconds)
            let produced = try play.take(step.choice, state: &state, number: number, of: steps.map(\.choice))
            events += produced
            guard case .decision(let decision) = produced[0] else { continue }
            try writer.decided(produced, details: DecisionDetails(for: decision, in: scenario, rationale: step.rationale, decisionSeconds: step.seconds), state: state)
            if let note = step.note {
                clock.advance(seconds: 20)
                try writer.noted(note, state: state)
            }
            if step.pause > 0 {
                try writer.paused(state: state)
                clock.advance(seconds: step.pause)
                try writer.resumed(state: state)
            }
        }
        if close {
            if state.ending != nil { try writer.ended(state: state, score: play.scorer?.score(state)) } else { try writer.quit(state: state) }
            for participant in joined { try writer.left(participant, reason: "the drill ended", state: state) }
        }
        return HeadlessPlay.Record(seed: seed, state: state, events: events, score: play.scorer?.score(state))
    }

    /// A scratch copy of the fixture journal with the scenario and playbook beside it; returns the journal's path.
    static func fixtureCopy() throws -> String {
        let folder = try TestFiles.temporaryFolder()
        for name in ["drill.jsonl", "dependency-confusion.json", "dependency-confusion-playbook.json"] {
            try FileManager.default.copyItem(atPath: Self.folder.appendingPathComponent(name).path, toPath: folder + "/" + name)
        }
        return folder + "/drill.jsonl"
    }

    /// Whether snapshot tests should write their expected files instead of comparing (`TABLETOP_RECORD_SNAPSHOTS=1`).
    static var recording: Bool { ProcessInfo.processInfo.environment["TABLETOP_RECORD_SNAPSHOTS"] == "1" }
}
