import Foundation
import Testing
import TabletopTestSupport

@Suite("tabletop play")
struct PlayCommandTests {
    static let scenario = "Scenarios/dependency-confusion.json"
    static let playbook = "Playbooks/dependency-confusion.json"

    /// A scripted path through a drill whose `play --format json` output is kept in Golden/play-NAME.json.
    struct GoldenPath: CustomTestStringConvertible, Sendable {
        var name: String
        var scenario: String
        var seed: String
        var choices: String
        var testDescription: String { name }
    }

    /// Best, middling and worst paths through every bundled drill; each golden file was checked by hand once.
    static let goldens: [GoldenPath] = [
        GoldenPath(name: "best", scenario: "dependency-confusion", seed: "7", choices: "declare,sbom,block,rotate-all,rebuild,notify,review"),
        GoldenPath(name: "middling", scenario: "dependency-confusion", seed: "7", choices: "declare,grep,block,rotate-token,rebuild,wait,review"),
        GoldenPath(name: "worst", scenario: "dependency-confusion", seed: "1", choices: "dig-in,grep,timeout,rotate-token,yank,rebuild,wait,close"),
        GoldenPath(name: "stopped-early", scenario: "dependency-confusion", seed: "0", choices: "declare,sbom"),
        GoldenPath(name: "oauth-token-theft-best", scenario: "oauth-token-theft", seed: "0",
                   choices: "declare,full-audit,scan-history,inventory,deactivate,review,brief-now,rotate-all,disconnect,notify,facts,reset-all,actions-deploy,blameless"),
        GoldenPath(name: "oauth-token-theft-middling", scenario: "oauth-token-theft", seed: "0",
                   choices: "declare,github-list,scan-history,inventory,deactivate,review,brief-now,rotate-all,disconnect,notify,facts,reset-all,actions-deploy,blameless"),
        GoldenPath(name: "oauth-token-theft-worst", scenario: "oauth-token-theft", seed: "13575469883806032425",
                   choices: "cut-first,ask-heroku,ask-owners,rush,to-legal,brief-now,rotate-some,document,timeout,as-before,board-only"),
        GoldenPath(name: "unpatchable-dependency-best", scenario: "unpatchable-dependency", seed: "0",
                   choices: "open,sbom,trace,egress,timeout,strip-tell,fork,honest,golden,hunt,canary,publish,full"),
        GoldenPath(name: "unpatchable-dependency-middling", scenario: "unpatchable-dependency", seed: "0",
                   choices: "open,sbom,trace,egress,timeout,ask,fork,honest,golden,hunt,canary,publish,full"),
        GoldenPath(name: "unpatchable-dependency-worst", scenario: "unpatchable-dependency", seed: "5365417571009783453",
                   choices: "open,grep,assume,done,accept,later,close"),
        GoldenPath(name: "upstream-backdoor-best", scenario: "upstream-backdoor", seed: "0",
                   choices: "declare,sbom,classify,block,image,rebuild,rebuild-base,rebuild-purge,proactive,advisory,block-and-watch,blameless"),
        GoldenPath(name: "upstream-backdoor-middling", scenario: "upstream-backdoor", seed: "0",
                   choices: "declare,sbom,classify,block,image,rebuild,downgrade-live,rebuild-purge,proactive,advisory,bastions-only,board"),
        GoldenPath(name: "upstream-backdoor-worst", scenario: "upstream-backdoor", seed: "0",
                   choices: "morning,ansible,downgrade-all,image,keep,downgrade-live,not-affected,advisory,weekly-scan,board"),
        GoldenPath(name: "ci-secret-exfiltration-best", scenario: "ci-secret-exfiltration", seed: "0",
                   choices: "declare,ci-history,inventory,freeze-rotate,audit,verify-all,record,facts,layers,fix,harden,blameless"),
        GoldenPath(name: "ci-secret-exfiltration-middling", scenario: "ci-secret-exfiltration", seed: "0",
                   choices: "declare,ci-history,inventory,top-five,audit,verify-all,record,facts,layers,fix,harden,blameless"),
        GoldenPath(name: "ci-secret-exfiltration-worst", scenario: "ci-secret-exfiltration", seed: "0",
                   choices: "verify,grep-today,inventory,top-five,skip,trust-registry,record,codecovs-problem,not-ours,drop-codecov,vendor-review"),
    ]

    @Test(arguments: goldens)
    func jsonOutputMatchesItsGoldenFile(golden: GoldenPath) throws {
        let result = try CLIRunner.run(["play", "Scenarios/\(golden.scenario).json", "--playbook", "Playbooks/\(golden.scenario).json",
                                        "--choices", golden.choices, "--seed", golden.seed, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = try String(contentsOf: Binary.repositoryRoot.appendingPathComponent("Tests/TabletopCLITests/Golden/play-\(golden.name).json"), encoding: .utf8)
        #expect(result.stdout == expected)
        // It is one JSON object that a standard parser reads.
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["scenario"] as? String == golden.scenario)
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
