/// Replays a journal's decisions through the engine from the recorded seed and checks that every line records what the engine does.
///
/// The engine is deterministic: the same scenario bytes, seed and decisions give the same rolls, injects,
/// scenes, ending and score. So replaying every decision from T+0 rebuilds the session state exactly,
/// RNG included, and a resumed drill continues the same random sequence as an uninterrupted one.
public struct JournalReplay: Sendable {
    /// An event the engine produced that the journal does not hold yet (the process stopped before writing it).
    public struct PendingEvent: Sendable, Hashable {
        public var clock: Int
        public var event: JournalEvent
    }

    /// A journal entry and the line it is on.
    public struct NumberedEntry: Sendable, Hashable {
        public var line: Int
        public var entry: JournalEntry
    }

    public let files: SessionFiles
    public let start: JournalStart
    /// The state after the last decision recorded.
    public private(set) var state: SessionState
    /// Every engine event from T+0, in order.
    public private(set) var events: [SessionEvent]
    /// Every entry of the journal, in order.
    public private(set) var entries: [NumberedEntry] = []
    /// The rest of the last decision's consequences, when the journal stops in the middle of them.
    public private(set) var pending: [PendingEvent]
    /// The line of the `ended` entry, once the session has ended.
    public private(set) var endedLine: Int?

    private let engine: Engine
    private let scorer: Scorer?
    private let transcription: JournalTranscription
    private let path: String

    /// Replays `journal` (whose lines must all be valid entries) with the located files.
    public init(journal: Journal, files: SessionFiles) throws(JournalProblem) {
        self.path = journal.path
        self.files = files
        self.start = try journal.start()
        engine = Engine(scenario: files.scenario)
        scorer = files.playbook.map { Scorer(playbook: $0, scenario: files.scenario) }
        let transcription = JournalTranscription(scenario: files.scenario)
        self.transcription = transcription
        let (state, events) = engine.start(seed: start.seed)
        self.state = state
        self.events = events
        pending = events.map { transcription.record($0, now: 0) }.map { PendingEvent(clock: $0.clock, event: $0.event) }
        for line in journal.lines {
            guard case .success(let entry) = line.entry else {
                throw JournalProblem(.edited, "not a valid journal line: cannot replay past it", file: path, line: line.number)
            }
            if line.number > 1 { try check(entry, line: line.number) }
            entries.append(NumberedEntry(line: line.number, entry: entry))
        }
    }

    /// The score of the session as it stands (nil without a playbook).
    public var score: ScoreReport? { scorer?.score(state) }

    private mutating func check(_ entry: JournalEntry, line: Int) throws(JournalProblem) {
        if !pending.isEmpty {
            let expected = pending.removeFirst()
            guard entry.event == expected.event, entry.clock == expected.clock else {
                throw differs("the journal has \(Self.describe(entry.event, clock: entry.clock)) where the engine gives \(Self.describe(expected.event, clock: expected.clock))", line: line)
            }
            if case .ended = entry.event { endedLine = line }
            return
        }
        switch entry.event {
        case .decision(let decision):
            try replay(decision, clock: entry.clock, line: line)
        case .note, .pause, .resume, .quit, .joined, .left, .vote:
            guard entry.clock == state.clock else {
                throw differs("\(entry.event.type) at \(ClockText.format(entry.clock)), but the scenario clock stood at \(ClockText.format(state.clock))", line: line)
            }
        case .started:
            throw JournalProblem(.invalid, "a second 'started' line: only the first line starts a session", file: path, line: line)
        case .scene, .inject, .ended:
            throw differs("\(Self.describe(entry.event, clock: entry.clock)) that no decision led to", line: line)
        }
    }

