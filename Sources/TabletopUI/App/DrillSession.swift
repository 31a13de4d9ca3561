import TabletopCore

/// A drill in progress: the engine's state, the timeline so far, who plays, and the scene's countdown.
public struct DrillSession: Sendable {
    public let setup: DrillSetup
    public let engine: Engine
    public let scorer: Scorer?
    public let participants: [Participant]
    public private(set) var state: SessionState
    public private(set) var timeline: [TimelineItem]
    /// The running scene's countdown; nil when it has no limit or timers are off.
    public private(set) var countdown: Countdown?
    /// Whether the team paused the drill.
    public internal(set) var paused = false {
        didSet { revision += 1 }
    }
    /// How many times what participants are shown changed: each decision, note, pause and resume (not the countdown's
    /// seconds). A hosted drill publishes only when it moved.
    private(set) var revision = 0
    /// Whether scenes' time limits count down.
    public let timers: Bool
    /// When the current scene was shown (monotonic nanoseconds), for `decisionSeconds`.
    private var sceneShownAt: UInt64

    /// Starts a new session at T+0; the returned `SessionStart` is the first thing to record.
    public static func start(_ setup: DrillSetup, participants: [Participant], timers: Bool, now: UInt64) -> (DrillSession, SessionStart) {
        let engine = Engine(scenario: setup.scenario)
        let (state, events) = engine.start(seed: setup.seed)
        let session = DrillSession(setup: setup, participants: participants, state: state,
                                   timeline: TimelineItem.items(for: events), timers: timers, now: now)
        let start = SessionStart(scenario: setup.scenario, scenarioFile: setup.scenarioFile, playbook: setup.playbook,
                                 playbookFile: setup.playbookFile, seed: setup.seed, participants: participants, events: events)
        return (session, start)
    }

    /// A session rebuilt from a journal: the state after replaying its decisions and the timeline they produced.
    ///
    /// Nothing is recorded for the past; the current scene's countdown starts afresh from `now`, standing still when
    /// the session stopped `paused`.
    public init(setup: DrillSetup, participants: [Participant], state: SessionState, timeline: [TimelineItem], timers: Bool, now: UInt64,
                paused: Bool = false) {
        self.setup = setup
        engine = Engine(scenario: setup.scenario)
        scorer = setup.playbook.map { Scorer(playbook: $0, scenario: setup.scenario) }
        self.participants = participants
        self.state = state
        self.timeline = timeline
        self.timers = timers
        self.paused = paused
        sceneShownAt = now
        countdown = nil
        startCountdown()
    }

    public var scenario: Scenario { setup.scenario }

    /// The scene waiting for a decision, if the drill has not ended.
    public var scene: Scene? { state.currentScene.map { scenario.scenes[$0] } }

    /// The positions of the options on offer in the current scene.
    public var offered: [Int] { engine.offeredOptions(state) }

    /// The score as things stand (nil without a playbook).
    public var score: ScoreReport? { scorer?.score(state) }

    /// Takes a decision at `now` and returns what to record, in order: the decision, then the ending if it came.
    public mutating func decide(_ choice: Choice, rationale: String?, pickedAt: UInt64, now: UInt64) throws(DecisionError) -> [RecordedHappening] {
        guard let sceneIndex = state.currentScene else { throw .ended }
        let scene = scenario.scenes[sceneIndex]
        var role: String?
        if case .option(let position) = choice, scene.options.indices.contains(position), let owner = scene.options[position].role {
            role = scenario.roles[owner].id
        }
        let seconds = Double(pickedAt >= sceneShownAt ? pickedAt - sceneShownAt : 0) / 1e9
        let events = try engine.decide(choice, state: &state)
        timeline += TimelineItem.items(for: events, rationale: rationale)
        var happenings: [RecordedHappening] = [
            .decided(events, details: DecisionDetails(role: role, rationale: rationale, decisionSeconds: seconds), state: state),
        ]
        if state.ending != nil { happenings.append(.ended(state: state, score: score)) }
        sceneShownAt = now
        startCountdown()
        revision += 1
        return happenings
    }

    /// Adds a note at the current scenario clock.
    public mutating func addNote(_ text: String) -> RecordedHappening {
        timeline.append(.note(text, clock: state.clock))
        revision += 1
        return .noted(text, state: state)
    }

    /// Counts `nanoseconds` of real time against the countdown (unless paused).
    mutating func advanceCountdown(by nanoseconds: UInt64) {
        guard !paused else { return }
        countdown?.advance(by: nanoseconds)
    }

    private mutating func startCountdown() {
        countdown = timers ? scene?.timeLimitSeconds.map { Countdown(seconds: $0) } : nil
    }
}
