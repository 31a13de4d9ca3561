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
        self.init(scenario: scenario, scenes: scenario.scenes.indices, timedInjects: true)
    }

    /// What the scenes of `range` read and change, and the timed injects too when `timedInjects` is true.
    /// The usage of a large scenario is gathered in parts at once, then added up (see `add(_:)`).
    init(scenario: Scenario, scenes range: Range<Int>, timedInjects: Bool) {
        isRead = Array(repeating: false, count: scenario.variables.count)
        effectsBySlot = Array(repeating: [], count: scenario.variables.count)
        isChosenInACondition = Array(repeating: false, count: scenario.optionOwners.count)
        isPerformed = Array(repeating: false, count: scenario.actionIDs.count)
        scenario.scenes.forEachAddress(in: range) { _, scene in
            scene.pointee.injects.forEachAddress { _, inject in note(conditionAt: inject.pointer(to: \.condition)!) }
            scene.pointee.options.forEachAddress { _, option in
                note(conditionAt: option.pointer(to: \.condition)!)
                note(option.pointer(to: \.consequence)!)
            }
            if let timeout = scene.pointee.onTimeout { withUnsafePointer(to: timeout) { note($0) } }
        }
        guard timedInjects else { return }
        scenario.injects.forEachAddress { _, inject in
            note(conditionAt: inject.pointer(to: \.condition)!)
            inject.pointee.effects.withUnsafeBufferPointer { note($0) }
        }
    }

    /// Adds the usage gathered from a later part of the same scenario, as if this part had gone on to gather it.
    mutating func add(_ later: ScenarioUsage) {
        for slot in isRead.indices {
            isRead[slot] = isRead[slot] || later.isRead[slot]
            effectsBySlot[slot] += later.effectsBySlot[slot]
        }
        for option in isChosenInACondition.indices where later.isChosenInACondition[option] { isChosenInACondition[option] = true }
        for action in isPerformed.indices where later.isPerformed[action] { isPerformed[action] = true }
    }

    @inline(__always)
    private mutating func note(_ consequence: UnsafePointer<Consequence>) {
        consequence.pointee.actions.withUnsafeBufferPointer { actions in
            for action in actions { isPerformed[action] = true }
        }
        consequence.pointee.effects.withUnsafeBufferPointer { note($0) }
        if case .routes(let routes) = consequence.pointee.next {
            routes.forEachAddress { _, route in note(conditionAt: route.pointer(to: \.condition)!) }
        }
    }

    private mutating func note(_ effects: UnsafeBufferPointer<Effect>) {
        for effect in effects {
            switch effect {
            case .set(let slot, _), .add(let slot, _), .roll(let slot, _): effectsBySlot[slot].append(effect)
            }
        }
    }

    private mutating func note(conditionAt condition: UnsafePointer<Condition?>) {
        Condition.forEachInstruction(ofConditionAt: condition) { instruction in
            switch instruction {
            case .intVariable(let slot), .boolVariable(let slot), .enumVariable(let slot): isRead[slot] = true
            case .chose(let option): isChosenInACondition[option] = true
            default: break
            }
        }
    }
}
