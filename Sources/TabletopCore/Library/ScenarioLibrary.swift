/// The folders where scenarios and playbooks are looked for: the search path that `tabletop list` and the terminal picker share.
///
/// In order: the `--scenarios` folders, then those of `TABLETOP_PATH` (colon-separated), then
/// `./Scenarios`, then the library installed with the program: the `Scenarios/` and `Playbooks/`
/// folders beside the executable, or in `../share/tabletop/` (an install), or in the source
/// checkout when the program runs from its `.build/` folder. Each folder is read for `*.json`
/// files (not recursively); a folder that holds `Scenarios/` or `Playbooks/` folders is read
/// through them too, and a folder named `Scenarios` brings its sibling `Playbooks` along (the
/// installed library is read only through its two folders). A folder reached twice is read once.
/// ```
/// let scan = ScenarioLibrary.forThisProcess(scenarioFolders: []).scan()
/// for scenario in scan.scenarios { print(scenario.id, scan.playbooks(for: scenario).map(\.id)) }
/// ```
public struct ScenarioLibrary: Sendable {
    /// Why a folder is on the search path.
    public enum Origin: String, Sendable {
        /// Named with `--scenarios`.
        case option
        /// Listed in `TABLETOP_PATH`.
        case environment
        /// `./Scenarios` in the working directory.
        case workingDirectory = "working-directory"
        /// Installed with the program.
        case bundled
    }

    /// One folder to read, and why it is read.
    public struct Folder: Sendable, Hashable {
        public var path: String
        public var origin: Origin
    }

    /// The folders, in search order, each once.
    public let folders: [Folder]

    /// The search path from explicit inputs: `--scenarios` folders, the value of `TABLETOP_PATH`, the working directory and the executable's path.
    public init(scenarioFolders: [String], tabletopPath: String?, workingDirectory: String = ".", executablePath: String?) {
        var entries = scenarioFolders.map { Folder(path: $0, origin: .option) }
        entries += (tabletopPath ?? "").split(separator: ":").map { Folder(path: String($0), origin: .environment) }
        entries.append(Folder(path: workingDirectory == "." ? "Scenarios" : FilePath.join(workingDirectory, "Scenarios"), origin: .workingDirectory))
        if let root = executablePath.flatMap(Self.bundledRoot) { entries.append(Folder(path: root, origin: .bundled)) }
        var seen: Set<String> = []
        var folders: [Folder] = []
        for entry in entries {
            for path in Self.expand(entry.path, itself: entry.origin != .bundled) {
                guard let resolved = Directory.resolved(path), seen.insert(resolved).inserted else { continue }
                folders.append(Folder(path: path, origin: entry.origin))
            }
        }
        self.folders = folders
    }

    /// The search path of this process: its `TABLETOP_PATH` and its executable.
    public static func forThisProcess(scenarioFolders: [String]) -> ScenarioLibrary {
        ScenarioLibrary(scenarioFolders: scenarioFolders, tabletopPath: ProcessContext.environment("TABLETOP_PATH"),
                        executablePath: ProcessContext.executablePath())
    }

    /// The folder that holds the library installed with the executable at `executable`, if any.
    static func bundledRoot(executable: String) -> String? {
        let folder = FilePath.directory(of: executable)
        var candidates = [folder, FilePath.join(FilePath.directory(of: folder), "share/tabletop")]
        // Run from a source checkout: .../checkout/.build/<triple>/<configuration>/tabletop.
        var ancestor = folder
        while ancestor != "/", ancestor != "." {
            if FilePath.lastComponent(of: ancestor) == ".build" {
                candidates.append(FilePath.directory(of: ancestor))
                break
            }
            ancestor = FilePath.directory(of: ancestor)
        }
        return candidates.first { FilePath.isDirectory(FilePath.join($0, "Scenarios")) }
    }

    /// The folders one search-path entry stands for: itself (unless it is only a library root), its `Scenarios/` and `Playbooks/`, and a `Scenarios` folder's sibling `Playbooks`.
    static func expand(_ path: String, itself: Bool) -> [String] {
        guard FilePath.isDirectory(path) else { return [] }
        var result = itself ? [path] : []
        for child in ["Scenarios", "Playbooks"] where FilePath.isDirectory(FilePath.join(path, child)) {
            result.append(FilePath.join(path, child))
        }
        if FilePath.lastComponent(of: path) == "Scenarios" {
            let parent = FilePath.directory(of: path)
            let sibling = parent == "." ? "Playbooks" : FilePath.join(parent, "Playbooks")
            if FilePath.isDirectory(sibling) { result.append(sibling) }
        }
        return result
    }

    /// Reads the top of every `*.json` file in the folders: enough to list and pair them, without validating.
    public func scan() -> LibraryScan {
        var scan = LibraryScan()
        var scenarioIDs: Set<String> = [], playbookIDs: Set<String> = []
        for folder in folders {
            for name in Directory.entries(folder.path) ?? [] where name.hasSuffix(".json") {
                let path = FilePath.join(folder.path, name)
                guard !FilePath.isDirectory(path) else { continue }
                switch LibraryScan.summary(of: path) {
                case .scenario(let scenario):
                    if scenarioIDs.insert(scenario.id).inserted { scan.scenarios.append(scenario) } else { scan.shadowed.append(path) }
                case .playbook(let playbook):
                    if playbookIDs.insert(playbook.id).inserted { scan.playbooks.append(playbook) } else { scan.shadowed.append(path) }
                case .problem(let message):
                    scan.problems.append(.init(path: path, message: message))
                }
            }
        }
        return scan
    }
}
