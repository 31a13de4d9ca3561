import Testing
@testable import TabletopCore

@Suite("Engine: the normative order of a decision")
struct EngineTests {
    /// Effects run before the clock; timed injects see the effects; routes see the injects' effects; scene injects see the new scene as visited.
    static let orderScenario = TestSupport.minimalScenario(
        scenes: """
        [{"id": "s1", "title": "One", "phase": "detection", "narrative": "N", "prompt": "P",
          "options": [{"id": "go", "label": "Go", "effects": [{"add": "n", "by": 5}], "takes": "30m",
                       "next": [{"to": "s2", "when": "flag"}, {"to": "s3"}]},
                      {"id": "wait", "label": "Wait", "takes": "10m", "next": "s1"},
                      {"id": "late", "label": "Late", "when": "elapsed() >= 20m", "next": "end"}]},
         {"id": "s2", "title": "Two", "phase": "containment", "narrative": "N", "prompt": "P",
          "injects": [{"from": "A", "channel": "chat", "text": "seen", "when": "visited('s2') and chose('s1/go')"},
                      {"from": "B", "channel": "chat", "text": "never", "when": "not flag"}],
          "options": [{"id": "end", "label": "End", "next": "end"}]},
         {"id": "s3", "title": "Three", "phase": "containment", "narrative": "N", "prompt": "P",
          "options": [{"id": "end", "label": "End", "next": "bad"}]}]
        """,
        variables: #"{"n": {"type": "int", "initial": 0, "min": 0, "max": 10}, "flag": {"type": "bool", "initial": false}}"#,
        injects: """
        [{"id": "check", "at": "30m", "when": "n == 5", "from": "X", "channel": "alert", "text": "n is 5", "effects": [{"set": "flag", "to": true}]},
         {"id": "opening", "at": "0m", "from": "X", "channel": "news", "text": "start"}]
        """)

    @Test func followsTheNormativeOrder() throws {
        let engine = Engine(scenario: try TestSupport.scenario(Self.orderScenario))
        var (state, startEvents) = engine.start(seed: 1)
        #expect(startEvents == [.timedInject(1), .sceneEntered(0)])
        let events = try engine.decide(.option(0), state: &state)
        guard case .decision(let decision) = events.first else { Issue.record("no decision first"); return }
        #expect(decision.sequence == 1)
        #expect(decision.clock == 0)
        #expect(decision.optionID == "go")
        #expect(Array(events.dropFirst()) == [.timedInject(0), .sceneEntered(1), .sceneInject(scene: 1, inject: 0)])
        #expect(state.clock == 30)
        #expect(state.values == [.int(5), .bool(true)])
        #expect(state.path == [.scene(0), .scene(1)])
    }

    @Test func timedInjectsFireOnlyInTheHalfOpenWindow() throws {
        let engine = Engine(scenario: try TestSupport.scenario(Self.orderScenario))
        var (state, _) = engine.start(seed: 1)
        // Three waits: 0->10, 10->20, 20->30. The inject at 30m fires on the third (t0=20 < 30 <= 30), only if n == 5 then: it is 0, so never.
        for _ in 0..<3 {
            let events = try engine.decide(.option(1), state: &state)
            #expect(!events.contains(.timedInject(0)))
        }
        #expect(state.clock == 30)
        // Its time has passed with the condition false: it never fires later, even once n is 5.
        let events = try engine.decide(.option(0), state: &state)
        #expect(!events.contains(.timedInject(0)))
        #expect(state.position == .scene(2))
    }

    @Test func conditionsOnOptionsDecideWhatIsOffered() throws {
        let engine = Engine(scenario: try TestSupport.scenario(Self.orderScenario))
        var (state, _) = engine.start(seed: 1)
        #expect(engine.offeredOptions(state) == [0, 1])
        #expect(throws: DecisionError.notOffered) { _ = try engine.decide(.option(2), state: &state) }
        #expect(throws: DecisionError.noTimeout) { _ = try engine.decide(.timeout, state: &state) }
        _ = try engine.decide(.option(1), state: &state)
        _ = try engine.decide(.option(1), state: &state)
        #expect(engine.offeredOptions(state) == [0, 1, 2])
        _ = try engine.decide(.option(2), state: &state)
        #expect(state.ending == 0)
        #expect(state.path.last == .ending(0))
        #expect(throws: DecisionError.ended) { _ = try engine.decide(.option(0), state: &state) }
    }

