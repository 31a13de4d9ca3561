import Foundation
import Testing
import TabletopCore

@Suite("tabletop validate")
struct ValidateCommandTests {
    @Test func aValidPairExitsZero() throws {
        let result = try CLIRunner.run(["validate", "Scenarios/dependency-confusion.json", "Playbooks/dependency-confusion.json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("2 files checked: 0 errors, 0 warnings"))
    }

    @Test func errorsArePrintedAsFileLineColumnAndExit65() throws {
        let path = "Tests/TabletopCoreTests/Fixtures/Malformed/unknown-phase.json"
        let result = try CLIRunner.run(["validate", path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(path):12:43: error: [E206] 'phase' must be one of"))
        #expect(result.stderr.contains("did you mean 'containment'?"))
    }

    @Test func jsonOutputAddsThePointer() throws {
        let path = "Tests/TabletopCoreTests/Fixtures/Malformed/unknown-next.json"
        let result = try CLIRunner.run(["validate", "--format", "json", path])
        #expect(result.status == 65)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        let diagnostic = try #require((files.first?["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["code"] as? String == "E301")
        #expect(diagnostic["pointer"] as? String == "/scenes/0/options/0/next")
        #expect(diagnostic["line"] as? Int == 11)
    }

    @Test("Messages quoting escape sequences and bidi controls from a file reach the terminal inert, as text and as JSON",
          arguments: ["text", "json"])
    func hostileTextInMessagesIsInert(format: String) throws {
        let path = "Tests/TabletopCoreTests/Fixtures/hostile/controls-in-messages.json"
        let result = try CLIRunner.run(["validate", "--format", format, path])
        #expect(result.status == 65)
        let unsafe = (result.stdout + result.stderr).unicodeScalars.filter { $0 != "\n" && SafeText.isUnsafe($0) }
        #expect(unsafe.isEmpty, "\(unsafe.map { String($0.value, radix: 16) })")
        #expect((result.stdout + result.stderr).contains("unknown unit 'U+001B'"))
    }

    @Test func aMissingFileExits66AndNoFilesIsUsage() throws {
        let missing = try CLIRunner.run(["validate", "nope.json"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("nope.json: error: cannot read"))
        #expect(try CLIRunner.run(["validate"]).status == 64)
        #expect(try CLIRunner.run(["validate", "--format", "xml", "Scenarios/dependency-confusion.json"]).status == 64)
    }

    @Test func versionAndHelp() throws {
        let version = try CLIRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(!version.stdout.isEmpty)
        for command in ["validate", "play"] {
            let help = try CLIRunner.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("USAGE"))
        }
    }
}
