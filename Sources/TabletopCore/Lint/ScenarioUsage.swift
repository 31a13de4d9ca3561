/// What a scenario's conditions read and what its decisions and timed injects change, gathered once for lint.
struct ScenarioUsage {
    /// Variable slots some condition reads.
    private(set) var readSlots: Set<Int> = []
    /// Per variable slot: every effect that changes it (options, timeouts and timed injects).
    private(set) var effectsBySlot: [[Effect]]
    /// Engine-wide option indices some `chose()` names.
    private(set) var chosenOptions: Set<Int> = []
    /// Interned action indices some option or timeout performs.
    private(set) var performedActions: Set<Int> = []

    init(scenario: Scenario) {
        effectsBySlot = Array(repeating: [], count: scenario.variables.count)
        for scene in scenario.scenes {
            for inject in scene.injects { note(inject.condition) }
            for option in scene.options {
                note(option.condition)
                note(option.consequence)
            }
            if let timeout = scene.onTimeout { note(timeout) }
        }
        for inject in scenario.injects {
            note(inject.condition)
            note(inject.effects)
        }
    }

    private mutating func note(_ consequence: Consequence) {
        performedActions.formUnion(consequence.actions)
        note(consequence.effects)
        if case .routes(let routes) = consequence.next {
            for route in routes { note(route.condition) }
        }
    }

    private mutating func note(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .set(let slot, _), .add(let slot, _), .roll(let slot, _): effectsBySlot[slot].append(effect)
            }
        }
    }

    private mutating func note(_ condition: Condition?) {
        guard let condition else { return }
        readSlots.formUnion(condition.variableSlots)
        chosenOptions.formUnion(condition.optionReferences)
    }
}
