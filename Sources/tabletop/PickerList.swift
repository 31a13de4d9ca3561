import TabletopCore
import TabletopUI

/// The picker's list: the scenarios on the search path (`ScenarioLibrary`), each with the playbook that names it.
struct PickerList {
    var items: [PickerItem]
    /// The folders looked in.
    var searched: [String]

    /// The scenarios on the search path (`--scenarios DIR`, `TABLETOP_PATH`, `./Scenarios`, the bundled library), by title.
    static func scan(folder: String?) throws -> PickerList {
        let library = ScenarioLibrary.forThisProcess(scenarioFolders: folder.map { [$0] } ?? [])
        let scan = library.scan()
        let items = scan.scenarios.map { scenario in
            PickerItem(
                title: scenario.title, difficulty: scenario.difficulty, minutes: scenario.estimatedMinutes,
                tags: scenario.tags, summary: scenario.summary, scenarioPath: scenario.path,
                playbookPath: scan.playbooks(for: scenario).first?.path)
        }
        return PickerList(items: items.sorted { $0.title < $1.title }, searched: library.folders.map(\.path))
    }

    /// The first playbook on the search path, the scenario's own folder first, whose `scenarios` names `id`.
    static func pairedPlaybook(for id: String, near scenarioPath: String) -> String? {
        let scan = ScenarioLibrary.forThisProcess(scenarioFolders: [FilePath.directory(of: scenarioPath)]).scan()
        return scan.playbooks.first { $0.scenarios.contains(id) }?.path
    }
}
