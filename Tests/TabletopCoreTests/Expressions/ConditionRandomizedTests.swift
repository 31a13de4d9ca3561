import Testing
@testable import TabletopCore

/// Deterministic randomized tests: garbage never crashes the compiler, and random
/// well-typed conditions, printed with as few parentheses as precedence allows, evaluate to
/// what an independent reference evaluation says.
@Suite("Condition randomized")
struct ConditionRandomizedTests {
    private static let codes: Set<String> = ["E401", "E402", "E403", "E404", "E405", "E406", "E407", "E408", "E409"]

    private static let vocabulary = [
        "(", ")", "not", "and", "or", "true", "false", "==", "!=", "<", "<=", ">", ">=", "+", "-", ",", "'",
        "'high'", "'triage'", "'x y'", "severity", "count", "flag", "phase", "visited", "chose", "did", "elapsed",
        "visited('triage')", "chose('triage/wait')", "did('RA4601')", "elapsed()", "90m", "1h30m", "45s", "2x",
        "9223372036854775807", "99999999999999999999", "0", "=", "!", "&&", "\"", "\t", "\n", "é", "🙂", "\u{0}",
        "_", "x1", "'unterminated", "visted(", "((((", "))))", "not not not", "- - -",
    ]

    /// Compiles `source`, checks the outcome is well-formed, and evaluates it when it compiled.
    ///
    /// Speed is not asserted here (timed unit tests fail on a loaded machine); a hang would hang the test.
    private func exercise(_ source: String, environment: ConditionTestEnvironment) {
        switch Condition.compile(source, symbols: ConditionTestSymbols()) {
        case .success(let condition):
            _ = condition.evaluate(in: environment)
        case .failure(let error):
            #expect(Self.codes.contains(error.code), "\(source.debugDescription): \(error.code)")
            #expect((0...source.utf8.count).contains(error.offset), "\(source.debugDescription): offset \(error.offset)")
            #expect(!error.message.isEmpty)
        }
    }

    private func randomEnvironment(_ random: inout ConditionTestRandom) -> ConditionTestEnvironment {
        let extremes = [0, 1, -1, 7, 1000, Int.max, Int.min, Int.max - 1]
        return ConditionTestEnvironment(
            values: [
                ConditionTestSlot.count: .int(extremes.randomElement(using: &random)!), ConditionTestSlot.trust: .int(Int.random(in: -50...50, using: &random)),
                ConditionTestSlot.flag: .bool(Bool.random(using: &random)), ConditionTestSlot.ready: .bool(Bool.random(using: &random)),
                ConditionTestSlot.severity: .enumCase(Int.random(in: 0...2, using: &random)), ConditionTestSlot.level: .enumCase(Int.random(in: 0...2, using: &random)),
                ConditionTestSlot.phase: .enumCase(Int.random(in: 0...2, using: &random)),
            ],
            visitedScenes: Set((0..<3).filter { _ in Bool.random(using: &random) }),
            chosenOptions: Set((0..<6).filter { _ in Bool.random(using: &random) }),
            performedActions: Set((0..<2).filter { _ in Bool.random(using: &random) }),
            elapsedMinutes: [0, 45, 90, 240, Int.max].randomElement(using: &random)!
        )
    }

