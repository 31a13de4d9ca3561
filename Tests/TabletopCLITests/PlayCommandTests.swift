import Foundation
import Testing

@Suite("tabletop play")
struct PlayCommandTests {
    static let scenario = "Scenarios/dependency-confusion.json"
    static let playbook = "Playbooks/dependency-confusion.json"

    /// Paths through the sample drill whose JSON output is kept in Golden/, checked by hand once.
    static let goldens: [(name: String, seed: String, choices: String)] = [
        ("best", "7", "declare,sbom,block,rotate-all,rebuild,notify,review"),
        ("middling", "7", "declare,grep,block,rotate-token,rebuild,wait,review"),
        ("worst", "1", "dig-in,grep,timeout,rotate-token,yank,rebuild,wait,close"),
        ("stopped-early", "0", "declare,sbom"),
    ]

    @Test(arguments: goldens.map(\.name))
    func jsonOutputMatchesItsGoldenFile(name: String) throws {
        let golden = Self.goldens.first { $0.name == name }!
        let result = try CLIRunner.run(["play", Self.scenario, "--playbook", Self.playbook, "--choices", golden.choices, "--seed", golden.seed, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent("Tests/TabletopCLITests/Golden/play-\(name).json"), encoding: .utf8)
        #expect(result.stdout == expected)
        // It is one JSON object that a standard parser reads.
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["scenario"] as? String == "dependency-confusion")
    }

    @Test func anOptionNotOnOfferNamesTheSceneAndTheOptions() throws {
        let result = try CLIRunner.run(["play", Self.scenario, "--choices", "declare,sbom,nonsense"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("scene 'contain'"))
        #expect(result.stderr.contains("on offer: block, isolate, timeout"))
        #expect(result.stdout.isEmpty)
    }

    @Test func anOptionWhoseConditionIsFalseIsNotOnOffer() throws {
        // 'keep' needs exposure <= 3; letting on-call dig in raised it to 5.
        let result = try CLIRunner.run(["play", Self.scenario, "--choices", "dig-in,sbom,block,rotate-all,keep"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("'keep' is not offered now"))
    }

    @Test func choicesLeftOverAfterTheEndingAreAnError() throws {
        let result = try CLIRunner.run(["play", Self.scenario, "--choices", "declare,sbom,block,rotate-all,rebuild,notify,review,review"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("left over"))
    }

    @Test func withoutAPlaybookTheScoreIsNull() throws {
        let result = try CLIRunner.run(["play", Self.scenario, "--choices", "declare", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains(#""playbook": null"#))
        #expect(result.stdout.contains(#""score": null, "rating": null, "phases": [], "expectations": [], "avoid": []"#))
        #expect(result.stdout.contains(#""ending": null, "outcome": null"#))
    }

    @Test func theTextTranscriptShowsTheStoryAndTheScore() throws {
        let result = try CLIRunner.run(["play", Self.scenario, "--playbook", Self.playbook, "--choices", "declare,sbom,block,rotate-all,rebuild,notify,review", "--seed", "7"])
        #expect(result.status == 0)
        for text in ["An odd connection from CI", "[alert] from EDR:", "* Decision 1 at T+00:00: declare", "Ending: Contained and disclosed (success)", "Score 100 / 100, rating P"] {
            #expect(result.stdout.contains(text), "missing: \(text)")
        }
    }

    @Test func missingAndInvalidFilesUseSysexitsCodes() throws {
        let missing = try CLIRunner.run(["play", "Scenarios/does-not-exist.json"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("Scenarios/does-not-exist.json: error: cannot read: no such file"))
        let invalid = try CLIRunner.run(["play", "Tests/TabletopCoreTests/Fixtures/Malformed/unknown-next.json"])
        #expect(invalid.status == 65)
        #expect(invalid.stderr.contains("unknown-next.json:11:"))
        let usage = try CLIRunner.run(["play", Self.scenario, "--seed", "-3"])
        #expect(usage.status == 64)
    }
}