    @Test func aTimeoutCountsAsChoosingTheOptionTimeout() throws {
        // FORMATS.md section 2: onTimeout is "taken as if it were an option with id timeout", so chose('s1/timeout') names it.
        let scenario = try TestSupport.scenario(TestSupport.minimalScenario(scenes: """
            [{"id": "s1", "title": "T", "phase": "detection", "narrative": "N", "prompt": "P", "timeLimit": "1m",
              "onTimeout": {"next": "s2"}, "options": [{"id": "go", "label": "Go", "next": "s2"}]},
             {"id": "s2", "title": "U", "phase": "detection", "narrative": "N", "prompt": "P",
              "options": [{"id": "late", "label": "Late", "when": "chose('s1/timeout')", "next": "bad"},
                          {"id": "fine", "label": "Fine", "when": "not chose('s1/timeout')", "next": "end"}]}]
            """))
        let engine = Engine(scenario: scenario)
        var (timedOut, _) = engine.start(seed: 1)
        _ = try engine.decide(.timeout, state: &timedOut)
        #expect(engine.offeredOptions(timedOut) == [0])
        var (chosen, _) = engine.start(seed: 1)
        _ = try engine.decide(.option(0), state: &chosen)
        #expect(engine.offeredOptions(chosen) == [1])
    }

    @Test func chooseTimeoutNeedsAnOnTimeout() {
        let diagnostics = TestSupport.scenarioDiagnostics(TestSupport.minimalScenario(scenes: """
            [{"id": "s1", "title": "T", "phase": "detection", "narrative": "N", "prompt": "P",
              "options": [{"id": "go", "label": "Go", "when": "not chose('s1/timeout')", "next": "end"}]}]
            """))
        #expect(diagnostics.filter { $0.severity == .error }.map(\.code) == ["E404"])
    }

    @Test func injectsFireInTimeOrderWithTiesInFileOrder() throws {
        let scenario = try TestSupport.scenario(TestSupport.minimalScenario(
            scenes: #"[{"id": "s1", "title": "T", "phase": "detection", "narrative": "N", "prompt": "P", "options": [{"id": "go", "label": "Go", "takes": "2h", "next": "end"}]}]"#,
            injects: """
            [{"id": "c", "at": "90m", "from": "X", "channel": "email", "text": "c"},
             {"id": "a", "at": "1h", "from": "X", "channel": "email", "text": "a"},
             {"id": "b", "at": "90m", "from": "X", "channel": "email", "text": "b"},
             {"id": "d", "at": "2h1m", "from": "X", "channel": "email", "text": "d"}]
            """))
        let engine = Engine(scenario: scenario)
        var (state, _) = engine.start(seed: 0)
        let events = try engine.decide(.option(0), state: &state)
        #expect(events == [events[0], .timedInject(1), .timedInject(0), .timedInject(2), .ended(0)])
    }

    @Test func addAndRollClampToTheBounds() throws {
        let scenario = try TestSupport.scenario(TestSupport.minimalScenario(
            scenes: """
            [{"id": "s1", "title": "T", "phase": "detection", "narrative": "N", "prompt": "P", "options": [
              {"id": "up", "label": "Up", "effects": [{"add": "n", "by": 100}], "next": "s1"},
              {"id": "down", "label": "Down", "effects": [{"add": "n", "by": -9223372036854775807}, {"add": "n", "by": -5}], "next": "s1"},
              {"id": "roll", "label": "Roll", "effects": [{"roll": "n", "sides": 20}, {"roll": "d", "sides": 6}], "next": "s1"}]}]
            """,
            variables: #"{"n": {"type": "int", "initial": 5, "min": 0, "max": 10}, "d": {"type": "int", "initial": 0}}"#))
        let engine = Engine(scenario: scenario)
        var (state, _) = engine.start(seed: 42)
        _ = try engine.decide(.option(0), state: &state)
        #expect(state.values[0] == .int(10))
        _ = try engine.decide(.option(1), state: &state)
        #expect(state.values[0] == .int(0))
        let events = try engine.decide(.option(2), state: &state)
        guard case .decision(let decision) = events[0] else { Issue.record("no decision"); return }
        // Seed 42: the first d20 is 14 (clamped to 10), then a d6 from the next output.
        var reference = SplitMix64(seed: 42)
        let first = reference.roll(sides: 20), second = reference.roll(sides: 6)
        #expect(first == 14)
        #expect(decision.rolls == [Roll(slot: 0, value: 14), Roll(slot: 1, value: second)])
        #expect(state.values == [.int(10), .int(second)])
    }

    @Test func sameSeedSameChoicesSameRun() throws {
        let scenario = try TestSupport.scenario(String(decoding: try TestSupport.bytes("Scenarios/dependency-confusion.json"), as: UTF8.self))
        let play = HeadlessPlay(scenario: scenario, playbook: nil)
        let choices = ["declare", "sbom", "block", "rotate-token"]
        for seed: UInt64 in [0, 1, 2, 3, 99, .max] {
            let first = try play.run(seed: seed, choices: choices)
            let second = try play.run(seed: seed, choices: choices)
            #expect(first.state == second.state)
            #expect(first.events == second.events)
        }
    }
}
