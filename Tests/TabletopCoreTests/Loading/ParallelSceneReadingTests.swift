import Testing
@testable import TabletopCore

/// A large scenario's scenes are indexed and read on two threads; the result must be what one thread gives.
@Suite("Scenes indexed and read on two threads")
struct ParallelSceneReadingTests {
    /// A scenario of `count` scenes, one per line, chained s0 -> s1 -> ... -> end; `extra(i)` adds members to scene i's first option.
    static func chain(_ count: Int, extra: (Int) -> String = { _ in "" }) -> String {
        let scenes = (0..<count).map { index in
            let next = index + 1 < count ? "s\(index + 1)" : "end"
            return #"{"id": "s\#(index)", "title": "Scene \#(index)", "phase": "detection", "narrative": "N \#(index)", "prompt": "P", "#
                + #""options": [{"id": "go", "label": "Go", "actions": ["a.step-\#(index % 7)"], "next": "\#(next)"\#(extra(index))}, "#
                + #"{"id": "wait", "label": "Wait", "when": "chose('s\#(max(index - 1, 0))/go')", "actions": ["a.shared"], "next": "\#(next)"}]}"#
        }
        return TestSupport.minimalScenario(scenes: "[\n" + scenes.joined(separator: ",\n") + "\n]", start: "s0")
    }

