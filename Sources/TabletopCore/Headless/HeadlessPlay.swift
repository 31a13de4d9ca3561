/// Plays a drill without a terminal: takes the listed option ids in order, one per scene.
public struct HeadlessPlay: Sendable {
    public let engine: Engine
    public let scorer: Scorer?

    public init(scenario: Scenario, playbook: Playbook?) {
        engine = Engine(scenario: scenario)
        scorer = playbook.map { Scorer(playbook: $0, scenario: scenario) }
    }

    /// Why the listed choices could not be played.
    public struct ChoiceError: Error, Sendable, Equatable {
        public var message: String
    }

    /// Everything a finished or stopped headless run produced.
    public struct Record: Sendable {
        public var seed: UInt64
        public var state: SessionState
        /// Every event from the start, in order.
        public var events: [SessionEvent]
        public var score: ScoreReport?

        public init(seed: UInt64, state: SessionState, events: [SessionEvent], score: ScoreReport?) {
            self.seed = seed
            self.state = state
            self.events = events
            self.score = score
        }
    }

    /// Starts at T+0 with `seed` and takes `choices` in order; stops at an ending or when the choices run out.
    public func run(seed: UInt64, choices: [String]) throws(ChoiceError) -> Record {
        var (state, events) = engine.start(seed: seed)
        try play(choices, state: &state, events: &events)
        return Record(seed: seed, state: state, events: events, score: scorer?.score(state))
    }

    /// Takes `choices` from `state` on, appending the events.
    public func play(_ choices: [String], state: inout SessionState, events: inout [SessionEvent]) throws(ChoiceError) {
        for (number, choiceID) in choices.enumerated() {
            events += try take(choiceID, state: &state, number: number, of: choices)
        }
    }

    /// Takes one choice, the `number`th (0-based) of `choices`, and returns its events; `choices` only explains errors.
    public func take(_ choiceID: String, state: inout SessionState, number: Int, of choices: [String]) throws(ChoiceError) -> [SessionEvent] {
        let scenario = engine.scenario
        guard let sceneIndex = state.currentScene else {
            let ending = state.ending.map { scenario.endings[$0].id } ?? "?"
            let left = choices.count - number
            throw ChoiceError(message: "the drill reached the ending '\(ending)' after \(number) choice\(number == 1 ? "" : "s"); \(left) choice\(left == 1 ? " is" : "s are") left over: \(choices[number...].joined(separator: ","))")
        }
        let choice = try resolve(choiceID, in: sceneIndex, state: state)
        do {
            return try engine.decide(choice, state: &state)
        } catch {
            throw ChoiceError(message: "choice \(number + 1) '\(choiceID)' could not be taken in scene '\(scenario.scenes[sceneIndex].id)'")
        }
    }

    /// Maps an option id (or `timeout`) to a choice that is on offer, or explains what is.
    public func resolve(_ id: String, in sceneIndex: Int, state: SessionState) throws(ChoiceError) -> Choice {
        let scene = engine.scenario.scenes[sceneIndex]
        let offered = engine.offeredOptions(state)
        var onOffer = offered.map { scene.options[$0].id }
        if scene.onTimeout != nil { onOffer.append("timeout") }
        if id == "timeout", scene.onTimeout != nil { return .timeout }
        if let position = scene.options.firstIndex(where: { $0.id == id }), offered.contains(position) {
            return .option(position)
        }
        let reason = scene.options.contains(where: { $0.id == id }) ? "is not offered now (its condition is false)" : "is not an option of this scene"
        throw ChoiceError(message: "scene '\(scene.id)': '\(SafeText.singleLine(id))' \(reason); on offer: \(onOffer.joined(separator: ", "))")
    }
}
