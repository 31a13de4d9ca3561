/// The scenario and playbook a journal was played from, found and checked against the SHA-256 the journal recorded.
public struct SessionFiles: Sendable {
    public var scenario: Scenario
    /// Where the scenario file was found.
    public var scenarioPath: String
    public var playbook: Playbook?
    public var playbookPath: String?

    /// Files already found and loaded.
    public init(scenario: Scenario, scenarioPath: String, playbook: Playbook?, playbookPath: String?) {
        self.scenario = scenario
        self.scenarioPath = scenarioPath
        self.playbook = playbook
        self.playbookPath = playbookPath
    }

    /// Finds the files of `start`: at the recorded path, else beside the journal (or only at an explicit path when one is given).
    ///
    /// Throws `fileMissing` when no candidate exists, `fileChanged` (naming the file) when none has the recorded
    /// SHA-256, and `invalid` when a matching file no longer loads.
    public static func locate(for start: JournalStart, journalPath: String, scenarioPath: String? = nil, playbookPath: String? = nil) throws(JournalProblem) -> SessionFiles {
        let scenarioFile = try find("scenario", recorded: start.scenario.file, explicit: scenarioPath, journalPath: journalPath)
        let loaded = ScenarioLoader.load(bytes: scenarioFile.bytes, file: scenarioFile.path)
        guard let scenario = loaded.value else {
            throw JournalProblem(.invalid, "the scenario \(scenarioFile.path) no longer loads: \(loaded.errors.first?.text ?? "invalid")", file: journalPath, line: 1)
        }
        guard let recordedPlaybook = start.playbook else {
            return SessionFiles(scenario: scenario, scenarioPath: scenarioFile.path, playbook: nil, playbookPath: nil)
        }
        let playbookFile = try find("playbook", recorded: recordedPlaybook.file, explicit: playbookPath, journalPath: journalPath)
        let loadedPlaybook = PlaybookLoader.load(bytes: playbookFile.bytes, file: playbookFile.path, scenario: scenario)
        guard let playbook = loadedPlaybook.value else {
            throw JournalProblem(.invalid, "the playbook \(playbookFile.path) no longer loads: \(loadedPlaybook.errors.first?.text ?? "invalid")", file: journalPath, line: 1)
        }
        return SessionFiles(scenario: scenario, scenarioPath: scenarioFile.path, playbook: playbook, playbookPath: playbookFile.path)
    }

    /// The first candidate path whose bytes have the recorded SHA-256.
    private static func find(_ what: String, recorded: FileIdentity, explicit: String?, journalPath: String) throws(JournalProblem) -> (path: String, bytes: [UInt8]) {
        let beside = FilePath.join(FilePath.directory(of: journalPath), FilePath.lastComponent(of: recorded.path))
        let candidates = explicit.map { [$0] } ?? (beside == recorded.path ? [recorded.path] : [recorded.path, beside])
        var changed: (path: String, sha256: String)?
        for candidate in candidates {
            guard let bytes = try? InputFile.read(candidate) else { continue }
            let sha256 = SHA256.hex(bytes)
            if sha256 == recorded.sha256 { return (candidate, bytes) }
            if changed == nil { changed = (candidate, sha256) }
        }
        if let changed {
            throw JournalProblem(.fileChanged, "the \(what) file \(changed.path) has changed since the session was recorded (SHA-256 \(changed.sha256.prefix(12))…, the journal recorded \(recorded.sha256.prefix(12))…)", file: journalPath, line: 1)
        }
        let places = candidates.count == 1 ? "at \(candidates[0])" : "at \(candidates[0]) nor beside the journal at \(candidates[1])"
        throw JournalProblem(.fileMissing, "the \(what) file is not \(places)", file: journalPath, line: 1)
    }
}
