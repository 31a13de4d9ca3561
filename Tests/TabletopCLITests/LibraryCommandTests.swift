import Foundation
import Testing
import TabletopTestSupport

@Suite("tabletop list and actions")
struct LibraryCommandTests {
    @Test func listPairsTheBundledScenariosWithTheirPlaybooks() throws {
        let result = try CLIRunner.run(["list", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let scenarios = try #require(object["scenarios"] as? [[String: Any]])
        let bundled = try FileManager.default.contentsOfDirectory(atPath: Binary.repositoryRoot.appendingPathComponent("Scenarios").path).filter { $0.hasSuffix(".json") }
        #expect(scenarios.count == bundled.count)
        for scenario in scenarios {
            #expect((scenario["playbooks"] as? [String]) == [try #require(scenario["id"] as? String)])
            #expect(scenario["title"] is String && scenario["path"] is String)
        }
        let text = try CLIRunner.run(["list"])
        #expect(text.stdout.contains("playbooks: dependency-confusion (Playbooks/dependency-confusion.json)"))
    }

    @Test func tabletopPathAndScenariosOptionComeFirst() throws {
        let folder = URL(fileURLWithPath: try TestFiles.temporaryFolder())
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(#"{"format": "tabletop-scenario/1", "id": "dependency-confusion", "title": "Mine", "summary": "S"}"#.utf8).write(to: folder.appendingPathComponent("a.json"))
        for arguments in [["list", "--scenarios", folder.path], ["list"]] {
            let environment = arguments.count == 1 ? ["TABLETOP_PATH": folder.path] : [:]
            let result = try CLIRunner.run(arguments, environment: environment)
            #expect(result.stdout.contains("dependency-confusion  Mine"), "\(arguments)")
            #expect(result.stdout.contains("Hidden by a file of the same id earlier on the path: Scenarios/dependency-confusion.json"))
        }
    }

    @Test func actionsSearchesTheCatalogue() throws {
        let result = try CLIRunner.run(["actions", "revoke", "token"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("sc.revoke-oauth-tokens  containment  Revoke OAuth tokens"))
        let json = try CLIRunner.run(["actions", "RA4601", "--format", "json"])
        let list = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(list.first?["id"] as? String == "RA4601")
        #expect(list.first?["source"] as? String == "react")
        let none = try CLIRunner.run(["actions", "no-such-thing-at-all"])
        #expect(none.status == 0 && none.stdout.isEmpty && none.stderr.contains("no action matches"))
    }
}