    /// Loads `json` both ways and expects the same diagnostics and, when it loads, the same scenario.
    static func expectSameBothWays(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> LoadResult<Scenario> {
        let document = try JSONDocument(bytes: Array(json.utf8))
        let parallel = ScenarioLoader.loadLocated(document: document, file: "big.json", catalogue: .builtIn, keepsProse: true, sceneThreads: 2)
        let sequential = ScenarioLoader.loadLocated(document: document, file: "big.json", catalogue: .builtIn, keepsProse: true, sceneThreads: 1)
        #expect(parallel.result.diagnostics == sequential.result.diagnostics, sourceLocation: sourceLocation)
        #expect((parallel.result.value == nil) == (sequential.result.value == nil), sourceLocation: sourceLocation)
        if let one = parallel.result.value, let other = sequential.result.value {
            #expect(one.scenes.map(\.id) == other.scenes.map(\.id), sourceLocation: sourceLocation)
            #expect(one.actionIDs == other.actionIDs, sourceLocation: sourceLocation)
            #expect(one.optionOwners.map { [$0.scene, $0.option] } == other.optionOwners.map { [$0.scene, $0.option] }, sourceLocation: sourceLocation)
            #expect(one.scenes.map(\.timeoutIndex) == other.scenes.map(\.timeoutIndex), sourceLocation: sourceLocation)
            #expect(one.scenes.flatMap { $0.options.map(\.globalIndex) } == other.scenes.flatMap { $0.options.map(\.globalIndex) }, sourceLocation: sourceLocation)
            #expect(one.scenes.flatMap { $0.options.map(\.consequence.actions) } == other.scenes.flatMap { $0.options.map(\.consequence.actions) }, sourceLocation: sourceLocation)
            #expect(parallel.sourceMap.scenes.map(\.id) == sequential.sourceMap.scenes.map(\.id), sourceLocation: sourceLocation)
            #expect(parallel.sourceMap.options.map(\.next) == sequential.sourceMap.options.map(\.next), sourceLocation: sourceLocation)
        }
        return parallel.result
    }

    @Test("A valid 300-scene scenario loads the same on two threads as on one, the actions options perform interned in file order")
    func validScenario() throws {
        let result = try Self.expectSameBothWays(Self.chain(300))
        let scenario = try #require(result.value)
        #expect(scenario.scenes.count == 300)
        #expect(scenario.actionIDs.prefix(3) == ["a.step-0", "a.shared", "a.step-1"])
        for (sceneIndex, scene) in scenario.scenes.enumerated() {
            for (position, option) in scene.options.enumerated() {
                #expect(scenario.optionOwners[option.globalIndex] == (sceneIndex, position))
            }
        }
    }

    @Test("Errors in both halves are all reported, in file order, at their lines")
    func errorsInBothHalves() throws {
        let json = Self.chain(300) { index in
            switch index {
            case 3: return #", "role": "nobody""#
            case 296: return #", "takes": "forever""#
            default: return ""
            }
        }
        let result = try Self.expectSameBothWays(json)
        #expect(result.value == nil)
        // Lines 1-5 are the scenario's header; scene i stands on line 6 + i.
        #expect(result.errors.map(\.code) == ["E301", "E207"])
        #expect(result.errors.map(\.location.line) == [9, 302])
    }

    @Test("Duplicate scene ids across and within the halves, a duplicate option id, and a scene of 20 options named from another scene: the same on two threads")
    func duplicatesAndManyOptions() throws {
        var json = Self.chain(300) { index in
            // Scene 260 names the 18th of scene 280's options in a condition on its first option.
            index == 260 ? #", "when": "chose('s280/extra-17')""# : ""
        }
        json = json
            .replacing(#"{"id": "s200", "title""#, with: #"{"id": "s20", "title""#)
            .replacing(#"{"id": "s240", "title""#, with: #"{"id": "s230", "title""#)
            .replacing(#"{"id": "wait", "label": "Wait", "when": "chose('s249/go')""#, with: #"{"id": "go", "label": "Wait", "when": "chose('s249/go')""#)
        let extra = (0..<20).map { #"{"id": "extra-\#($0)", "label": "Extra \#($0)", "next": "end"}"# }.joined(separator: ", ")
        json = json.replacing(#""when": "chose('s279/go')", "actions": ["a.shared"], "next": "s281"}]"#,
                              with: #""when": "chose('s279/go')", "actions": ["a.shared"], "next": "s281"}, \#(extra)]"#)
        let result = try Self.expectSameBothWays(json)
        #expect(result.errors.map(\.code).contains("E205"))
        #expect(result.errors.filter { $0.code == "E205" }.map(\.location.line) == [6 + 200, 6 + 240, 6 + 250])
        #expect(!result.errors.contains { $0.message.contains("extra-17") })
    }

    @Test("Timed scenes in both halves: their timeouts numbered after every option, in file order, named by chose(); an action only the later half performs")
    func timeoutsInBothHalves() throws {
        let json = Self.chain(300) { $0 == 11 ? #", "when": "chose('s250/timeout')""# : "" }
        .replacing(#"{"id": "s10", "title": "Scene 10", "phase": "detection","#,
                   with: #"{"id": "s10", "title": "Scene 10", "phase": "detection", "timeLimit": "30s", "onTimeout": {"actions": ["a.late"], "next": "end"},"#)
        .replacing(#"{"id": "s250", "title": "Scene 250", "phase": "detection","#,
                   with: #"{"id": "s250", "title": "Scene 250", "phase": "detection", "timeLimit": "30s", "onTimeout": {"actions": ["a.later"], "next": "s251"},"#)
        let result = try Self.expectSameBothWays(json)
        let scenario = try #require(result.value)
        #expect(scenario.scenes[10].timeoutIndex == 600)
        #expect(scenario.scenes[250].timeoutIndex == 601)
        #expect(scenario.actionIDs.suffix(2) == ["a.late", "a.later"])
    }

    @Test("A condition naming an action no option performs: read again, the warning where one thread puts it")
    func conditionNamesAnUnperformedAction() throws {
        let json = Self.chain(300) { index in index == 280 ? #", "when": "did('z.never-done')""# : "" }
        let result = try Self.expectSameBothWays(json)
        let scenario = try #require(result.value)
        #expect(scenario.actionIDs.last == "z.never-done")
        #expect(result.diagnostics.filter { $0.code == "W202" }.map(\.location.line).contains(286))
    }

    @Test("Actions only conditions name, in both halves, are numbered in the order one thread meets them")
    func unperformedActionsInBothHalves() throws {
        let json = Self.chain(300) { index in
            switch index {
            case 20: return #", "when": "did('z.first') or did('z.second')""#
            case 250: return #", "when": "did('z.third') and did('z.first')""#
            case 280: return #", "when": "did('z.second')""#
            default: return ""
            }
        }
        let result = try Self.expectSameBothWays(json)
        let scenario = try #require(result.value)
        #expect(scenario.actionIDs.suffix(3) == ["z.first", "z.second", "z.third"])
    }
}

/// Lint of a large scenario runs on two threads; the warnings must be those one thread gives, in the same order.
@Suite("Lint on two threads")
struct ParallelLintTests {
    @Test("Warnings in both halves of a 300-scene scenario: the same on two threads as on one")
    func warningsInBothHalves() throws {
        // Scene 149 is sent past scene 150, which nothing else leads to (W301, found by the first group of
        // checks); scene 290's two options read the same (W308, found by the second).
        let edited = ParallelSceneReadingTests.chain(300)
            .replacing(#""next": "s150""#, with: #""next": "s151""#)
            .replacing(#""label": "Wait", "when": "chose('s289/go')""#, with: #""label": " go ", "when": "chose('s289/go')""#)
        let document = try JSONDocument(bytes: Array(edited.utf8))
        let (result, map) = ScenarioLoader.loadLocated(document: document, file: "big.json")
        let scenario = try #require(result.value)
        let two = ScenarioLint.diagnostics(for: scenario, sourceMap: map, document: document, file: "big.json", threads: 2)
        let one = ScenarioLint.diagnostics(for: scenario, sourceMap: map, document: document, file: "big.json", threads: 1)
        #expect(two == one)
        #expect(two.contains { $0.code == "W308" && $0.location.line == 6 + 290 })
        #expect(two.contains { $0.code == "W301" && $0.message.contains("'s150'") })
    }

    @Test("The story graph and the usage tables gathered in two parts are those gathered whole")
    func partsAddUpToTheWhole() throws {
        let json = ParallelSceneReadingTests.chain(300) { index in
            switch index {
            case 40: return #", "takes": "2h", "effects": [{"add": "count", "by": 1}]"#
            case 140: return #", "next": [{"to": "s290", "when": "count > 1"}, {"to": "s141"}]"# // replaces its "next" below
            case 260: return #", "takes": "30m", "effects": [{"set": "flag", "to": true}], "when": "flag or count > 2""#
            default: return ""
            }
        }
        .replacing(#""next": "s141", "next""#, with: #""next""#)
        .replacing(#""variables": {}"#, with: #""variables": {"count": {"type": "int", "initial": 0}, "flag": {"type": "bool", "initial": false}}"#)
        .replacing(#""injects": []"#, with: #""injects": [{"id": "t1", "at": "10m", "from": "Press", "channel": "news", "text": "T", "when": "flag", "effects": [{"add": "count", "by": 2}]}]"#)
        let scenario = try TestSupport.scenario(json)
        let whole = StoryGraph(scenario: scenario), all = ScenarioUsage(scenario: scenario)
        for split in [0, 1, 150, 299, 300] {
            let parts = [0..<split, split..<300]
            let graph = StoryGraph(scenario: scenario, parts: parts.map { StoryGraph.EdgeList(scenario: scenario, scenes: $0) })
            #expect(graph.reachableScenes == whole.reachableScenes)
            #expect(graph.reachableEndings == whole.reachableEndings)
            #expect(graph.longestTime(from: 0) == whole.longestTime(from: 0))
            var usage = ScenarioUsage(scenario: scenario, scenes: parts[0], timedInjects: false)
            usage.add(ScenarioUsage(scenario: scenario, scenes: parts[1], timedInjects: true))
            #expect(usage.isRead == all.isRead)
            #expect(usage.isChosenInACondition == all.isChosenInACondition)
            #expect(usage.isPerformed == all.isPerformed)
            #expect("\(usage.effectsBySlot)" == "\(all.effectsBySlot)")
        }
        #expect(whole.longestTime(from: 0) == 150)
        #expect(all.isRead == [true, true])
        #expect(all.effectsBySlot.map(\.count) == [2, 1], "the timed inject's effect is counted once")
    }
}
