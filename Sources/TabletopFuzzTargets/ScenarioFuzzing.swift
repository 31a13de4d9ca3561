import TabletopCore

/// Fuzzes the scenario loader; a scenario that loads is then played for a while, always taking the first choice on offer.
enum ScenarioFuzzing {
    /// The most decisions played on a loaded scenario (a fuzzed scenario may loop forever).
    static let decisionLimit = 64

    /// Loads `bytes` as a scenario and plays it.
    static func run(_ bytes: [UInt8]) -> FuzzOutcome {
        let result = ScenarioLoader.load(bytes: bytes, file: "fuzz.json")
        guard let scenario = result.value else {
            return .rejected(code: result.errors.first?.code ?? "none")
        }
        precondition(result.errors.isEmpty, "a scenario loaded despite errors")
        play(scenario, playbook: nil)
        return .accepted
    }

    /// Plays `scenario` from seed 1, taking the first offered option (else the timeout) until it ends or stops.
    static func play(_ scenario: Scenario, playbook: Playbook?) {
        let play = HeadlessPlay(scenario: scenario, playbook: playbook)
        var (state, _) = play.engine.start(seed: 1)
        for _ in 0..<decisionLimit {
            guard state.currentScene != nil else { break }
            let choice = play.engine.offeredOptions(state).first.map(Choice.option) ?? .timeout
            do {
                _ = try play.engine.decide(choice, state: &state)
            } catch {
                break
            }
        }
        _ = play.scorer?.score(state)
    }
}
