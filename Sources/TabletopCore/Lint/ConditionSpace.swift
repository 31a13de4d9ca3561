/// The values each thing a condition reads may take, over-approximated from a scenario's effects, and a search over them.
///
/// Lint asks it whether no option of a scene may be offered (W302) and whether an option's
/// condition can never hold (W312). Bools, enums, `visited`, `chose`, `did`, and ints that are only
/// `set` or whose bounds are close together are enumerated exactly; other ints and `elapsed()` are
/// sampled around the constants the conditions compare them with, so a search over them is not exhaustive.
struct ConditionSpace {
    /// The most assignments tried for one question; beyond it they are sampled.
    static let limit = 4096
    /// The most condition evaluations for a whole scenario, so that a huge or hostile file cannot make lint slow; past it, questions go unanswered (no warning).
    /// Parts of a scenario checked apart share it (see `share(ofScenes:in:)`).
    private var budget = 5_000_000
    /// The widest int range enumerated value by value.
    static let widestExactRange = 256

    /// Something a condition reads.
    enum Atom: Hashable {
        case variable(Int)
        case visited(Int)
        case chose(Int)
        case did(Int)
        case elapsed
    }

    /// One way the world may look while a condition is evaluated.
    struct Assignment: ConditionEnvironment {
        var values: [RuntimeValue]
        var visited: Set<Int> = []
        var chosen: Set<Int> = []
        var performed: Set<Int> = []
        var elapsedMinutes = 0

        func value(ofSlot slot: Int) -> RuntimeValue { values[slot] }
        func hasVisited(scene: Int) -> Bool { visited.contains(scene) }
        func hasChosen(option: Int) -> Bool { chosen.contains(option) }
        func hasPerformed(action: Int) -> Bool { performed.contains(action) }
    }

    /// What a search found: an assignment that satisfies the question, if any, and whether every possibility was tried.
    struct Finding {
        var witness: Assignment?
        var atoms: [Atom]
        var exhaustive: Bool
    }

    private let scenario: Scenario
    private let graph: StoryGraph
    private let usage: ScenarioUsage
    /// Per variable slot: the values it may take, and whether that list is complete.
    private let variableValues: [(values: [RuntimeValue], exact: Bool)]
    private let longestTime: Int?
    private let initialValues: [RuntimeValue]

    init(scenario: Scenario, graph: StoryGraph, usage: ScenarioUsage, longestTime: Int?) {
        self.scenario = scenario
        self.graph = graph
        self.usage = usage
        self.longestTime = longestTime
        initialValues = scenario.variables.map(\.initial)
        variableValues = scenario.variables.indices.map { Self.values(of: scenario.variables[$0], changedBy: usage.effectsBySlot[$0]) }
    }

    /// This space for checking the scenes of `range` apart from the rest of `count` scenes: with the part of
    /// the budget left that is theirs, so that the parts together may spend what one pass over all could.
    func share(ofScenes range: Range<Int>, in count: Int) -> ConditionSpace {
        var part = self
        if count > 0 { part.budget = Int(Double(budget) * Double(range.count) / Double(count)) }
        return part
    }

    /// Looks for an assignment, as things may stand while a decision is taken in `scene`, for which `accept` holds.
    mutating func find(reading conditions: [Condition], in scene: Int, where accept: (Assignment) -> Bool) -> Finding {
        // One pass over each program: what it reads, and the numbers it compares them with.
        var atoms: [Atom] = []
        var seen: Set<Atom> = []
        var numbers: Set<Int> = []
        for condition in conditions {
            condition.forEachInstruction { instruction in
                let atom: Atom
                switch instruction {
                case .intVariable(let slot), .boolVariable(let slot), .enumVariable(let slot): atom = .variable(slot)
                case .visited(let scene): atom = .visited(scene)
                case .chose(let option): atom = .chose(option)
                case .did(let action): atom = .did(action)
                case .elapsed: atom = .elapsed
                case .constant(let value):
                    numbers.insert(value)
                    return
                default: return
                }
                if seen.insert(atom).inserted { atoms.append(atom) }
            }
        }
        let axes = atoms.map { candidates(for: $0, in: scene, constants: numbers) }
        var total = 1
        for axis in axes {
            total = total.multipliedReportingOverflow(by: axis.values.count).partialValue
            if total > Self.limit { break }
        }
        let exhaustive = total <= Self.limit && axes.allSatisfy(\.exact)
        var assignment = Assignment(values: initialValues)
        assignment.visited = [scene, scenario.startScene]
        var random = SplitMix64(seed: 0x7AB1E)
        var counters = Array(repeating: 0, count: axes.count)
        for round in 0..<min(total, Self.limit) {
            budget -= conditions.count
            guard budget >= 0 else { return Finding(witness: nil, atoms: atoms, exhaustive: false) }
            for (position, atom) in atoms.enumerated() {
                let choices = axes[position].values
                let pick = total <= Self.limit ? counters[position] : Int(random.next() % UInt64(choices.count))
                Self.assign(choices[pick], to: atom, in: &assignment)
            }
            if accept(assignment) { return Finding(witness: assignment, atoms: atoms, exhaustive: exhaustive) }
            // The next combination, like an odometer.
            if round + 1 < total {
                var digit = 0
                while digit < counters.count {
                    counters[digit] += 1
                    if counters[digit] < axes[digit].values.count { break }
                    counters[digit] = 0
                    digit += 1
                }
            }
        }
        return Finding(witness: nil, atoms: atoms, exhaustive: exhaustive)
    }

