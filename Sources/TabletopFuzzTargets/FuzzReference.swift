import TabletopCore

/// The drill that fuzzed conditions, playbooks and journals are checked against: a bundled scenario and its playbook.
public struct FuzzReference: Sendable {
    /// The scenario's file name in `Scenarios/` and the playbook's in `Playbooks/`.
    public static let fileName = "dependency-confusion.json"

    /// The bytes of the scenario file, which fuzzed conditions are spliced into.
    public let scenarioBytes: [UInt8]
    /// The scenario and playbook, loaded, as a journal replay uses them.
    public let files: SessionFiles

    /// Why the reference drill could not be prepared.
    public struct Unavailable: Error, Sendable {
        public var message: String
    }

    /// Loads the reference drill from the repository at `root`.
    public init(repositoryRoot root: String) throws(Unavailable) {
        let scenarioPath = FilePath.join(FilePath.join(root, "Scenarios"), Self.fileName)
        let playbookPath = FilePath.join(FilePath.join(root, "Playbooks"), Self.fileName)
        let playbookBytes: [UInt8]
        do {
            scenarioBytes = try InputFile.read(scenarioPath)
            playbookBytes = try InputFile.read(playbookPath)
        } catch {
            throw Unavailable(message: error.text)
        }
        guard let scenario = ScenarioLoader.load(bytes: scenarioBytes, file: scenarioPath).value,
              let playbook = PlaybookLoader.load(bytes: playbookBytes, file: playbookPath, scenario: scenario).value else {
            throw Unavailable(message: "the reference drill \(scenarioPath) or its playbook does not load")
        }
        files = SessionFiles(scenario: scenario, scenarioPath: scenarioPath, playbook: playbook, playbookPath: playbookPath)
    }
}
