import TabletopCore
import TabletopUI

/// Loads what a terminal drill is played from: a scenario, its playbook (given, or paired through its `scenarios` list), the seed.
enum DrillFiles {
    /// The setup for `tabletop run FILE`; problems are printed like `validate` does and exit with its statuses.
    static func setup(scenario path: String, playbook playbookPath: String?, seed: UInt64) throws -> DrillSetup {
        let (scenario, scenarioFile) = try InputLoading.scenarioFile(path)
        let playbook = try (playbookPath ?? PickerList.pairedPlaybook(for: scenario.id, near: path)).map {
            try InputLoading.playbookFile($0, for: scenario)
        }
        return DrillSetup(scenario: scenario, scenarioFile: scenarioFile, playbook: playbook?.playbook, playbookFile: playbook?.file, seed: seed)
    }

    /// The setup for a picker item, or why it cannot be played, in one line.
    static func load(_ item: PickerItem, seed: UInt64) -> Result<DrillSetup, Failure> {
        guard let bytes = try? InputFile.read(item.scenarioPath) else { return .failure(Failure("\(item.scenarioPath) cannot be read")) }
        let loaded = ScenarioLoader.load(bytes: bytes, file: item.scenarioPath)
        guard let scenario = loaded.value else {
            return .failure(Failure(loaded.errors.first?.text ?? "\(item.scenarioPath) is not a valid scenario"))
        }
        var playbook: (Playbook, FileIdentity)?
        if let path = item.playbookPath {
            guard let playbookBytes = try? InputFile.read(path) else { return .failure(Failure("\(path) cannot be read")) }
            let result = PlaybookLoader.load(bytes: playbookBytes, file: path, scenario: scenario)
            guard let value = result.value else { return .failure(Failure(result.errors.first?.text ?? "\(path) is not a valid playbook")) }
            playbook = (value, FileIdentity(path: path, bytes: playbookBytes))
        }
        return .success(DrillSetup(scenario: scenario, scenarioFile: FileIdentity(path: item.scenarioPath, bytes: bytes),
                                   playbook: playbook?.0, playbookFile: playbook?.1, seed: seed))
    }
}