    /// Whether a condition holds with every variable at its initial value, only this scene and the start visited, nothing chosen or done, at T+0.
    ///
    /// A quick first try that answers most "is this ever offered?" questions without a search.
    func holdsAtFirstVisit(_ condition: Condition, in scene: Int) -> Bool {
        condition.evaluate(in: FirstVisit(initial: initialValues, scene: scene, start: scenario.startScene))
    }

    /// The world as `holdsAtFirstVisit` assumes it, without allocating.
    private struct FirstVisit: ConditionEnvironment {
        let initial: [RuntimeValue]
        let scene: Int
        let start: Int

        func value(ofSlot slot: Int) -> RuntimeValue { initial[slot] }
        func hasVisited(scene other: Int) -> Bool { other == scene || other == start }
        func hasChosen(option: Int) -> Bool { false }
        func hasPerformed(action: Int) -> Bool { false }
        var elapsedMinutes: Int { 0 }
    }

    /// `name = value` for each atom of a finding, e.g. `exposure = 4, visited('triage') = false`.
    func describe(_ finding: Finding) -> String {
        guard let witness = finding.witness else { return "" }
        return finding.atoms.map { atom -> String in
            switch atom {
            case .variable(let slot):
                let variable = scenario.variables[slot]
                return "\(variable.name) = \(variable.describe(witness.values[slot]))"
            case .visited(let scene): return "visited('\(scenario.scenes[scene].id)') = \(witness.visited.contains(scene))"
            case .chose(let option):
                let scene = scenario.scenes[scenario.optionOwners[option].scene]
                return "chose('\(scene.id)/\(scenario.optionID(global: option))') = \(witness.chosen.contains(option))"
            case .did(let action): return "did('\(scenario.actionIDs[action])') = \(witness.performed.contains(action))"
            case .elapsed: return "elapsed() = \(DurationText.format(minutes: witness.elapsedMinutes))"
            }
        }.joined(separator: ", ")
    }

    /// Sets one atom of an assignment.
    private static func assign(_ value: RuntimeValue, to atom: Atom, in assignment: inout Assignment) {
        let flag = value == .bool(true)
        func set(_ member: Int, in set: inout Set<Int>) { if flag { set.insert(member) } else { set.remove(member) } }
        switch atom {
        case .variable(let slot): assignment.values[slot] = value
        case .visited(let scene): set(scene, in: &assignment.visited)
        case .chose(let option): set(option, in: &assignment.chosen)
        case .did(let action): set(action, in: &assignment.performed)
        case .elapsed: if case .int(let minutes) = value { assignment.elapsedMinutes = minutes }
        }
    }

    /// The values one atom may take while a decision is taken in `scene`; `constants` are the numbers the conditions compare with, for sampling.
    private func candidates(for atom: Atom, in scene: Int, constants: Set<Int>) -> (values: [RuntimeValue], exact: Bool) {
        let both: [RuntimeValue] = [.bool(false), .bool(true)]
        switch atom {
        case .variable(let slot):
            let known = variableValues[slot]
            guard !known.exact else { return known }
            let variable = scenario.variables[slot]
            var values = Set(known.values.compactMap { if case .int(let number) = $0 { return number } else { return nil } })
            for constant in constants {
                for value in [constant &- 1, constant, constant &+ 1] { values.insert(variable.clamp(value)) }
            }
            return (values.sorted().map { .int($0) }, false)
        case .visited(let other):
            if other == scene || other == scenario.startScene { return ([.bool(true)], true) }
            return graph.reachableScenes[other] ? (both, true) : ([.bool(false)], true)
        case .chose(let option):
            return graph.reachableScenes[scenario.optionOwners[option].scene] ? (both, true) : ([.bool(false)], true)
        case .did(let action):
            return usage.isPerformed[action] ? (both, true) : ([.bool(false)], true)
        case .elapsed:
            var values: Set<Int> = [0]
            for constant in constants where constant >= 0 {
                for value in [constant - 1, constant, constant &+ 1] where value >= 0 && value <= (longestTime ?? Int.max) {
                    values.insert(value)
                }
            }
            return (values.sorted().map { .int($0) }, false)
        }
    }

    /// The values a variable may take given every effect that changes it; exact unless `add` (or many dice) meets a wide range.
    private static func values(of variable: Variable, changedBy effects: [Effect]) -> (values: [RuntimeValue], exact: Bool) {
        var values: [RuntimeValue] = [variable.initial]
        func insert(_ value: RuntimeValue) { if !values.contains(value) { values.append(value) } }
        var open = false
        var faces = 0
        for effect in effects {
            switch effect {
            case .set(_, let value): insert(value)
            case .add: open = true
            case .roll(_, let sides):
                faces += sides
                if faces > widestExactRange { open = true } else { for face in 1...sides { insert(.int(variable.clamp(face))) } }
            }
        }
        guard open else { return (values, true) }
        if let low = variable.minimum, let high = variable.maximum {
            let (width, overflow) = high.subtractingReportingOverflow(low)
            if !overflow, width <= widestExactRange { return ((low...high).map { .int($0) }, true) }
        }
        for bound in [variable.minimum, variable.maximum] { if let bound { insert(.int(bound)) } }
        return (values, false)
    }
}
