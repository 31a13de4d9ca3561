import Foundation
import Testing
@testable import TabletopCore

@Suite("Scenario library: the search path and its scan")
struct ScenarioLibraryTests {
    /// A fresh folder under the system's temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-library-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    static func scenario(_ id: String, title: String = "Title") -> String {
        #"{"format": "tabletop-scenario/1", "id": "\#(id)", "title": "\#(title)", "summary": "S", "difficulty": "advanced", "estimatedMinutes": 30, "tags": ["a", "b"], "scenes": []}"#
    }

    static func playbook(_ id: String, for scenarios: [String]) -> String {
        #"{"format": "tabletop-playbook/1", "id": "\#(id)", "title": "P", "scenarios": [\#(scenarios.map { "\"\($0)\"" }.joined(separator: ", "))], "expectations": []}"#
    }

    @Test func searchesOptionThenEnvironmentThenWorkingDirectoryThenBundled() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let option = root.appendingPathComponent("mine"), environment = root.appendingPathComponent("team")
        let work = root.appendingPathComponent("work"), install = root.appendingPathComponent("prefix")
        try Self.write(Self.scenario("drill", title: "From the option"), to: option.appendingPathComponent("drill.json"))
        try Self.write(Self.scenario("drill", title: "From the environment"), to: environment.appendingPathComponent("Scenarios/drill.json"))
        try Self.write(Self.playbook("team-book", for: ["drill"]), to: environment.appendingPathComponent("Playbooks/team-book.json"))
        try Self.write(Self.scenario("local"), to: work.appendingPathComponent("Scenarios/local.json"))
        try Self.write(Self.playbook("local-book", for: ["local", "elsewhere"]), to: work.appendingPathComponent("Playbooks/local-book.json"))
        try Self.write(Self.scenario("shipped"), to: install.appendingPathComponent("share/tabletop/Scenarios/shipped.json"))
        try Self.write(Self.playbook("orphan", for: ["gone"]), to: install.appendingPathComponent("share/tabletop/Playbooks/orphan.json"))
        try Self.write("not json", to: work.appendingPathComponent("Scenarios/broken.json"))
        try Self.write(#"{"name": "package"}"#, to: work.appendingPathComponent("Scenarios/package.json"))
        try Self.write("# notes", to: work.appendingPathComponent("Scenarios/README.md"))

        let library = ScenarioLibrary(scenarioFolders: [option.path], tabletopPath: environment.path + ":" + root.appendingPathComponent("missing").path,
                                      workingDirectory: work.path, executablePath: install.appendingPathComponent("bin/tabletop").path)
        #expect(library.folders.map(\.origin) == [.option, .environment, .environment, .environment, .workingDirectory, .workingDirectory, .bundled, .bundled])
        let scan = library.scan()
        #expect(scan.scenarios.map(\.id) == ["drill", "local", "shipped"])
        #expect(scan.scenarios[0].title == "From the option")
        #expect(scan.scenarios[0].difficulty == "advanced" && scan.scenarios[0].estimatedMinutes == 30 && scan.scenarios[0].tags == ["a", "b"])
        #expect(scan.shadowed == [environment.appendingPathComponent("Scenarios/drill.json").path])
        #expect(scan.playbooks(for: scan.scenarios[0]).map(\.id) == ["team-book"])
        #expect(scan.playbooks(for: scan.scenarios[1]).map(\.id) == ["local-book"])
        #expect(scan.unpairedPlaybooks.map(\.id) == ["orphan"])
        #expect(scan.problems.map { FilePath.lastComponent(of: $0.path) } == ["broken.json", "package.json"])
    }

    @Test func findsTheBundledLibraryBesideAnInstallOrInACheckout() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("checkout/Scenarios"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("checkout/.build/x86_64-unknown-linux-gnu/debug"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("beside/Scenarios"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("usr/share/tabletop/Scenarios"), withIntermediateDirectories: true)
        #expect(ScenarioLibrary.bundledRoot(executable: root.path + "/checkout/.build/x86_64-unknown-linux-gnu/debug/tabletop") == root.path + "/checkout")
        #expect(ScenarioLibrary.bundledRoot(executable: root.path + "/beside/tabletop") == root.path + "/beside")
        #expect(ScenarioLibrary.bundledRoot(executable: root.path + "/usr/bin/tabletop") == root.path + "/usr/share/tabletop")
        #expect(ScenarioLibrary.bundledRoot(executable: root.path + "/nowhere/tabletop") == nil)
    }

    @Test func aFolderReachedTwiceIsReadOnce() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.write(Self.scenario("once"), to: root.appendingPathComponent("Scenarios/once.json"))
        let library = ScenarioLibrary(scenarioFolders: [root.path, root.path + "/Scenarios"], tabletopPath: root.path, workingDirectory: root.path, executablePath: nil)
        #expect(library.folders.map(\.path) == [root.path, root.path + "/Scenarios"])
        #expect(library.scan().scenarios.count == 1 && library.scan().shadowed.isEmpty)
    }

    @Test func hostileTitlesCannotReachTheTerminal() throws {
        let root = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.write(Self.scenario("evil", title: #"\u001b[2J\u001b]0;owned\u0007 title"#), to: root.appendingPathComponent("evil.json"))
        let library = ScenarioLibrary(scenarioFolders: [root.path], tabletopPath: nil, workingDirectory: root.path, executablePath: nil)
        let scan = library.scan()
        #expect(scan.scenarios.first?.title.contains("\u{1B}") == true)
        let text = scan.text(folders: library.folders)
        #expect(!text.unicodeScalars.contains { SafeText.isUnsafe($0) && $0 != "\n" })
        #expect(text.contains("[2J]0;owned title"))
        #expect(!scan.json(folders: library.folders).rendered().contains("\u{1B}"))
    }
}
