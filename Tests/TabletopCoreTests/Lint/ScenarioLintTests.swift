import Foundation
import Testing
@testable import TabletopCore

/// Every lint code has a fixture that triggers it, exactly once and at the offending value, and a twin that differs in one place and is clean.
@Suite("Lint: W3xx warnings")
struct ScenarioLintTests {
    /// A fixture stem (`.warns.json` and `.clean.json`), the code and where the warning points.
    typealias Case = MalformedCorpusTests.Expectation

    static let cases: [Case] = [
        Case(file: "W301-unreachable-scene", code: "W301", line: 76, column: 13),
        Case(file: "W302-possible-dead-end", code: "W302", line: 58, column: 18),
        Case(file: "W303-variable-never-read", code: "W303", line: 19, column: 5),
        Case(file: "W304-variable-never-changed", code: "W304", line: 19, column: 5),
        Case(file: "W305-option-makes-no-difference", code: "W305", line: 74, column: 17),
        Case(file: "W306-self-loop", code: "W306", line: 53, column: 19),
        Case(file: "W307-inject-too-late", code: "W307", line: 93, column: 13),
        Case(file: "W308-duplicate-labels", code: "W308", line: 46, column: 20),
        Case(file: "W309-unreachable-ending", code: "W309", line: 90, column: 13),
        Case(file: "W310-route-never-tried", code: "W310", line: 52, column: 13),
        Case(file: "W311-declared-action-unused", code: "W311", line: 91, column: 5),
        Case(file: "W312-option-never-offered", code: "W312", line: 53, column: 19),
    ]

    static let folder = "Tests/TabletopCoreTests/Fixtures/Lint"

    static func diagnostics(_ file: String, strict: Bool = false) -> [TabletopCore.Diagnostic] {
        Validation.run(paths: [TestSupport.repositoryRoot.appendingPathComponent("\(folder)/\(file)").path], strict: strict).files.flatMap(\.diagnostics)
    }

    @Test(arguments: cases)
    func theWarnsFileTriggersItsCodeOnceAtTheOffendingValue(_ lintCase: Case) {
        let found = Self.diagnostics("\(lintCase.file).warns.json")
        #expect(found.map(\.code) == [lintCase.code], "got: \(found.map(\.text))")
        #expect(found.first?.severity == .warning)
        #expect(found.first?.location == TabletopCore.SourcePosition(line: lintCase.line, column: lintCase.column))
    }

    @Test(arguments: cases)
    func theCleanFileHasNoWarnings(_ lintCase: Case) {
        let found = Self.diagnostics("\(lintCase.file).clean.json")
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

    /// Labels are compared pairwise in a scene of few options (the W308 fixture) and hashed first in one of many.
    @Test(arguments: [6, 20])
    func duplicateLabelsAreFoundAmongFewOrManyOptions(_ count: Int) throws {
        var labels = (0..<count).map { "Option \($0)" }
        labels[count - 2] = "  option   3 "
        labels[count - 1] = "OPTION 3"
        let options = labels.enumerated().map { #"{"id": "o\#($0.offset)", "label": "\#($0.element)", "takes": "1m", "next": "end"}"# }
        let text = TestSupport.minimalScenario(scenes: #"[{"id": "s1", "title": "One", "phase": "detection", "narrative": "N", "prompt": "P", "options": ["# + options.joined(separator: ",") + "]}]")
        let document = try JSONDocument(bytes: Array(text.utf8))
        let (result, map) = ScenarioLoader.loadLocated(document: document, file: "test.json")
        let scenario = try #require(result.value)
        let warnings = ScenarioLint.diagnostics(for: scenario, sourceMap: map, document: document, file: "test.json").filter { $0.code == "W308" }
        #expect(warnings.map(\.message) == [
            "options 'o3' and 'o\(count - 2)' have the same label, so the team cannot tell them apart",
            "options 'o3' and 'o\(count - 1)' have the same label, so the team cannot tell them apart",
        ])
    }

    /// The loader notes the first eight compared bytes of each label; labels that share them are read again in full.
    @Test func labelsThatShareTheirFirstEightLettersAreComparedInFull() throws {
        let labels = ["Isolate the runners now", "ISOLATE  the runners later", "isolate\\tthe runners NOW"]
        let options = labels.enumerated().map { #"{"id": "o\#($0.offset)", "label": "\#($0.element)", "takes": "1m", "next": "end"}"# }
        let text = TestSupport.minimalScenario(scenes: #"[{"id": "s1", "title": "One", "phase": "detection", "narrative": "N", "prompt": "P", "options": ["# + options.joined(separator: ",") + "]}]")
        let document = try JSONDocument(bytes: Array(text.utf8))
        let (result, map) = ScenarioLoader.loadLocated(document: document, file: "test.json")
        let scenario = try #require(result.value)
        #expect(map.options.map(\.labelPrefix) == Array(repeating: 0x2065_7461_6c6f_7369, count: 3))
        let warnings = ScenarioLint.diagnostics(for: scenario, sourceMap: map, document: document, file: "test.json").filter { $0.code == "W308" }
        #expect(warnings.map(\.message) == ["options 'o0' and 'o2' have the same label, so the team cannot tell them apart"])
    }

    @Test func aLabelPrefixHoldsTheFirstEightComparedBytes() {
        func prefix(_ label: String) -> UInt64 { Array(label.utf8).withUnsafeBufferPointer { LabelText.prefix($0) } }
        #expect(prefix("  Go \t HOME ") == 0x65_6d6f_6820_6f67)
        #expect(prefix("go home") == prefix("GO   Home"))
        #expect(prefix("") == 0)
    }

    @Test func labelPrefixesMatchTheComparedFormOfRandomLabels() {
        // The compared form spelled out: ASCII letters lowercased, runs of white space one space, none at the ends.
        func comparedPrefix(_ label: [UInt8]) -> UInt64 {
            let words = label.map { $0 &- 0x41 < 26 ? $0 + 0x20 : $0 }.split { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
            let form = Array(words.joined(separator: [0x20]).prefix(8))
            return form.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        }
        var generator = SplitMix64(seed: 0x1abe1)
        let alphabet = Array("aZ m\t\n\r-Q.".utf8) + [0xC3, 0xA9]
        for _ in 0..<5_000 {
            let label = (0..<Int.random(in: 0..<14, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            #expect(label.withUnsafeBufferPointer { LabelText.prefix($0) } == comparedPrefix(label), "\(label)")
        }
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
