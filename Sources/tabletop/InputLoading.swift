import ArgumentParser
import TabletopCore

/// Loads the files a command needs, printing their diagnostics and exiting with the right status on failure.
enum InputLoading {
    /// The scenario at `path`; warnings are printed, errors exit with 65 (66 if unreadable).
    static func scenario(_ path: String) throws -> Scenario {
        try scenarioFile(path).scenario
    }

    /// The scenario at `path` and the identity of the bytes it was loaded from (for the journal).
    static func scenarioFile(_ path: String) throws -> (scenario: Scenario, file: FileIdentity) {
        let bytes = try bytes(path)
        let result = ScenarioLoader.load(bytes: bytes, file: path)
        Console.report(result.diagnostics)
        guard let scenario = result.value else { throw Console.exit(.dataError) }
        return (scenario, FileIdentity(path: path, bytes: bytes))
    }

    /// The playbook at `path`, checked against `scenario`.
    static func playbook(_ path: String, for scenario: Scenario) throws -> Playbook {
        try playbookFile(path, for: scenario).playbook
    }

    /// The playbook at `path`, checked against `scenario`, and the identity of its bytes.
    static func playbookFile(_ path: String, for scenario: Scenario) throws -> (playbook: Playbook, file: FileIdentity) {
        let bytes = try bytes(path)
        let result = PlaybookLoader.load(bytes: bytes, file: path, scenario: scenario)
        Console.report(result.diagnostics)
        guard let playbook = result.value else { throw Console.exit(.dataError) }
        return (playbook, FileIdentity(path: path, bytes: bytes))
    }

    private static func bytes(_ path: String) throws -> [UInt8] {
        do {
            return try InputFile.read(path)
        } catch {
            Console.err(error.text)
            throw Console.exit(error.status)
        }
    }

    /// Reopens the session journaled at `path`, printing its warnings; a damaged journal or a changed file exits with its status.
    static func resumedSession(_ path: String) throws -> ResumedSession {
        do {
            let resumed = try ResumedSession.open(path)
            for warning in resumed.warnings { Console.err(warning.text) }
            return resumed
        } catch {
            Console.err(error.text)
            Console.err("tabletop: the session was not resumed")
            throw Console.exit(error.status)
        }
    }
}
