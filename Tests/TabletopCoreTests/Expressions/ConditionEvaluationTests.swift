import Testing
@testable import TabletopCore

@Suite("Condition evaluation")
struct ConditionEvaluationTests {
    @Test(arguments: [
        // or is looser than and: (true or true) and false would be false
        ("true or true and false", true),
        ("false and true or true", true),
        // not is tighter than and/or: not (false and false) would be true
        ("not false and false", false),
        ("not true or true", true),
        // comparison is tighter than not
        ("not 1 == 2", true),
        ("not 1 < 2 or false", false),
        // + - are tighter than comparisons and left-associative
        ("1 + 2 == 3", true),
        ("2 - 1 - 1 == 0", true),
        ("10 - 2 + 3 == 11", true),
        ("10 - (2 + 3) == 5", true),
        // unary minus is tighter than + -
        ("-1 + 2 == 1", true),
        ("- -3 == 3", true),
        ("1 - -1 == 2", true),
        ("-(1 + 2) == -3", true),
        // parentheses and bool equality
        ("(true or false) and false", false),
        ("(1 < 2) == (2 < 3)", true),
        ("(1 < 2) != true", false),
    ])
    func precedenceShowsInResults(source: String, expected: Bool) {
        #expect(evaluateCondition(source) == expected)
    }

    @Test func comparisons() {
        for (source, expected) in [
            ("1 < 2", true), ("2 < 2", false), ("2 <= 2", true), ("3 <= 2", false),
            ("3 > 2", true), ("2 > 2", false), ("2 >= 2", true), ("1 >= 2", false),
            ("2 == 2", true), ("2 != 2", false), ("-5 < 0", true), ("true != false", true),
        ] {
            #expect(evaluateCondition(source) == expected, "\(source)")
        }
    }

    @Test func variablesAreReadFromTheirSlots() {
        let environment = ConditionTestEnvironment(values: [
            ConditionTestSlot.count: .int(3), ConditionTestSlot.flag: .bool(true), ConditionTestSlot.severity: .enumCase(2), ConditionTestSlot.trust: .int(-4), ConditionTestSlot.ready: .bool(false),
        ])
        #expect(evaluateCondition("count == 3 and trust == -4", in: environment) == true)
        #expect(evaluateCondition("count + trust == -1", in: environment) == true)
        #expect(evaluateCondition("flag and not ready", in: environment) == true)
        #expect(evaluateCondition("flag == ready", in: environment) == false)
        #expect(evaluateCondition("-trust > count", in: environment) == true)
    }

    @Test func enumComparisons() {
        var environment = ConditionTestEnvironment(values: [ConditionTestSlot.severity: .enumCase(2), ConditionTestSlot.level: .enumCase(2), ConditionTestSlot.phase: .enumCase(0)])
        #expect(evaluateCondition("severity == 'high'", in: environment) == true)
        #expect(evaluateCondition("'high' == severity", in: environment) == true)
        #expect(evaluateCondition("severity != 'low'", in: environment) == true)
        #expect(evaluateCondition("severity == 'medium'", in: environment) == false)
        #expect(evaluateCondition("severity == level", in: environment) == true)
        #expect(evaluateCondition("phase == 'detection' and severity != level", in: environment) == false)
        environment.values[ConditionTestSlot.level] = .enumCase(0)
        #expect(evaluateCondition("severity != level", in: environment) == true)
        #expect(evaluateCondition("level == 'low'", in: environment) == true)
    }

    @Test func enumStringsCompileToValueIndices() throws {
        let condition = try #require(compiledCondition("severity == 'medium'"))
        #expect(condition.program.instructions == [.enumVariable(slot: ConditionTestSlot.severity), .constant(1), .equal])
    }

    @Test func functions() {
        // Options are numbered across scenes: first-alert ack 0, ignore 1; triage escalate 2, wait 3, isolate 4; contained close 5.
        let environment = ConditionTestEnvironment(visitedScenes: [1], chosenOptions: [3], performedActions: [0], elapsedMinutes: 95)
        #expect(evaluateCondition("visited('triage')", in: environment) == true)
        #expect(evaluateCondition("visited('first-alert')", in: environment) == false)
        #expect(evaluateCondition("chose('triage/wait')", in: environment) == true)
        #expect(evaluateCondition("chose('triage/escalate')", in: environment) == false)
        #expect(evaluateCondition("chose('first-alert/ack')", in: environment) == false)
        #expect(evaluateCondition("did('RA4601')", in: environment) == true) // interned first, index 0
        #expect(evaluateCondition("elapsed() == 95", in: environment) == true)
        #expect(evaluateCondition("elapsed() > 1h30m and elapsed() < 2h", in: environment) == true)
    }

    @Test func durationLiteralsAreMinutes() {
        for source in ["90m == 90", "2h == 120", "1h30m == 90m", "1d == 24h", "1d == 1440", "0m == 0", "1d2h3m == 1563"] {
            #expect(evaluateCondition(source) == true, "\(source)")
        }
        #expect(evaluateCondition("elapsed() >= 1h30m", in: ConditionTestEnvironment(elapsedMinutes: 90)) == true)
        #expect(evaluateCondition("elapsed() >= 1h30m", in: ConditionTestEnvironment(elapsedMinutes: 89)) == false)
    }

