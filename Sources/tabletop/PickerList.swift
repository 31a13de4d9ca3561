#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TabletopCore
import TabletopUI

/// The picker's list: the scenarios of one folder, each with the playbook that names it.
///
/// Merge hook: this is the smallest stand-in for the core's `ScenarioLibrary` (search path `--scenarios DIR`,
/// `TABLETOP_PATH`, `./Scenarios`, the bundled library); replace `scan` with its scan mapped to `PickerItem`s.
struct PickerList {
    var items: [PickerItem]
    /// The folders looked in.
    var searched: [String]

    /// The valid scenarios in `folder` (default `./Scenarios`), by title, paired with playbooks from `folder` and `../Playbooks`.
    static func scan(folder: String?) throws -> PickerList {
        let folder = folder ?? "Scenarios"
        var items: [PickerItem] = []
        for path in jsonFiles(in: folder) {
            guard let bytes = try? InputFile.read(path), let scenario = ScenarioLoader.load(bytes: bytes, file: path).value else { continue }
            items.append(PickerItem(
                title: scenario.title, difficulty: scenario.metadata.difficulty, minutes: scenario.metadata.estimatedMinutes,
                tags: scenario.metadata.tags, summary: scenario.summary, scenarioPath: path,
                playbookPath: pairedPlaybook(for: scenario.id, near: path)))
        }
        items.sort { $0.title < $1.title }
        return PickerList(items: items, searched: [folder])
    }

    /// The first playbook (by file name) in the scenario's folder or its sibling `Playbooks` whose `scenarios` names `id`.
    static func pairedPlaybook(for id: String, near scenarioPath: String) -> String? {
        let folder = parent(of: scenarioPath)
        for path in jsonFiles(in: folder) + jsonFiles(in: parent(of: folder) + "/Playbooks") {
            guard let bytes = try? InputFile.read(path), let playbook = PlaybookLoader.load(bytes: bytes, file: path).value else { continue }
            if playbook.scenarios.contains(id) { return path }
        }
        return nil
    }

    /// The `.json` files directly in `folder`, sorted by name.
    private static func jsonFiles(in folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            if name.hasSuffix(".json"), !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted().map { folder + "/" + $0 }
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