    private mutating func replay(_ recorded: JournalDecision, clock: Int, line: Int) throws(JournalProblem) {
        let scenario = files.scenario
        guard let sceneIndex = state.currentScene else {
            throw differs("a decision after the session ended (line \(endedLine ?? 0))", line: line)
        }
        let scene = scenario.scenes[sceneIndex]
        guard recorded.scene == scene.id else {
            throw differs("a decision in scene '\(SafeText.singleLine(recorded.scene))' while the session is in scene '\(scene.id)'", line: line)
        }
        let choice: Choice
        if recorded.option == "timeout", scene.onTimeout != nil {
            choice = .timeout
        } else if let position = scene.options.firstIndex(where: { $0.id == recorded.option }), engine.isOffered(position, in: sceneIndex, state: state) {
            choice = .option(position)
        } else {
            throw differs("option '\(SafeText.singleLine(recorded.option))' is not on offer in scene '\(scene.id)' at this point", line: line)
        }
        let produced: [SessionEvent]
        do {
            produced = try engine.decide(choice, state: &state)
        } catch {
            throw differs("the engine refuses option '\(SafeText.singleLine(recorded.option))' in scene '\(scene.id)'", line: line)
        }
        events += produced
        guard case .decision(let decision) = produced[0],
              case .decision(let replayed) = transcription.record(produced[0], now: state.clock).event else { return }
        if clock != decision.clock {
            throw differs("the decision is at \(ClockText.format(clock)), but replay puts it at \(ClockText.format(decision.clock))", line: line)
        }
        if recorded.actions != replayed.actions {
            throw differs("actions [\(Self.list(recorded.actions))] recorded, replay performs [\(Self.list(replayed.actions))]", line: line)
        }
        if recorded.rolls != replayed.rolls {
            throw differs("rolls [\(Self.describe(recorded.rolls))] recorded, replay rolls [\(Self.describe(replayed.rolls))]", line: line)
        }
        if let role = replayed.role, recorded.role != role {
            throw differs("role '\(SafeText.singleLine(recorded.role ?? "none"))' recorded, the option belongs to '\(role)'", line: line)
        }
        let ended = state.ending != nil
        let score = ended ? scorer?.score(state) : nil
        pending = produced.dropFirst().map { event in
            let record = transcription.record(event, now: state.clock, score: score)
            return PendingEvent(clock: record.clock, event: record.event)
        }
    }

    private func differs(_ message: String, line: Int) -> JournalProblem {
        JournalProblem(.replayDiffers, message, file: path, line: line)
    }

    /// A short description of an event for messages.
    static func describe(_ event: JournalEvent, clock: Int) -> String {
        let at = " at \(ClockText.format(clock))"
        switch event {
        case .started: return "a 'started' line"
        case .scene(let id): return "scene '\(SafeText.singleLine(id))'\(at)"
        case .inject(let inject):
            if let id = inject.id { return "timed inject '\(SafeText.singleLine(id))'\(at)" }
            return "a scene inject from '\(SafeText.singleLine(String(inject.from.prefix(40))))'\(at)"
        case .decision(let decision): return "decision '\(SafeText.singleLine(decision.option))'\(at)"
        case .note: return "a note\(at)"
        case .pause: return "a pause\(at)"
        case .resume: return "a resume\(at)"
        case .quit: return "a quit\(at)"
        case .joined(let participant): return "'\(SafeText.singleLine(participant.name))' joining\(at)"
        case .left(let participant, _): return "'\(SafeText.singleLine(participant.name))' leaving\(at)"
        case .vote(let vote): return "a vote by '\(SafeText.singleLine(vote.participant.name))'\(at)"
        case .ended(let ending):
            let score = ending.score.map { ", score \(JSONOutput.format($0))" } ?? ""
            return "ending '\(SafeText.singleLine(ending.ending))'\(score)\(ending.rating.map { ", rating \($0.rawValue)" } ?? "")\(at)"
        }
    }

    private static func list(_ ids: [String]) -> String {
        ids.map { SafeText.singleLine($0) }.joined(separator: ", ")
    }

    private static func describe(_ rolls: [RecordedRoll]) -> String {
        rolls.map { "\(SafeText.singleLine($0.variable))=\($0.value)" }.joined(separator: ", ")
    }
}
