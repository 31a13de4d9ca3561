import Foundation
import Testing
@testable import TabletopCore

/// Every lint code has a fixture that triggers it, exactly once and at the offending value, and a twin that differs in one place and is clean.
@Suite("Lint: W3xx warnings")
struct ScenarioLintTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var stem: String
        var code: String
        var line: Int
        var column: Int
        init(_ stem: String, _ code: String, _ line: Int, _ column: Int) {
            (self.stem, self.code, self.line, self.column) = (stem, code, line, column)
        }
        var testDescription: String { "\(code) (\(stem))" }
    }

    static let cases: [Case] = [
        Case("W301-unreachable-scene", "W301", 76, 13),
        Case("W302-possible-dead-end", "W302", 58, 18),
        Case("W303-variable-never-read", "W303", 19, 5),
        Case("W304-variable-never-changed", "W304", 19, 5),
        Case("W305-option-makes-no-difference", "W305", 74, 17),
        Case("W306-self-loop", "W306", 53, 19),
        Case("W307-inject-too-late", "W307", 93, 13),
        Case("W308-duplicate-labels", "W308", 46, 20),
        Case("W309-unreachable-ending", "W309", 90, 13),
        Case("W310-route-never-tried", "W310", 52, 13),
        Case("W311-declared-action-unused", "W311", 91, 5),
        Case("W312-option-never-offered", "W312", 53, 19),
    ]

    static let folder = "Tests/TabletopCoreTests/Fixtures/Lint"

    static func diagnostics(_ file: String, strict: Bool = false) -> [TabletopCore.Diagnostic] {
        Validation.run(paths: [TestSupport.repositoryRoot.appendingPathComponent("\(folder)/\(file)").path], strict: strict).files.flatMap(\.diagnostics)
    }

    @Test(arguments: cases)
    func theWarnsFileTriggersItsCodeOnceAtTheOffendingValue(_ lintCase: Case) {
        let found = Self.diagnostics("\(lintCase.stem).warns.json")
        #expect(found.map(\.code) == [lintCase.code], "got: \(found.map(\.text))")
        #expect(found.first?.severity == .warning)
        #expect(found.first?.location == TabletopCore.SourcePosition(line: lintCase.line, column: lintCase.column))
    }

    @Test(arguments: cases)
    func theCleanFileHasNoWarnings(_ lintCase: Case) {
        let found = Self.diagnostics("\(lintCase.stem).clean.json")
        #expect(found.isEmpty, "got: \(found.map(\.text))")
    }

    @Test func everyLintCodeInTheSourcesHasAFixturePair() throws {
        let folder = TestSupport.repositoryRoot.appendingPathComponent("Sources/TabletopCore/Lint")
        var codes: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for match in text.matches(of: /"(W3\d\d)"/) { codes.insert(String(match.1)) }
        }
        #expect(codes == Set(Self.cases.map(\.code)))
    }

    @Test func strictTurnsWarningsIntoErrors() {
        let report = Validation.run(paths: [TestSupport.repositoryRoot.appendingPathComponent("\(Self.folder)/W301-unreachable-scene.warns.json").path], strict: true)
        #expect(report.status == .dataError)
        #expect(report.files[0].diagnostics.map(\.severity) == [.error])
    }

    @Test func theBundledFilesHaveNoWarnings() throws {
        var paths: [String] = []
        for folder in ["Scenarios", "Playbooks"] {
            let url = TestSupport.repositoryRoot.appendingPathComponent(folder)
            paths += try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".json") }.map { url.appendingPathComponent($0).path }
        }
        let report = Validation.run(paths: paths, strict: true)
        #expect(report.status == .ok, "\(report.files.flatMap(\.diagnostics).map(\.text))")
    }

    @Test func aDeadEndNamesTheValuesThatCauseIt() {
        let found = Self.diagnostics("W302-possible-dead-end.warns.json")
        #expect(found.first?.message.hasSuffix("none is offered when level = 0") == true)
    }

    @Test func aLoopThatTakesTimeMakesEveryInjectTimePossible() throws {
        let scenario = try TestSupport.scenario(TestSupport.minimalScenario(scenes: """
            [{"id": "s1", "title": "One", "phase": "detection", "narrative": "N", "prompt": "P",
              "options": [{"id": "wait", "label": "Wait", "takes": "1h", "next": "s1"}, {"id": "go", "label": "Go", "next": "end"}]}]
            """))
        #expect(StoryGraph(scenario: scenario).longestTime(from: 0) == nil)
    }

    @Test func aLongChainNeedsNoDeepRecursion() throws {
        let count = 20_000
        let scenes = (0..<count).map { index in
            #"{"id": "s\#(index)", "title": "T", "phase": "detection", "narrative": "N", "prompt": "P", "options": [{"id": "go", "label": "Go", "takes": "1m", "next": "\#(index + 1 < count ? "s\(index + 1)" : "end")"}]}"#
        }
        let scenario = try TestSupport.scenario(TestSupport.minimalScenario(scenes: "[" + scenes.joined(separator: ",") + "]", start: "s0"))
        let graph = StoryGraph(scenario: scenario)
        #expect(graph.longestTime(from: 0) == count)
        #expect(graph.reachableScenes.allSatisfy { $0 })
    }
}
