import ArgumentParser
import TabletopCore

/// Loads the inputs the benchmarks run on.
enum BenchmarkInput {
    /// A session started on the scenario at `path`, with its journal in `directory`.
    struct JournaledSession {
        let scenario: Scenario
        let engine: Engine
        var state: SessionState
        let writer: JournalWriter
    }

    /// The scenario at `path`, or a usage error when it does not validate.
    static func scenario(_ path: String) throws -> Scenario {
        guard let loaded = ScenarioLoader.load(bytes: try InputFile.read(path), file: path).value else {
            throw ValidationError("\(path) does not validate")
        }
        return loaded
    }

    /// The playbook at `path`, checked against `scenario`, or a usage error when it does not validate.
    static func playbook(_ path: String, for scenario: Scenario) throws -> Playbook {
        guard let loaded = PlaybookLoader.load(bytes: try InputFile.read(path), file: path, scenario: scenario).value else {
            throw ValidationError("\(path) does not validate")
        }
        return loaded
    }

    /// Starts a session with seed 1 on the scenario at `path`, recording it in a new journal in `directory`.
    static func journaledSession(_ path: String, in directory: String) throws -> JournaledSession {
        let scenario = try scenario(path)
        let writer = try JournalWriter.create(inDirectory: directory, scenario: scenario)
        let engine = Engine(scenario: scenario)
        let (state, events) = engine.start(seed: 1)
        try writer.started(SessionStart(scenario: scenario, scenarioFile: FileIdentity(path: path, bytes: try InputFile.read(path)),
                                        playbook: nil, playbookFile: nil, seed: 1, participants: [], events: events))
        return JournaledSession(scenario: scenario, engine: engine, state: state, writer: writer)
    }
}
