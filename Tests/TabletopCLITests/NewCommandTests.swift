import Foundation
import Testing
import TabletopTestSupport

@Suite("tabletop new and schema")
struct NewCommandTests {
    @Test func writesAStarterThatValidatesAndRefusesToOverwrite() throws {
        let folder = URL(fileURLWithPath: try TestFiles.temporaryFolder())
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["new", "phishing-drill", "--dir", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let scenario = folder.appendingPathComponent("Scenarios/phishing-drill.json").path
        let playbook = folder.appendingPathComponent("Playbooks/phishing-drill.json").path
        #expect(result.stdout.contains("tabletop validate \(scenario) \(playbook)"))
        let validate = try CLIRunner.run(["validate", "--strict", scenario, playbook])
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stdout.contains("2 files checked: 0 errors, 0 warnings"))
        #expect(try CLIRunner.run(["explore", scenario, "--playbook", playbook, "--exhaustive"]).status == 0)
        let again = try CLIRunner.run(["new", "phishing-drill", "--dir", folder.path])
        #expect(again.status == 73)
        #expect(again.stderr.contains("already exists"))
        #expect(try CLIRunner.run(["new", "Not An Id", "--dir", folder.path]).status == 64)
    }

    @Test func schemaPrintsTheShippedFiles() throws {
        for kind in ["scenario", "playbook"] {
            let result = try CLIRunner.run(["schema", kind])
            #expect(result.status == 0)
            let shipped = try String(contentsOf: Binary.repositoryRoot.appendingPathComponent("Schemas/\(kind).schema.json"), encoding: .utf8)
            #expect(result.stdout == shipped)
        }
        #expect(try CLIRunner.run(["schema", "journal"]).status == 64)
    }
}
