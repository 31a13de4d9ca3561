import Foundation
import TabletopCore
import TabletopUI

/// Scenarios and playbooks for the UI tests: the repository's sample drill and files of this test target.
enum Fixtures {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The sample drill with its playbook: every feature, a 2-minute limit in scene `contain`.
    static func dependencyConfusion(seed: UInt64 = 7, playbook: Bool = true) -> DrillSetup {
        setup(scenario: "Scenarios/dependency-confusion.json", playbook: playbook ? "Playbooks/dependency-confusion.json" : nil, seed: seed)
    }

    /// A setup from files relative to the repository root.
    static func setup(scenario path: String, playbook playbookPath: String?, seed: UInt64) -> DrillSetup {
        let scenario = scenario(bytes: Array(try! Data(contentsOf: root.appendingPathComponent(path))), file: path)
        var playbook: Playbook?
        if let playbookPath {
            let playbookBytes = Array(try! Data(contentsOf: root.appendingPathComponent(playbookPath)))
            playbook = PlaybookLoader.load(bytes: playbookBytes, file: playbookPath, scenario: scenario).value
        }
        return DrillSetup(scenario: scenario, scenarioFile: FileIdentity(path: path, sha256: ""), playbook: playbook,
                          playbookFile: playbookPath.map { FileIdentity(path: $0, sha256: "") }, seed: seed)
    }

    /// A setup of a scenario given as JSON text, without a playbook.
    static func setup(json: String, seed: UInt64 = 7) -> DrillSetup {
        DrillSetup(scenario: scenario(bytes: Array(json.utf8), file: "test.json"), scenarioFile: FileIdentity(path: "test.json", sha256: ""),
                   playbook: nil, playbookFile: nil, seed: seed)
    }

    /// The scenario in `bytes`, which must load.
    private static func scenario(bytes: [UInt8], file: String) -> Scenario {
        let result = ScenarioLoader.load(bytes: bytes, file: file)
        guard let scenario = result.value else { fatalError("\(file): \(result.errors.map(\.text))") }
        return scenario
    }

    /// Picker items for the three sample drills.
    static let pickerItems: [PickerItem] = [
        PickerItem(title: "Dependency confusion in the build", difficulty: "introductory", minutes: 25,
                   tags: ["supply-chain", "npm", "ci", "sample"],
                   summary: "A public package with the same name as an internal one slips into CI builds.",
                   scenarioPath: "Scenarios/dependency-confusion.json", playbookPath: "Playbooks/dependency-confusion.json"),
        PickerItem(title: "Stolen OAuth tokens", difficulty: "intermediate", minutes: 50, tags: ["oauth"],
                   summary: "Tokens of a SaaS integration are used from an unknown network.",
                   scenarioPath: "Scenarios/oauth-token-theft.json", playbookPath: nil),
        PickerItem(title: "漢字 and emoji 🔥 in a title", difficulty: nil, minutes: nil, tags: [],
                   summary: "Wide characters are measured by wcwidth.", scenarioPath: "x.json", playbookPath: nil),
    ]
}