    @Test func arithmeticSaturatesInsteadOfTrapping() {
        let maximum = "9223372036854775807"
        var environment = ConditionTestEnvironment(values: [ConditionTestSlot.count: .int(1)])
        #expect(evaluateCondition("count + \(maximum) > 0", in: environment) == true)
        #expect(evaluateCondition("count + \(maximum) == \(maximum)", in: environment) == true)
        #expect(evaluateCondition("\(maximum) + \(maximum) + \(maximum) == \(maximum)") == true)
        #expect(evaluateCondition("-\(maximum) - 2 == -\(maximum) - 1") == true)
        #expect(evaluateCondition("-\(maximum) - \(maximum) < 0") == true)
        #expect(evaluateCondition("\(maximum) - -\(maximum) == \(maximum)") == true)
        #expect(evaluateCondition("\(maximum) + 1 - 1 == \(maximum) - 1") == true)
        environment.values[ConditionTestSlot.count] = .int(Int.min)
        #expect(evaluateCondition("-count == \(maximum)", in: environment) == true)
        #expect(evaluateCondition("count - 1 == count", in: environment) == true)
        #expect(evaluateCondition("count + -1 < 0", in: environment) == true)
        #expect(evaluateCondition("0 - count > 0", in: environment) == true)
        environment.values[ConditionTestSlot.count] = .int(Int.max)
        #expect(evaluateCondition("count - -1 == count and -count - 2 < 0", in: environment) == true)
        #expect(evaluateCondition("elapsed() + 1 > 0", in: ConditionTestEnvironment(elapsedMinutes: Int.max)) == true)
    }

    @Test func andOrShortCircuit() throws {
        let environment = ConditionCountingEnvironment()
        for (source, expected) in [("false and did('X')", false), ("true or did('X')", true), ("(false and did('X')) or false", false)] {
            let condition = try #require(compiledCondition(source))
            #expect(condition.evaluate(in: environment) == expected)
        }
        #expect(environment.calls == 0)
        for (source, expected) in [("true and did('X')", false), ("false or did('X')", false)] {
            let condition = try #require(compiledCondition(source))
            #expect(condition.evaluate(in: environment) == expected)
        }
        #expect(environment.calls == 2)
    }

    @Test func logicalChainsMatchTheirTruthTables() {
        for bits in 0..<16 {
            let a = bits & 1 != 0, b = bits & 2 != 0, c = bits & 4 != 0, d = bits & 8 != 0
            let environment = ConditionTestEnvironment(values: [
                ConditionTestSlot.flag: .bool(a), ConditionTestSlot.ready: .bool(b), ConditionTestSlot.count: .int(c ? 1 : 0), ConditionTestSlot.trust: .int(d ? 1 : 0),
            ])
            #expect(evaluateCondition("flag and ready and count > 0 and trust > 0", in: environment) == (a && b && c && d))
            #expect(evaluateCondition("flag or ready or count > 0 or trust > 0", in: environment) == (a || b || c || d))
            #expect(evaluateCondition("flag and ready or count > 0 and not (trust > 0)", in: environment) == ((a && b) || (c && !d)))
            #expect(evaluateCondition("(flag or ready) and (count > 0 or trust > 0)", in: environment) == ((a || b) && (c || d)))
            #expect(evaluateCondition("not (flag or ready and count > 0) == (trust > 0)", in: environment) == !((a || (b && c)) == d))
        }
    }

    @Test func unexpectedRuntimeValuesDoNotTrap() {
        let environment = ConditionTestEnvironment(values: [ConditionTestSlot.flag: .int(5), ConditionTestSlot.count: .bool(true), ConditionTestSlot.severity: .int(-1)])
        #expect(evaluateCondition("flag and flag == true", in: environment) == true)
        #expect(evaluateCondition("count == 1", in: environment) == true)
        #expect(evaluateCondition("severity == 'low' or severity == 'medium' or severity == 'high'", in: environment) == false)
    }

    @Test func conditionsKeepTheirSourceAndCompareBySource() throws {
        let first = try #require(compiledCondition("count >  1"))
        #expect(first.source == "count >  1")
        #expect(first == compiledCondition("count >  1"))
        #expect(first != compiledCondition("count > 1"))
    }
}

/// Counts the look-ups an evaluation makes, to show which operands `and`/`or` skip.
private final class ConditionCountingEnvironment: ConditionEnvironment {
    var calls = 0
    func value(ofSlot slot: Int) -> RuntimeValue {
        calls += 1
        return .int(0)
    }
    func hasVisited(scene: Int) -> Bool {
        calls += 1
        return false
    }
    func hasChosen(option: Int) -> Bool {
        calls += 1
        return false
    }
    func hasPerformed(action: Int) -> Bool {
        calls += 1
        return false
    }
    var elapsedMinutes: Int {
        calls += 1
        return 0
    }
}
