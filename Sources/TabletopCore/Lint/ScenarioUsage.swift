/// What a scenario's conditions read and what its decisions and timed injects change, gathered once for lint.
struct ScenarioUsage {
    /// Per variable slot: whether some condition reads it.
    private(set) var isRead: [Bool]
    /// Per variable slot: every effect that changes it (options, timeouts and timed injects).
    private(set) var effectsBySlot: [[Effect]]
    /// Per engine-wide option index: whether some `chose()` names it.
    private(set) var isChosenInACondition: [Bool]
    /// Per interned action index: whether some option or timeout performs it.
    private(set) var isPerformed: [Bool]

    init(scenario: Scenario) {
        isRead = Array(repeating: false, count: scenario.variables.count)
        effectsBySlot = Array(repeating: [], count: scenario.variables.count)
        isChosenInACondition = Array(repeating: false, count: scenario.optionOwners.count)
        isPerformed = Array(repeating: false, count: scenario.actionIDs.count)
        scenario.scenes.forEachInPlace { _, scene in
            scene.injects.forEachInPlace { _, inject in note(inject.condition) }
            scene.options.forEachInPlace { _, option in
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
        consequence.actions.forEachInPlace { _, action in isPerformed[action] = true }
        note(consequence.effects)
        if case .routes(let routes) = consequence.next {
            routes.forEachInPlace { _, route in note(route.condition) }
        }
    }

    private mutating func note(_ effects: [Effect]) {
        effects.forEachInPlace { _, effect in
            switch effect {
            case .set(let slot, _), .add(let slot, _), .roll(let slot, _): effectsBySlot[slot].append(effect)
            }
        }
    }

    private mutating func note(_ condition: Condition?) {
        condition?.forEachInstruction { instruction in
            switch instruction {
            case .intVariable(let slot), .boolVariable(let slot), .enumVariable(let slot): isRead[slot] = true
            case .chose(let option): isChosenInACondition[option] = true
            default: break
            }
        }
    }
}
