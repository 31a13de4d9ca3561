import ArgumentParser
import TabletopCore

/// Loads the files a command needs, printing their diagnostics and exiting with the right status on failure.
enum InputLoading {
    /// The scenario at `path`; warnings are printed, errors exit with 65 (66 if unreadable).
    static func scenario(_ path: String) throws -> Scenario {
        let result = ScenarioLoader.load(bytes: try bytes(path), file: path)
        Console.report(result.diagnostics)
        guard let scenario = result.value else { throw Console.exit(.dataError) }
        return scenario
    }

    /// The playbook at `path`, checked against `scenario`.
    static func playbook(_ path: String, for scenario: Scenario) throws -> Playbook {
        let result = PlaybookLoader.load(bytes: try bytes(path), file: path, scenario: scenario)
        Console.report(result.diagnostics)
        guard let playbook = result.value else { throw Console.exit(.dataError) }
        return playbook
    }

    private static func bytes(_ path: String) throws -> [UInt8] {
        do {
            return try InputFile.read(path)
        } catch {
            Console.err(error.text)
            throw Console.exit(error.status)
        }
    }
}
