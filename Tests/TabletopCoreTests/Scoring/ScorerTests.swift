import Testing
@testable import TabletopCore

@Suite("Scoring")
struct ScorerTests {
    /// One scene the team loops through; each option performs one action and takes 20 minutes.
    static let hub = TestSupport.minimalScenario(
        scenes: """
        [{"id": "hub", "title": "Hub", "phase": "detection", "narrative": "N", "prompt": "P", "options": [
          {"id": "a", "label": "A", "actions": ["x.a"], "takes": "20m", "next": "hub"},
          {"id": "b", "label": "B", "actions": ["x.b"], "takes": "20m", "next": "hub"},
          {"id": "c", "label": "C", "actions": ["x.c"], "takes": "20m", "next": "hub"},
          {"id": "ab", "label": "A and B", "actions": ["x.a", "x.b"], "takes": "20m", "next": "hub"},
          {"id": "oops", "label": "Oops", "actions": ["x.oops"], "next": "hub"},
          {"id": "worse", "label": "Worse", "actions": ["x.worse"], "next": "hub"},
          {"id": "done", "label": "Done", "next": "end"}]}]
        """,
        start: "hub")

    static let actions = #""actions": {"x.a": "A", "x.b": "B", "x.c": "C", "x.oops": "Oops", "x.worse": "Worse"},"#

