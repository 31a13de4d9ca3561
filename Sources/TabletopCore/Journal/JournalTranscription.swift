/// Turns engine events into journal events with their scenario clocks: the one mapping the writer records with and replay checks against.
struct JournalTranscription {
    let scenario: Scenario

    /// The journal event for an engine event, and the scenario clock it is recorded at.
    ///
    /// A decision is recorded at its `t0`, a timed inject at its `at`, everything else at `now` (the clock once
    /// the decision has taken effect). `details` fills in a decision's role, rationale and timing; `score` an ending's score.
    func record(_ event: SessionEvent, now: Int, details: DecisionDetails? = nil, score: ScoreReport? = nil) -> (clock: Int, event: JournalEvent) {
        switch event {
        case .decision(let decision):
            let recorded = JournalDecision(
                scene: scenario.scenes[decision.scene].id, option: decision.optionID,
                actions: decision.actions.map { scenario.actionIDs[$0] },
                role: details?.role ?? scenario.roleID(of: decision), rationale: details?.rationale,
                decisionSeconds: Self.milliseconds(details?.decisionSeconds ?? 0),
                rolls: decision.rolls.map { RecordedRoll(variable: scenario.variables[$0.slot].name, value: $0.value) })
            return (decision.clock, .decision(recorded))
        case .timedInject(let index):
            let inject = scenario.injects[index]
            return (inject.at, .inject(JournalInject(source: .timed, id: inject.id, from: inject.from, channel: inject.channel, text: inject.text)))
        case .sceneEntered(let index):
            return (now, .scene(scenario.scenes[index].id))
        case .sceneInject(let sceneIndex, let position):
            let inject = scenario.scenes[sceneIndex].injects[position]
            return (now, .inject(JournalInject(source: .scene, id: nil, from: inject.from, channel: inject.channel, text: inject.text)))
        case .ended(let index):
            let ending = scenario.endings[index]
            return (now, .ended(JournalEnding(ending: ending.id, outcome: ending.outcome, score: score?.score, rating: score?.rating)))
        }
    }

    /// Seconds rounded to the millisecond, so that a journal line stays short and reads back exactly.
    static func milliseconds(_ seconds: Double) -> Double {
        guard seconds.isFinite, seconds > 0 else { return 0 }
        return (seconds * 1000).rounded() / 1000
    }
}

extension Scenario {
    /// The role id of the option a decision took (nil for a timeout or an option without a role).
    public func roleID(of decision: Decision) -> String? {
        guard let position = decision.option, let role = scenes[decision.scene].options[position].role else { return nil }
        return roles[role].id
    }
}

extension DecisionDetails {
    /// The details of `decision`: its option's role, the team's rationale and how long they took.
    public init(for decision: Decision, in scenario: Scenario, rationale: String?, decisionSeconds: Double) {
        self.init(role: scenario.roleID(of: decision), rationale: rationale, decisionSeconds: decisionSeconds)
    }
}
