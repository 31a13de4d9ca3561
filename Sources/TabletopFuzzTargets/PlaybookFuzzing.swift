import TabletopCore

/// Fuzzes the playbook loader, alone and against the reference scenario; a playbook that loads scores a played drill.
enum PlaybookFuzzing {
    /// Loads `bytes` as a playbook without a scenario, then with the reference one; the outcome is the second's.
    static func run(_ bytes: [UInt8], reference: FuzzReference) -> FuzzOutcome {
        _ = PlaybookLoader.load(bytes: bytes, file: "fuzz-playbook.json")
        let scenario = reference.files.scenario
        let result = PlaybookLoader.load(bytes: bytes, file: "fuzz-playbook.json", scenario: scenario)
        guard let playbook = result.value else {
            return .rejected(code: result.errors.first?.code ?? "none")
        }
        ScenarioFuzzing.play(scenario, playbook: playbook)
        return .accepted
    }
}