    private func score(playbook: String, choices: [String]) throws -> ScoreReport {
        let scenario = try TestSupport.scenario(Self.hub.replacingOccurrences(of: #""start":"#, with: Self.actions + #" "start":"#))
        let book = try TestSupport.playbook(playbook, for: scenario)
        let record = try HeadlessPlay(scenario: scenario, playbook: book).run(seed: 0, choices: choices)
        return try #require(record.score)
    }

    private func playbook(_ expectations: String, avoid: String = "[]", partialCredit: String = "0.5") -> String {
        #"{"format": "tabletop-playbook/1", "id": "p", "title": "P", "partialCredit": \#(partialCredit), "expectations": \#(expectations), "avoid": \#(avoid)}"#
    }

    @Test func metLateAndMissed() throws {
        let report = try score(playbook: playbook("""
            [{"id": "ea", "title": "A", "phase": "detection", "action": "x.a", "by": "20m", "why": "w"},
             {"id": "eb", "title": "B", "phase": "detection", "action": "x.b", "by": "10m", "weight": 2, "why": "w"},
             {"id": "ec", "title": "C", "phase": "containment", "action": "x.c", "why": "w"}]
            """), choices: ["c", "a", "b"])
        // a at t0=20 (by 20m: on time), b at t0=40 (late), c never... c was first, at t0=0: met.
        #expect(report.expectations.map(\.status) == [.met, .partial, .met])
        #expect(report.expectations[1].reasons == ["late"])
        #expect(report.expectations[1].credit == 1)
        #expect(report.earned == 3)
        #expect(report.score == 75)
        #expect(report.rating == .S)
    }

    @Test func outOfOrderAndBothReasons() throws {
        let report = try score(playbook: playbook("""
            [{"id": "ea", "title": "A", "phase": "detection", "action": "x.a", "why": "w"},
             {"id": "eb", "title": "B", "phase": "detection", "action": "x.b", "after": ["ea"], "why": "w"},
             {"id": "ec", "title": "C", "phase": "detection", "action": "x.c", "after": ["ea"], "by": "0m", "why": "w"},
             {"id": "ed", "title": "D", "phase": "detection", "action": "x.oops", "after": ["ea"], "why": "w"}]
            """), choices: ["b", "c", "a", "oops"])
        #expect(report.expectations.map(\.status) == [.met, .partial, .partial, .met])
        #expect(report.expectations[1].reasons == ["out-of-order"])
        #expect(report.expectations[2].reasons == ["late", "out-of-order"])
    }

    @Test func afterAMissedExpectationIsOutOfOrder() throws {
        let report = try score(playbook: playbook("""
            [{"id": "ea", "title": "A", "phase": "detection", "action": "x.a", "why": "w"},
             {"id": "eb", "title": "B", "phase": "detection", "action": "x.b", "after": ["ea"], "why": "w"}]
            """), choices: ["b"])
        #expect(report.expectations.map(\.status) == [.missed, .partial])
        #expect(report.expectations[1].reasons == ["out-of-order"])
    }

    @Test func theSameDecisionCountsAsInOrder() throws {
        let report = try score(playbook: playbook("""
            [{"id": "ea", "title": "A", "phase": "detection", "action": "x.a", "why": "w"},
             {"id": "eb", "title": "B", "phase": "detection", "action": "x.b", "after": ["ea"], "why": "w"}]
            """), choices: ["ab"])
        #expect(report.expectations.map(\.status) == [.met, .met])
    }

    @Test func anyOfTakesTheEarliestOfItsActions() throws {
        let report = try score(playbook: playbook("""
            [{"id": "any", "title": "Any", "phase": "detection", "anyOf": ["x.c", "x.b"], "by": "30m", "why": "w"}]
            """), choices: ["a", "b", "c"])
        // b at t0=20 is the first of {b, c}: on time although c came at 40.
        #expect(report.expectations[0].status == .met)
        #expect(report.expectations[0].first == SessionState.ActionUse(sequence: 2, clock: 20))
    }

    @Test func avoidPenaltiesCountOncePerItemAndPerPhase() throws {
        let report = try score(playbook: playbook("""
            [{"id": "ea", "title": "A", "phase": "detection", "action": "x.a", "weight": 3, "why": "w"},
             {"id": "ec", "title": "C", "phase": "containment", "action": "x.c", "weight": 3, "why": "w"}]
            """, avoid: """
            [{"id": "o", "title": "Oops", "action": "x.oops", "penalty": 2, "phase": "detection", "why": "w"},
             {"id": "w", "title": "Worse", "action": "x.worse", "penalty": 4, "phase": "containment", "why": "w"},
             {"id": "n", "title": "Never", "action": "x.b", "penalty": 5, "why": "w"}]
            """), choices: ["a", "oops", "oops", "worse"])
        #expect(report.avoid.map(\.taken) == [true, true, false])
        #expect(report.penalties == 6)
        // earned 3 of 6, minus 6 penalties: floored at 0.
        #expect(report.score == 0)
        #expect(report.phases.map(\.phase) == [.detection, .containment])
        #expect(report.phases.map(\.earned) == [1, 0])
        #expect(report.phases.map(\.rating) == [.M, .U])
    }

    @Test func aMissedCriticalExpectationCapsItsPhaseAndTheDrillAtM() throws {
        let expectations = """
            [{"id": "ea", "title": "A", "phase": "detection", "action": "x.a", "weight": 20, "why": "w"},
             {"id": "eb", "title": "B", "phase": "containment", "action": "x.b", "weight": 10, "why": "w"},
             {"id": "ec", "title": "C", "phase": "containment", "action": "x.c", "critical": true, "why": "w"}]
            """
        let report = try score(playbook: playbook(expectations), choices: ["a", "b"])
        #expect(report.score == 96.8)
        #expect(report.rating == .M)
        #expect(report.phases.map(\.rating) == [.P, .M])
        let full = try score(playbook: playbook(expectations), choices: ["a", "b", "c"])
        #expect(full.rating == .P)
        // A critical expectation met late is not missed: no cap.
        let uncapped = try score(playbook: playbook(expectations.replacingOccurrences(of: #""critical": true"#, with: #""critical": true, "by": "0m""#)), choices: ["a", "b", "c"])
        #expect(uncapped.expectations[2].status == .partial)
        #expect(uncapped.rating == .P)
    }

    @Test func roundsToOneDecimalWithHalvesAwayFromZero() throws {
        let three = """
            [{"id": "ea", "title": "A", "phase": "detection", "action": "x.a", "why": "w"},
             {"id": "eb", "title": "B", "phase": "detection", "action": "x.b", "why": "w"},
             {"id": "ec", "title": "C", "phase": "detection", "action": "x.c", "why": "w"}]
            """
        #expect(try score(playbook: playbook(three), choices: ["a", "b"]).score == 66.7)
        #expect(try score(playbook: playbook(three), choices: ["a"]).score == 33.3)
        // 0.5 of 8 is 6.25: the half rounds away from zero to 6.3.
        let eight = """
            [{"id": "ea", "title": "A", "phase": "detection", "action": "x.a", "by": "0m", "why": "w"},
             {"id": "eb", "title": "B", "phase": "detection", "action": "x.b", "weight": 7, "why": "w"}]
            """
        #expect(try score(playbook: playbook(eight), choices: ["c", "a"]).score == 6.3)
        #expect(Scorer.round1(0.05) == 0.1)
        #expect(Scorer.round1(0.04999) == 0)
        #expect(Scorer.round1(-0.25) == -0.3)
        #expect(Scorer.round1(2.0 / 3.0 * 100) == 66.7)
    }

    @Test func partialCreditIsConfigurable() throws {
        let report = try score(playbook: playbook("""
            [{"id": "ea", "title": "A", "phase": "detection", "action": "x.a", "weight": 4, "by": "0m", "why": "w"}]
            """, partialCredit: "0.25"), choices: ["c", "a"])
        #expect(report.expectations[0].credit == 1)
        #expect(report.score == 25)
        #expect(report.rating == .U)
    }

    @Test func noExpectationsMeansNoScore() throws {
        let report = try score(playbook: playbook("[]"), choices: ["a"])
        #expect(report.score == nil)
        #expect(report.rating == nil)
        #expect(report.phases.isEmpty)
    }

    @Test(arguments: [(0.9, Rating.P), (0.8999, .S), (0.6, .S), (0.5999, .M), (0.3, .M), (0.2999, .U), (0, .U), (1, .P)])
    func ratingThresholds(ratio: Double, rating: Rating) {
        #expect(Rating(ratio: ratio) == rating)
    }
}
