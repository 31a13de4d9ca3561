import Foundation
import Testing
import TabletopTestSupport

@Suite("tabletop report and compare")
struct ReportCommandTests {
    static func journal(seed: String, choices: String) throws -> String {
        let path = try TestFiles.temporaryFolder() + "/drill.jsonl"
        let result = try CLIRunner.run(["play", "Scenarios/dependency-confusion.json", "--playbook", "Playbooks/dependency-confusion.json",
                                        "--seed", seed, "--choices", choices, "--journal", path])
        #expect(result.status == 0)
        return path
    }

    @Test(arguments: ["markdown", "html", "json", "csv"])
    func writesEachFormatToAFileOrStandardOutput(format: String) throws {
        let journal = try Self.journal(seed: "7", choices: "declare,grep,block,rotate-token,rebuild,wait,review")
        let printed = try CLIRunner.run(["report", journal, "--format", format])
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(!printed.stdout.isEmpty)
        let output = FilePath(journal).folder + "/report.out"
        let written = try CLIRunner.run(["report", journal, "--format", format, "-o", output])
        #expect(written.status == 0)
        #expect(written.stderr == "tabletop: report: \(output)\n")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == printed.stdout)
    }

    @Test func theMarkdownReportHasTheHSEEPSections() throws {
        let journal = try Self.journal(seed: "7", choices: "declare,grep,block,rotate-token,rebuild,wait,review")
        let result = try CLIRunner.run(["report", journal])
        for heading in ["# After-action report: Dependency confusion in the build", "## 1. Exercise overview", "## 2. Executive summary",
                        "## 3. Timeline", "## 4. Analysis by phase", "## 5. Improvement plan", "## 6. Appendix"] {
            #expect(result.stdout.contains(heading + "\n"), "\(heading)")
        }
    }

    @Test func anUnwritableOutputIs73() throws {
        let journal = try Self.journal(seed: "7", choices: "declare")
        let result = try CLIRunner.run(["report", journal, "-o", "/nonexistent-folder/r.md"])
        #expect(result.status == 73)
        let usage = try CLIRunner.run(["report", journal, "--format", "pdf"])
        #expect(usage.status == 64)
    }

    @Test func compareShowsTheDrillsSideBySide() throws {
        let before = try Self.journal(seed: "7", choices: "declare,grep,block,rotate-token,rebuild,wait,review")
        let after = try Self.journal(seed: "7", choices: "declare,sbom,block,rotate-all,rebuild,notify,review")
        let result = try CLIRunner.run(["compare", before, after])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Expectations that changed status:"))
        #expect(result.stdout.contains("\nscope "))
        let json = try CLIRunner.run(["compare", before, after, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["drills"] as? [Any])?.count == 2)
        let one = try CLIRunner.run(["compare", before])
        #expect(one.status == 64)
    }
}

/// The folder part of a path, for the tests.
private struct FilePath {
    let path: String
    init(_ path: String) { self.path = path }
    var folder: String { (path as NSString).deletingLastPathComponent }
}
