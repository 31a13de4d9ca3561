import Foundation
import Testing
@testable import TabletopCore

@Suite("tabletop new: the starter drill")
struct StarterDrillTests {
    static func loaded() throws -> (Scenario, Playbook) {
        let scenario = try TestSupport.scenario(StarterDrill.scenario(id: "vendor-outage"))
        return (scenario, try TestSupport.playbook(StarterDrill.playbook(id: "vendor-outage"), for: scenario))
    }

    @Test func validatesWithoutAWarningAlone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-new-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try StarterDrill.write(id: "vendor-outage", into: folder.path)
        #expect(written.map { FilePath.lastComponent(of: $0) } == ["vendor-outage.json", "vendor-outage.json", "scenario.schema.json", "playbook.schema.json"])
        let report = Validation.run(paths: Array(written.prefix(2)), strict: true)
        #expect(report.status == .ok, "\(report.files.flatMap(\.diagnostics).map(\.text))")
        #expect(report.warningCount == 0 && report.errorCount == 0)
        #expect(throws: FileWriteError.self) { try StarterDrill.write(id: "vendor-outage", into: folder.path) }
    }

    @Test func everySceneAndEndingIsReachedWithoutADeadEndAndEveryExpectationCanBeMet() throws {
        let (scenario, playbook) = try Self.loaded()
        let explorer = Explorer(scenario: scenario, playbook: playbook)
        for report in [explorer.exhaustive(seed: 0, maxDepth: 50, maxStates: 100_000), explorer.randomRuns(500, seed: 1, maxDepth: 50)] {
            #expect(!report.foundDeadEnd)
            #expect(!report.stateCapReached && report.cutOff == 0)
            #expect(report.sceneCounts.allSatisfy { $0 > 0 }, "\(report.sceneCounts)")
            #expect(report.endingCounts.allSatisfy { $0 > 0 })
            #expect(report.unmetExpectations.isEmpty)
            #expect(report.scores?.highest.score == 100)
        }
    }

    /// Every key of both formats, every effect, condition function and variable type appears in the starter.
    @Test func usesEveryFeatureOfTheFormats() throws {
        func keys(_ value: Any, into set: inout Set<String>) {
            if let object = value as? [String: Any] {
                for (key, member) in object { set.insert(key); keys(member, into: &set) }
            } else if let array = value as? [Any] {
                for element in array { keys(element, into: &set) }
            }
        }
        let scenarioText = StarterDrill.scenario(id: "x"), playbookText = StarterDrill.playbook(id: "x")
        var found: Set<String> = []
        keys(try JSONSerialization.jsonObject(with: Data(scenarioText.utf8)), into: &found)
        keys(try JSONSerialization.jsonObject(with: Data(playbookText.utf8)), into: &found)
        let every: Set<String> = [
            "$schema", "format", "id", "title", "summary", "tags", "difficulty", "estimatedMinutes", "author", "version",
            "objectives", "references", "url", "roles", "name", "brief", "variables", "type", "initial", "min", "max", "values",
            "label", "hidden", "actions", "start", "scenes", "phase", "narrative", "injects", "from", "channel", "text", "when",
            "prompt", "options", "role", "effects", "set", "to", "add", "by", "roll", "sides", "takes", "feedback", "next",
            "timeLimit", "onTimeout", "endings", "outcome", "at",
            "scenarios", "partialCredit", "expectations", "action", "anyOf", "weight", "after", "critical", "owner", "why", "avoid", "penalty",
        ]
        #expect(every.subtracting(found).isEmpty, "missing: \(every.subtracting(found).sorted())")
        #expect(found.contains { $0.hasPrefix("x-") })
        for feature in ["visited('", "chose('", "did('", "elapsed()", " + ", " or ", " and ", "not ", "== '", "\"type\": \"enum\"", "\"type\": \"bool\""] {
            #expect(scenarioText.contains(feature), "\(feature)")
        }
        for outcome in Outcome.allCases { #expect(scenarioText.contains("\"outcome\": \"\(outcome.rawValue)\"")) }
    }

    @Test func theTitleComesFromTheID() {
        #expect(StarterDrill.title(for: "vendor-outage") == "Vendor outage")
        #expect(StarterDrill.scenario(id: "a1").contains(#""title": "A1","#))
    }
}
