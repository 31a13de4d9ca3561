import Foundation
import Testing
import TabletopTestSupport

@Suite("tabletop play --journal, play --resume, resume")
struct JournalCommandTests {
    static let scenario = "Scenarios/dependency-confusion.json"
    static let playbook = "Playbooks/dependency-confusion.json"

    @Test func playRecordsAJournalAndPrintsItsPath() throws {
        let journal = try TestFiles.temporaryFolder() + "/drill.jsonl"
        let result = try CLIRunner.run(["play", Self.scenario, "--playbook", Self.playbook, "--choices", "declare,sbom", "--journal", journal,
                                        "--participant", "incident-commander=Ana Lima", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "tabletop: journal: \(journal)\n")
        let lines = try TestFiles.lines(journal)
        #expect(lines.first?.contains(#""type": "started""#) == true)
        #expect(lines.first?.contains(#""path": "\#(Binary.repositoryRoot.path)/Scenarios/dependency-confusion.json""#) == true)
        #expect(lines.first?.contains(#""participants": [{"role": "incident-commander", "name": "Ana Lima"}]"#) == true)
        #expect(lines.last?.contains(#""type": "quit""#) == true)
    }

    @Test func aFolderGetsANamedJournal() throws {
        let folder = try TestFiles.temporaryFolder()
        let result = try CLIRunner.run(["play", Self.scenario, "--choices", "declare", "--journal", folder])
        #expect(result.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.count == 1)
        #expect(names.first?.contains("-dependency-confusion-") == true && names.first?.hasSuffix(".jsonl") == true)
        #expect(result.stderr.contains(folder + "/" + names[0]))
    }

    @Test func anUnwritablePlaceStopsBeforeTheDrillStarts() throws {
        let result = try CLIRunner.run(["play", Self.scenario, "--choices", "declare", "--journal", "/nonexistent-folder/drill.jsonl"])
        #expect(result.status == 73)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("/nonexistent-folder/drill.jsonl: error: cannot create the journal"))
        let existing = try TestFiles.temporaryFolder() + "/taken.jsonl"
        try "x\n".write(toFile: existing, atomically: false, encoding: .utf8)
        let taken = try CLIRunner.run(["play", Self.scenario, "--choices", "declare", "--journal", existing])
        #expect(taken.status == 73)
        #expect(taken.stderr.contains("already exists"))
    }

    @Test func resumeContinuesTheSameJournal() throws {
        let journal = try TestFiles.temporaryFolder() + "/drill.jsonl"
        _ = try CLIRunner.run(["play", Self.scenario, "--playbook", Self.playbook, "--seed", "7", "--choices", "declare,sbom,block", "--journal", journal])
        let resumed = try CLIRunner.run(["play", "--resume", journal, "--choices", "rotate-all,rebuild,notify,review", "--format", "json"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let golden = try String(contentsOf: Binary.repositoryRoot.appendingPathComponent("Tests/TabletopCLITests/Golden/play-best.json"), encoding: .utf8)
        #expect(resumed.stdout == golden)
        let again = try CLIRunner.run(["play", "--resume", journal, "--choices", "review"])
        #expect(again.status == 65)
        #expect(again.stderr.contains("error: already ended: the session already ended"))
    }

    @Test func resumeRefusesAChangedScenarioByName() throws {
        let folder = try TestFiles.temporaryFolder()
        try FileManager.default.copyItem(atPath: Binary.repositoryRoot.appendingPathComponent(Self.scenario).path, toPath: folder + "/s.json")
        _ = try CLIRunner.run(["play", folder + "/s.json", "--choices", "declare", "--journal", folder + "/j.jsonl"])
        try (try String(contentsOfFile: folder + "/s.json", encoding: .utf8) + "\n").write(toFile: folder + "/s.json", atomically: false, encoding: .utf8)
        let result = try CLIRunner.run(["play", "--resume", folder + "/j.jsonl", "--choices", "sbom"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(folder)/j.jsonl:1: error: file changed: the scenario file \(folder)/s.json has changed since the session was recorded"))
        #expect(result.stderr.contains("the session was not resumed"))
        let resume = try CLIRunner.run(["resume", folder + "/j.jsonl"])
        #expect(resume.status == 65)
    }

    @Test func resumeOptionsComeFromTheJournal() throws {
        let result = try CLIRunner.run(["play", Self.scenario, "--resume", "j.jsonl"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("drop a scenario"))
        let missing = try CLIRunner.run(["play", "--resume", "/nonexistent/j.jsonl"])
        #expect(missing.status == 66)
    }

    @Test func theTerminalResumeWithoutATerminalSaysWhatToDoInstead() throws {
        let journal = try TestFiles.temporaryFolder() + "/drill.jsonl"
        _ = try CLIRunner.run(["play", Self.scenario, "--choices", "declare", "--journal", journal])
        let result = try CLIRunner.run(["resume", journal])
        #expect(result.status == 64)
        #expect(result.stderr.contains("the drill needs a terminal"))
        #expect(result.stderr.contains("tabletop play --resume \(journal) --choices"))
    }
}