    @Test func garbageNeverCrashesOrHangs() {
        var random = ConditionTestRandom(state: 0x7AB1E70B)
        for round in 0..<6000 {
            let source: String
            switch round % 3 {
            case 0:
                let count = Int.random(in: 0...40, using: &random)
                source = (0..<count).map { _ in
                    Self.vocabulary.randomElement(using: &random)! + ["", " ", " ", "\t"].randomElement(using: &random)!
                }.joined()
            case 1:
                let bytes = (0..<Int.random(in: 0...60, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
                source = String(decoding: bytes, as: UTF8.self)
            default:
                let bytes = (0..<Int.random(in: 0...60, using: &random)).map { _ in UInt8.random(in: 32...126, using: &random) }
                source = String(decoding: bytes, as: UTF8.self)
            }
            exercise(source, environment: randomEnvironment(&random))
        }
    }

    @Test func hostileInputsAreBounded() {
        let inputs = [
            String(repeating: "(", count: 4096), String(repeating: ")", count: 4096), String(repeating: "-", count: 4095) + "1",
            String(repeating: "not ", count: 1024), String(repeating: "1+", count: 2047) + "1",
            String(repeating: "1+", count: 2047) + "1>", String(repeating: "'", count: 4096), String(repeating: "'", count: 4095),
            String(repeating: "flag and ", count: 455) + "flag", String(repeating: "(flag or ", count: 60) + "true" + String(repeating: ")", count: 60),
            String(repeating: "x", count: 4096), String(repeating: "9", count: 4096), String(repeating: "1d", count: 2048),
            String(repeating: "visited(", count: 512), "visited(" + String(repeating: "'a',", count: 1000) + "'a')",
            String(repeating: "(", count: 64) + String(repeating: "-", count: 1) + "1" + String(repeating: ")", count: 64),
            String(repeating: "((((((((", count: 600), String(repeating: "a<", count: 2048),
            String(repeating: "é", count: 2048), String(repeating: " ", count: 100_000), String(repeating: "\u{0}", count: 10_000),
        ]
        var random = ConditionTestRandom(state: 42)
        for source in inputs {
            exercise(source, environment: randomEnvironment(&random))
        }
    }

    @Test func randomWellTypedConditionsEvaluateLikeTheReference() {
        var random = ConditionTestRandom(state: 2024)
        var checked = 0
        for _ in 0..<2500 {
            let environments = (0..<3).map { _ in randomEnvironment(&random) }
            var generator = ConditionGenerator(random: random, environments: environments)
            let condition = generator.bool(depth: Int.random(in: 0...6, using: &random))
            random = generator.random
            guard condition.text.utf8.count <= 4096 else { continue }
            guard let compiled = compiledCondition(condition.text) else { continue }
            for (index, environment) in environments.enumerated() {
                #expect(compiled.evaluate(in: environment) == condition.values[index], "\(condition.text)")
            }
            checked += 1
        }
        #expect(checked > 2000)
    }
}

/// Builds random well-typed conditions together with their values in a few environments.
///
/// Precedence levels: or 1, and 2, not 3, comparison 4, `+ -` 5, unary 6, primary 7. An
/// operand is parenthesized only when its level is below what its position needs, so the
/// parser's precedence and associativity decide the meaning.
private struct ConditionGenerator {
    struct Generated<Value> {
        var text: String
        var level: Int
        var values: [Value]
    }

    var random: ConditionTestRandom
    let environments: [ConditionTestEnvironment]

    private func wrap<Value>(_ operand: Generated<Value>, atLeast level: Int) -> String {
        operand.level >= level ? operand.text : "(\(operand.text))"
    }

    private func each<Value>(_ value: (ConditionTestEnvironment) -> Value) -> [Value] {
        environments.map(value)
    }

    mutating func int(depth: Int) -> Generated<Int> {
        let choice = depth == 0 ? Int.random(in: 0..<4, using: &random) : Int.random(in: 0..<8, using: &random)
        switch choice {
        case 0:
            let value = [0, 1, 7, 42, 1000, Int.max].randomElement(using: &random)!
            return Generated(text: "\(value)", level: 7, values: each { _ in value })
        case 1:
            let (text, minutes) = [("90m", 90), ("2h", 120), ("1h30m", 90), ("1d", 1440), ("0m", 0)].randomElement(using: &random)!
            return Generated(text: text, level: 7, values: each { _ in minutes })
        case 2:
            let (name, slot) = [("count", ConditionTestSlot.count), ("trust", ConditionTestSlot.trust)].randomElement(using: &random)!
            return Generated(text: name, level: 7, values: each { environment in
                guard case .int(let value) = environment.value(ofSlot: slot) else { return 0 }
                return value
            })
        case 3:
            return Generated(text: "elapsed()", level: 7, values: each(\.elapsedMinutes))
        case 4, 5:
            let operand = int(depth: depth - 1)
            return Generated(text: "-" + wrap(operand, atLeast: 6), level: 6, values: operand.values.map(Self.negate))
        default:
            let left = int(depth: depth - 1), right = int(depth: depth - 1)
            let plus = Bool.random(using: &random)
            let values = zip(left.values, right.values).map { plus ? Self.add($0, $1) : Self.subtract($0, $1) }
            return Generated(text: "\(wrap(left, atLeast: 5)) \(plus ? "+" : "-") \(wrap(right, atLeast: 6))", level: 5, values: values)
        }
    }

    mutating func bool(depth: Int) -> Generated<Bool> {
        let choice = depth == 0 ? Int.random(in: 0..<5, using: &random) : Int.random(in: 0..<11, using: &random)
        switch choice {
        case 0:
            let value = Bool.random(using: &random)
            return Generated(text: "\(value)", level: 7, values: each { _ in value })
        case 1:
            let (name, slot) = [("flag", ConditionTestSlot.flag), ("ready", ConditionTestSlot.ready)].randomElement(using: &random)!
            return Generated(text: name, level: 7, values: each { $0.value(ofSlot: slot) == .bool(true) })
        case 2:
            let (text, check): (String, (ConditionTestEnvironment) -> Bool) = [
                ("visited('triage')", { $0.visitedScenes.contains(1) }),
                ("chose('first-alert/ignore')", { $0.chosenOptions.contains(1) }),
                ("did('RA4601')", { $0.performedActions.contains(0) }),
            ].randomElement(using: &random)!
            return Generated(text: text, level: 7, values: each(check))
        case 3:
            let values = ["low", "medium", "high"]
            let index = Int.random(in: 0..<3, using: &random)
            let equal = Bool.random(using: &random)
            let text = Bool.random(using: &random) ? "severity \(equal ? "==" : "!=") '\(values[index])'" : "'\(values[index])' \(equal ? "==" : "!=") severity"
            return Generated(text: text, level: 4, values: each { ($0.value(ofSlot: ConditionTestSlot.severity) == .enumCase(index)) == equal })
        case 4:
            let equal = Bool.random(using: &random)
            return Generated(text: "severity \(equal ? "==" : "!=") level", level: 4, values: each {
                ($0.value(ofSlot: ConditionTestSlot.severity) == $0.value(ofSlot: ConditionTestSlot.level)) == equal
            })
        case 5, 6:
            let left = int(depth: depth - 1), right = int(depth: depth - 1)
            let comparisons: [(String, (Int, Int) -> Bool)] = [
                ("<", { $0 < $1 }), ("<=", { $0 <= $1 }), (">", { $0 > $1 }),
                (">=", { $0 >= $1 }), ("==", { $0 == $1 }), ("!=", { $0 != $1 }),
            ]
            let (symbol, compare) = comparisons.randomElement(using: &random)!
            return Generated(text: "\(wrap(left, atLeast: 5)) \(symbol) \(wrap(right, atLeast: 5))", level: 4, values: zip(left.values, right.values).map(compare))
        case 7:
            let left = bool(depth: depth - 1), right = bool(depth: depth - 1)
            let equal = Bool.random(using: &random)
            return Generated(
                text: "\(wrap(left, atLeast: 5)) \(equal ? "==" : "!=") \(wrap(right, atLeast: 5))", level: 4,
                values: zip(left.values, right.values).map { ($0 == $1) == equal }
            )
        case 8:
            let operand = bool(depth: depth - 1)
            return Generated(text: "not " + wrap(operand, atLeast: 3), level: 3, values: operand.values.map { !$0 })
        case 9:
            let left = bool(depth: depth - 1), right = bool(depth: depth - 1)
            return Generated(text: "\(wrap(left, atLeast: 2)) and \(wrap(right, atLeast: 3))", level: 2, values: zip(left.values, right.values).map { $0 && $1 })
        default:
            let left = bool(depth: depth - 1), right = bool(depth: depth - 1)
            return Generated(text: "\(wrap(left, atLeast: 1)) or \(wrap(right, atLeast: 2))", level: 1, values: zip(left.values, right.values).map { $0 || $1 })
        }
    }

    /// `a + b` clamped to the Int range, computed without relying on overflow reporting.
    static func add(_ a: Int, _ b: Int) -> Int {
        if b > 0, a > Int.max - b { return Int.max }
        if b < 0, a < Int.min - b { return Int.min }
        return a + b
    }

    /// `-a` clamped to the Int range.
    static func negate(_ a: Int) -> Int { a == Int.min ? Int.max : -a }

    /// `a - b` clamped to the Int range.
    static func subtract(_ a: Int, _ b: Int) -> Int {
        if b < 0, a > Int.max + b { return Int.max }
        if b > 0, a < Int.min + b { return Int.min }
        return a - b
    }
}
