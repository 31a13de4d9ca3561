import TabletopCore

/// The parts of the core that the fuzzer drives, each fed raw bytes: the same entry points the regression tests call.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// The JSON reader (`JSONDocument`).
    case json
    /// The condition parser and type checker, in the reference scenario's context.
    case condition
    /// The scenario loader, then a short headless run.
    case scenario
    /// The playbook loader, without and with the reference scenario, then scoring.
    case playbook
    /// The journal reader: lines, hash chain and replay on the reference drill.
    case journal
    /// The host-and-join protocol: frames, messages both ways, the participant's mirror and the vote tally.
    case link

    /// Feeds one input to the target; a crash or trap here is a bug the fuzzer reports.
    public func run(_ bytes: [UInt8], reference: FuzzReference) -> FuzzOutcome {
        switch self {
        case .json: return JSONReaderFuzzing.run(bytes)
        case .condition: return ConditionFuzzing.run(bytes, reference: reference)
        case .scenario: return ScenarioFuzzing.run(bytes)
        case .playbook: return PlaybookFuzzing.run(bytes, reference: reference)
        case .journal: return JournalFuzzing.run(bytes, reference: reference)
        case .link: return LinkFuzzing.run(bytes)
        }
    }
}
