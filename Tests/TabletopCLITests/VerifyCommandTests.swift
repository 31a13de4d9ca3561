import Foundation
import Testing
import TabletopTestSupport

@Suite("tabletop verify")
struct VerifyCommandTests {
    /// A finished drill's journal in a scratch folder, with its lines.
    static func journal() throws -> (path: String, lines: [String]) {
        let path = try TestFiles.temporaryFolder() + "/drill.jsonl"
        let result = try CLIRunner.run(["play", "Scenarios/dependency-confusion.json", "--playbook", "Playbooks/dependency-confusion.json",
                                        "--seed", "1", "--choices", "declare,sbom,timeout,rotate-token,yank,rebuild,wait,review", "--journal", path])
        #expect(result.status == 0)
        return (path, try TestFiles.lines(path))
    }

    @Test func anIntactJournalExitsZero() throws {
        let (path, _) = try Self.journal()
        let result = try CLIRunner.run(["verify", path])
        #expect(result.status == 0)
        #expect(result.stdout == "\(path): intact: 26 lines, hash chain unbroken; scenario and playbook unchanged; 8 decisions replayed: rolls, scenes, injects, ending 'breach' and score 12.5 (U) match\n")
        let json = try CLIRunner.run(["verify", path, "--format", "json"])
        #expect(json.status == 0)
        #expect(json.stdout.contains(#""intact": true"#))
    }

    static let tampering: [(name: String, kind: String, line: Int, change: @Sendable (inout [String]) -> Void)] = [
        ("edited", "edited", 6, { $0[5] = $0[5].replacing(#""decisionSeconds": "#, with: #""decisionSeconds": 1"#) }),
        ("deleted", "deleted", 7, { $0.remove(at: 6) }),
        ("swapped", "reordered", 7, { $0.swapAt(6, 7) }),
        ("cut", "truncated", 22, { $0.removeLast(4) }),
    ]

    @Test(arguments: tampering.map(\.name))
    func tamperingIsNamedWithItsLine(name: String) throws {
        let tamper = Self.tampering.first { $0.name == name }!
        var (path, lines) = try Self.journal()
        tamper.change(&lines)
        try TestFiles.write(lines, to: path)
        let result = try CLIRunner.run(["verify", path])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("\(path):\(tamper.line): error: \(tamper.kind): "), "\(result.stderr)")
    }

    @Test func aTornLastLineIsTruncation() throws {
        let (path, _) = try Self.journal()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try String(text.dropLast(20)).write(toFile: path, atomically: false, encoding: .utf8)
        let result = try CLIRunner.run(["verify", path])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("\(path):26: error: truncated: the last line is incomplete"))
    }

    @Test func aChangedScenarioIsNamed() throws {
        let folder = try TestFiles.temporaryFolder()
        try FileManager.default.copyItem(atPath: Binary.repositoryRoot.appendingPathComponent("Scenarios/dependency-confusion.json").path, toPath: folder + "/s.json")
        _ = try CLIRunner.run(["play", folder + "/s.json", "--choices", "declare", "--journal", folder + "/j.jsonl"])
        #expect(try CLIRunner.run(["verify", folder + "/j.jsonl"]).status == 0)
        let text = try String(contentsOfFile: folder + "/s.json", encoding: .utf8)
        try text.replacing("Tuesday", with: "Monday").write(toFile: folder + "/s.json", atomically: false, encoding: .utf8)
        let result = try CLIRunner.run(["verify", folder + "/j.jsonl"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("j.jsonl:1: error: file changed: the scenario file \(folder)/s.json has changed"))
    }

    @Test func aMissingJournalIs66() throws {
        let result = try CLIRunner.run(["verify", "/nonexistent/j.jsonl"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("/nonexistent/j.jsonl: error: unreadable: cannot read: no such file"))
        let notAJournal = try CLIRunner.run(["verify", "Scenarios/dependency-confusion.json"])
        #expect(notAJournal.status == 65)
        #expect(notAJournal.stderr.hasPrefix("Scenarios/dependency-confusion.json:1:"))
    }
}
