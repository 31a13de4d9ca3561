import Testing
@testable import TabletopCore

@Suite("Explore: random runs and exhaustive search")
struct ExplorerTests {
    /// `skip` leads to `s2` with `ready` still false, where the only option needs it: a dead end.
    static let deadEnd = TestSupport.minimalScenario(
        scenes: """
        [{"id": "s1", "title": "One", "phase": "detection", "narrative": "N", "prompt": "P",
          "options": [{"id": "prepare", "label": "Prepare", "effects": [{"set": "ready", "to": true}], "next": "s2"},
                      {"id": "skip", "label": "Skip", "next": "s2"}]},
         {"id": "s2", "title": "Two", "phase": "containment", "narrative": "N", "prompt": "P",
          "options": [{"id": "finish", "label": "Finish", "when": "ready", "next": "end"}]}]
        """,
        variables: #"{"ready": {"type": "bool", "initial": false}}"#)

    /// The route to `secret` needs more than a day, but the drill lasts ten minutes: statically linked, never reached.
    static let plantedUnreachable = TestSupport.minimalScenario(
        scenes: """
        [{"id": "s1", "title": "One", "phase": "detection", "narrative": "N", "prompt": "P",
          "options": [{"id": "go", "label": "Go", "takes": "10m", "next": [{"to": "hidden", "when": "elapsed() > 1d"}, {"to": "end"}]},
                      {"id": "stop", "label": "Stop", "next": "bad"}]},
         {"id": "hidden", "title": "Hidden", "phase": "containment", "narrative": "N", "prompt": "P",
          "options": [{"id": "out", "label": "Out", "next": "secret"}]}]
        """,
        endings: #"[{"id": "end", "title": "End", "narrative": "Done.", "outcome": "success"}, {"id": "bad", "title": "Bad", "narrative": "Oops.", "outcome": "failure"}, {"id": "secret", "title": "Secret", "narrative": "Never.", "outcome": "partial"}]"#)

    /// Two decisions, six paths; the scores are worked out by hand below.
    static let scored = TestSupport.minimalScenario(
        scenes: """
        [{"id": "s1", "title": "Detect", "phase": "detection", "narrative": "N", "prompt": "P",
          "options": [{"id": "a", "label": "Declare", "actions": ["sc.declare-incident"], "takes": "10m", "next": "s2"},
                      {"id": "b", "label": "Wait", "takes": "40m", "next": "s2"}]},
         {"id": "s2", "title": "Contain", "phase": "containment", "narrative": "N", "prompt": "P",
          "options": [{"id": "c", "label": "Block", "actions": ["sc.block-package-version"], "takes": "20m", "next": "end"},
                      {"id": "d", "label": "Blame", "actions": ["RA2201"], "takes": "5m", "next": "bad"},
                      {"id": "e", "label": "Both", "actions": ["sc.block-package-version", "RA2201"], "next": "bad"}]}]
        """)

    /// x1 (weight 2, by 30m), x2 (weight 2, after x1, by 1h), x3 (weight 1, by 5m: always late); avoid v (penalty 1). Total 5.
    static let playbook = """
        {"format": "tabletop-playbook/1", "id": "p", "title": "P",
         "expectations": [
           {"id": "x1", "title": "Declare", "phase": "detection", "action": "sc.declare-incident", "weight": 2, "by": "30m", "why": "W"},
           {"id": "x2", "title": "Block", "phase": "containment", "action": "sc.block-package-version", "weight": 2, "by": "1h", "after": ["x1"], "why": "W"},
           {"id": "x3", "title": "Block fast", "phase": "containment", "action": "sc.block-package-version", "by": "5m", "why": "W"}],
         "avoid": [{"id": "v", "title": "Blame", "action": "RA2201", "penalty": 1, "why": "W"}]}
        """

    static func explorer(_ json: String, playbook: String? = nil) throws -> (Scenario, Explorer) {
        let scenario = try TestSupport.scenario(json)
        let book = try playbook.map { try TestSupport.playbook($0, for: scenario) }
        return (scenario, Explorer(scenario: scenario, playbook: book))
    }

    @Test(arguments: [true, false])
    func findsThePlantedDeadEndAndTheChoicesThatLeadThere(exhaustive: Bool) throws {
        let (scenario, explorer) = try Self.explorer(Self.deadEnd)
        let report = exhaustive ? explorer.exhaustive(seed: 0, maxDepth: 50, maxStates: 1000) : explorer.randomRuns(50, seed: 3, maxDepth: 50)
        #expect(report.foundDeadEnd)
        #expect(report.deadEnds.map { scenario.scenes[$0.scene].id } == ["s2"])
        #expect(report.deadEnds.first?.path.choiceIDs(in: scenario) == ["skip"])
        #expect(report.endingCounts[0] > 0)
    }

    @Test func findsThePlantedUnreachableSceneAndEnding() throws {
        let (scenario, explorer) = try Self.explorer(Self.plantedUnreachable)
        let report = explorer.exhaustive(seed: 0, maxDepth: 50, maxStates: 1000)
        #expect(!report.stateCapReached)
        #expect(!report.foundDeadEnd)
        #expect(scenario.endings.indices.filter { report.endingCounts[$0] == 0 }.map { scenario.endings[$0].id } == ["secret"])
        #expect(scenario.scenes.indices.filter { report.sceneCounts[$0] == 0 }.map { scenario.scenes[$0].id } == ["hidden"])
        let random = explorer.randomRuns(100, seed: 1, maxDepth: 50)
        #expect(random.endingCounts[2] == 0 && random.endingCounts[0] > 0 && random.endingCounts[1] > 0)
    }

    /// By hand, out of 5: a,c = 2+2+0.5 = 90.0; a,d = 2-1 = 20.0; a,e = 2+2+0.5-1 = 70.0;
    /// b,c = 1 (x2 out of order) + 0.5 = 30.0; b,d = 0-1 -> 0.0; b,e = 1+0.5-1 = 10.0. Median (20+30)/2 = 25.0.
    @Test(arguments: [true, false])
    func reportsTheTrueBestAndWorstScores(exhaustive: Bool) throws {
        let (scenario, explorer) = try Self.explorer(Self.scored, playbook: Self.playbook)
        let report = exhaustive ? explorer.exhaustive(seed: 0, maxDepth: 50, maxStates: 1000) : explorer.randomRuns(400, seed: 9, maxDepth: 50)
        let scores = try #require(report.scores)
        #expect(scores.lowest.score == 0)
        #expect(scores.lowest.path.choiceIDs(in: scenario) == ["b", "d"])
        #expect(scores.highest.score == 90)
        #expect(scores.highest.path.choiceIDs(in: scenario) == ["a", "c"])
        if exhaustive {
            #expect(report.finished == 6)
            #expect(scores.median == 25)
        }
        #expect(report.unmetExpectations == [2])
        #expect(report.bestStatus == [.met, .met, .partial])
    }

    @Test func theSameSeedGivesTheSameReport() throws {
        let (scenario, explorer) = try Self.explorer(Self.scored, playbook: Self.playbook)
        let first = explorer.randomRuns(50, seed: 42, maxDepth: 10).json(scenario: scenario, playbook: nil)
        #expect(first == explorer.randomRuns(50, seed: 42, maxDepth: 10).json(scenario: scenario, playbook: nil))
        #expect(first != explorer.randomRuns(50, seed: 43, maxDepth: 10).json(scenario: scenario, playbook: nil))
    }

    @Test func aLoopIsCutOffAtTheMaximumDepthAndTheStateCapStopsTheSearch() throws {
        let (_, explorer) = try Self.explorer(TestSupport.minimalScenario(scenes: """
            [{"id": "s1", "title": "One", "phase": "detection", "narrative": "N", "prompt": "P",
              "options": [{"id": "wait", "label": "Wait", "takes": "1m", "next": "s1"}, {"id": "go", "label": "Go", "next": "end"}]}]
            """))
        let report = explorer.exhaustive(seed: 0, maxDepth: 20, maxStates: 1000)
        #expect(report.cutOff == 1)
        #expect(report.completeDepth == 20)
        #expect(report.finished == 20)
        let capped = explorer.exhaustive(seed: 0, maxDepth: 1000, maxStates: 10)
        #expect(capped.stateCapReached && capped.states == 10)
        let short = explorer.randomRuns(10, seed: 0, maxDepth: 3)
        #expect(short.cutOff + short.finished == 10)
    }

    @Test func aTimeoutIsAChoice() throws {
        let (_, explorer) = try Self.explorer(TestSupport.minimalScenario(scenes: """
            [{"id": "s1", "title": "One", "phase": "detection", "narrative": "N", "prompt": "P", "timeLimit": "30s",
              "onTimeout": {"next": "bad"},
              "options": [{"id": "go", "label": "Go", "next": "end"}]}]
            """))
        let report = explorer.exhaustive(seed: 0, maxDepth: 5, maxStates: 100)
        #expect(report.endingCounts == [1, 1])
        #expect(explorer.choices(explorer.engine.start(seed: 0).state) == [.option(0), .timeout])
    }
}
