import Testing
@testable import TabletopCore

/// The bundled drills meet the bar issue 5 sets: clean validation, the required shape, every scene
/// and ending reachable, no dead end, every expectation met on some path, and a best path that scores 100.
@Suite("Bundled drills")
struct BundledDrillTests {
    /// A drill and a path through it that a competent team would take, with the seed it was checked with.
    struct Drill: CustomTestStringConvertible, Sendable {
        var id: String
        var bestSeed: UInt64
        var bestPath: [String]
        var testDescription: String { id }
    }

    static let drills: [Drill] = [
        Drill(id: "dependency-confusion", bestSeed: 0,
              bestPath: ["declare", "sbom", "block", "rotate-all", "rebuild", "notify", "review"]),
        Drill(id: "oauth-token-theft", bestSeed: 0,
              bestPath: ["declare", "full-audit", "scan-history", "inventory", "deactivate", "review", "brief-now", "rotate-all", "disconnect", "notify", "facts", "reset-all", "actions-deploy", "blameless"]),
        Drill(id: "unpatchable-dependency", bestSeed: 0,
              bestPath: ["open", "sbom", "trace", "egress", "timeout", "strip-tell", "fork", "honest", "golden", "hunt", "canary", "publish", "full"]),
        Drill(id: "upstream-backdoor", bestSeed: 0,
              bestPath: ["declare", "sbom", "classify", "block", "image", "rebuild", "rebuild-base", "rebuild-purge", "proactive", "advisory", "block-and-watch", "blameless"]),
        Drill(id: "ci-secret-exfiltration", bestSeed: 0,
              bestPath: ["declare", "ci-history", "inventory", "freeze-rotate", "audit", "verify-all", "record", "facts", "layers", "fix", "harden", "blameless"]),
    ]

    private func load(_ id: String) throws -> (Scenario, Playbook) {
        let scenarioPath = "Scenarios/\(id).json", playbookPath = "Playbooks/\(id).json"
        let scenario = try #require(ScenarioLoader.load(bytes: try TestSupport.bytes(scenarioPath), file: scenarioPath).value)
        let playbook = try #require(PlaybookLoader.load(bytes: try TestSupport.bytes(playbookPath), file: playbookPath, scenario: scenario).value)
        return (scenario, playbook)
    }

    @Test(arguments: ["oauth-token-theft", "unpatchable-dependency", "upstream-backdoor", "ci-secret-exfiltration", "dependency-confusion"])
    func validatesStrictlyWithItsPlaybook(id: String) {
        let root = TestSupport.repositoryRoot.path
        let report = Validation.run(paths: ["\(root)/Scenarios/\(id).json", "\(root)/Playbooks/\(id).json"], strict: true)
        #expect(report.status == .ok)
        #expect(report.files.flatMap(\.diagnostics).map(\.text) == [])
    }

    @Test(arguments: ["oauth-token-theft", "unpatchable-dependency", "upstream-backdoor", "ci-secret-exfiltration"])
    func hasTheShapeOfAFullDrill(id: String) throws {
        let (scenario, playbook) = try load(id)
        #expect(scenario.scenes.count >= 12)
        #expect(Set(scenario.scenes.map(\.phase)).count >= 4)
        #expect(Set(scenario.endings.map(\.outcome)) == [.success, .partial, .failure])
        #expect(scenario.roles.count >= 3)
        #expect(scenario.variables.count >= 4)
        #expect(scenario.injects.count >= 2)
        #expect(scenario.injects.contains { !$0.effects.isEmpty })
        #expect(scenario.scenes.contains { $0.timeLimitSeconds != nil })
        #expect(!scenario.metadata.references.isEmpty)
        #expect(playbook.expectations.count >= 10)
        #expect(Set(playbook.expectations.map(\.phase)).count >= 4)
        #expect(playbook.expectations.contains { $0.by != nil })
        #expect(playbook.expectations.contains { !$0.after.isEmpty })
        #expect(playbook.expectations.allSatisfy { $0.owner != nil && !$0.why.isEmpty })
        #expect(playbook.avoid.count >= 3)
    }

    @Test(arguments: ["oauth-token-theft", "unpatchable-dependency", "upstream-backdoor", "ci-secret-exfiltration", "dependency-confusion"])
    func wideRandomPlayReachesEverythingAndNeverDeadEnds(id: String) throws {
        let (scenario, playbook) = try load(id)
        let report = Explorer(scenario: scenario, playbook: playbook).randomRuns(4000, seed: 2026, maxDepth: 200)
        #expect(report.deadEnds.isEmpty)
        #expect(report.cutOff == 0)
        let unreachedScenes = scenario.scenes.indices.filter { report.sceneCounts[$0] == 0 }.map { scenario.scenes[$0].id }
        let unreachedEndings = scenario.endings.indices.filter { report.endingCounts[$0] == 0 }.map { scenario.endings[$0].id }
        #expect(unreachedScenes == [])
        #expect(unreachedEndings == [])
        #expect(report.unmetExpectations.map { playbook.expectations[$0].id } == [])
    }

    @Test(arguments: drills)
    func theBestPathScores100(drill: Drill) throws {
        let (scenario, playbook) = try load(drill.id)
        let record = try HeadlessPlay(scenario: scenario, playbook: playbook).run(seed: drill.bestSeed, choices: drill.bestPath)
        let ending = try #require(record.state.ending)
        #expect(scenario.endings[ending].outcome == .success)
        #expect(record.score?.score == 100)
        #expect(record.score?.rating == .P)
    }
}
