import Testing
@testable import TabletopCore

/// The names of a small made-up scenario, for compiling conditions in tests.
///
/// Variables (slot in brackets): count [0] int, flag [1] bool, severity [2] enum low/medium/high,
/// phase [3] enum detection/containment/recovery, level [4] enum low/medium/high (the same type
/// as severity), trust [5] int, ready [6] bool. Scenes: first-alert (ack, ignore),
/// triage (escalate, wait, isolate), contained (close); options are numbered across scenes
/// in that order. Actions are interned in order of first use.
final class ConditionTestSymbols: ConditionSymbols {
    let variables: [(name: String, type: ExpressionType)]
    let scenes: [(id: String, options: [String])]
    private(set) var actions: [String] = []

    init(
        variables: [(name: String, type: ExpressionType)] = [
            ("count", .int), ("flag", .bool), ("severity", .enumeration(["low", "medium", "high"])),
            ("phase", .enumeration(["detection", "containment", "recovery"])),
            ("level", .enumeration(["low", "medium", "high"])), ("trust", .int), ("ready", .bool),
        ],
        scenes: [(id: String, options: [String])] = [
            ("first-alert", ["ack", "ignore"]), ("triage", ["escalate", "wait", "isolate"]), ("contained", ["close"]),
        ]
    ) {
        self.variables = variables
        self.scenes = scenes
    }

    func variable(named name: String) -> (slot: Int, type: ExpressionType)? {
        variables.firstIndex { $0.name == name }.map { ($0, variables[$0].type) }
    }

    var variableNames: [String] { variables.map(\.name) }

    func sceneIndex(of id: String) -> Int? { scenes.firstIndex { $0.id == id } }

    var sceneIDs: [String] { scenes.map(\.id) }

    func optionIndex(scene: String, option: String) -> Int? {
        guard let sceneIndex = sceneIndex(of: scene), let local = scenes[sceneIndex].options.firstIndex(of: option) else { return nil }
        return scenes[..<sceneIndex].reduce(0) { $0 + $1.options.count } + local
    }

    func optionIDs(ofScene scene: String) -> [String]? { sceneIndex(of: scene).map { scenes[$0].options } }

    func actionIndex(of id: String) -> Int {
        if let index = actions.firstIndex(of: id) { return index }
        actions.append(id)
        return actions.count - 1
    }
}

/// A session state set up by hand.
struct ConditionTestEnvironment: ConditionEnvironment {
    var values: [Int: RuntimeValue] = [:]
    var visitedScenes: Set<Int> = []
    var chosenOptions: Set<Int> = []
    var performedActions: Set<Int> = []
    var elapsedMinutes = 0

    func value(ofSlot slot: Int) -> RuntimeValue { values[slot] ?? .int(0) }
    func hasVisited(scene: Int) -> Bool { visitedScenes.contains(scene) }
    func hasChosen(option: Int) -> Bool { chosenOptions.contains(option) }
    func hasPerformed(action: Int) -> Bool { performedActions.contains(action) }
}

/// Slots of the standard test variables.
enum ConditionTestSlot {
    static let count = 0, flag = 1, severity = 2, phase = 3, level = 4, trust = 5, ready = 6
}

/// Compiles against the standard symbols, recording an issue and returning nil on failure.
func compiledCondition(_ source: String, symbols: ConditionTestSymbols = ConditionTestSymbols(), sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Condition? {
    switch Condition.compile(source, symbols: symbols) {
    case .success(let condition):
        return condition
    case .failure(let error):
        Issue.record("\(source) failed: [\(error.code)] @\(error.offset) \(error.message)", sourceLocation: sourceLocation)
        return nil
    }
}

/// The value of `source` in `environment`, or nil (with an issue recorded) when it does not compile.
func evaluateCondition(_ source: String, in environment: ConditionTestEnvironment = ConditionTestEnvironment(), sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool? {
    compiledCondition(source, sourceLocation: sourceLocation)?.evaluate(in: environment)
}

/// The error compiling `source` gives, or nil (with an issue recorded) when it compiles.
func conditionError(_ source: String, symbols: ConditionTestSymbols = ConditionTestSymbols(), sourceLocation: Testing.SourceLocation = #_sourceLocation) -> ExpressionError? {
    switch Condition.compile(source, symbols: symbols) {
    case .success:
        Issue.record("\(source) compiled but should not have", sourceLocation: sourceLocation)
        return nil
    case .failure(let error):
        return error
    }
}

/// The tree `source` parses into, as an s-expression, or the error code and offset.
func conditionParseTree(_ source: String) -> String {
    do throws(ExpressionError) {
        return try ExpressionParser.parse(Array(source.utf8)).sExpression
    } catch {
        return "\(error.code)@\(error.offset)"
    }
}

extension ExpressionNode {
    /// The tree as an s-expression: `(and a (not b))`; arithmetic is folded left, `(- (+ a b) c)`.
    var sExpression: String {
        switch kind {
        case .integer(let value): return "\(value)"
        case .boolean(let value): return "\(value)"
        case .string(let text): return "'\(text)'"
        case .variable(let name): return name
        case .call(let name, let arguments): return "(\(([name + "()"] + arguments.map(\.sExpression)).joined(separator: " ")))"
        case .not(let operand): return "(not \(operand.sExpression))"
        case .negate(let operand): return "(neg \(operand.sExpression))"
        case .arithmetic(let first, let rest):
            return rest.reduce(first.sExpression) { "(\($1.operation.spelling) \($0) \($1.operand.sExpression))" }
        case .comparison(let operation, let left, let right, _):
            return "(\(operation.spelling) \(left.sExpression) \(right.sExpression))"
        case .logical(let operation, let operands):
            return "(\(([operation.spelling] + operands.map(\.sExpression)).joined(separator: " ")))"
        }
    }
}

/// A deterministic generator for randomized tests (ConditionTestRandom).
struct ConditionTestRandom: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
