/// Runs a scenario as a deterministic state machine, in the normative order of FORMATS.md section 2.
///
/// ```
/// let engine = Engine(scenario: scenario)
/// var (state, events) = engine.start(seed: 7)
/// let more = try engine.decide(.option(0), state: &state)
/// ```
public struct Engine: Sendable {
    public let scenario: Scenario

    public init(scenario: Scenario) {
        self.scenario = scenario
    }

    /// Starts a session: the clock is 0, timed injects at `0m` fire in file order, then the start scene is entered.
    public func start(seed: UInt64) -> (state: SessionState, events: [SessionEvent]) {
        var state = SessionState(scenario: scenario, seed: seed)
        var events: [SessionEvent] = []
        var rolls: [Roll] = []
        fireTimedInjects(after: -1, upTo: 0, state: &state, events: &events, rolls: &rolls)
        go(to: .scene(scenario.startScene), state: &state, events: &events)
        return (state, events)
    }

    /// The positions of the options offered now in the current scene (those whose `when` holds).
    public func offeredOptions(_ state: SessionState) -> [Int] {
        guard let scene = state.currentScene else { return [] }
        return scenario.scenes[scene].options.indices.filter { isOffered($0, in: scene, state: state) }
    }

    /// Whether the option at `position` of `scene` is offered in `state`.
    public func isOffered(_ position: Int, in scene: Int, state: SessionState) -> Bool {
        let options = scenario.scenes[scene].options
        guard options.indices.contains(position) else { return false }
        return options[position].condition?.evaluate(in: state) ?? true
    }

    /// Takes one decision: records it, applies effects, advances the clock, fires timed injects, then follows `next`.
    public func decide(_ choice: Choice, state: inout SessionState) throws(DecisionError) -> [SessionEvent] {
        guard let sceneIndex = state.currentScene else { throw .ended }
        let scene = scenario.scenes[sceneIndex]
        let consequence: Consequence
        let optionID: String
        var position: Int?
        switch choice {
        case .option(let index):
            guard isOffered(index, in: sceneIndex, state: state) else { throw .notOffered }
            let option = scene.options[index]
            consequence = option.consequence
            optionID = option.id
            position = index
            state.chosen.insert(option.globalIndex)
        case .timeout:
            guard let timeout = scene.onTimeout else { throw .noTimeout }
            consequence = timeout
            optionID = "timeout"
            if let timeoutIndex = scene.timeoutIndex { state.chosen.insert(timeoutIndex) }
        }
        // 1. Record the decision.
        state.decisions += 1
        let t0 = state.clock
        for action in consequence.actions where state.firstUse[action] == nil {
            state.firstUse[action] = .init(sequence: state.decisions, clock: t0)
        }
        // 2. Effects, in order.
        var rolls: [Roll] = []
        apply(consequence.effects, state: &state, rolls: &rolls)
        // 3. The clock advances.
        let t1 = t0 + consequence.takes
        state.clock = t1
        // 4. Timed injects with t0 < at <= t1.
        var events: [SessionEvent] = []
        fireTimedInjects(after: t0, upTo: t1, state: &state, events: &events, rolls: &rolls)
        let decision = Decision(sequence: state.decisions, scene: sceneIndex, option: position, optionID: optionID,
                                clock: t0, actions: consequence.actions, rolls: rolls)
        events.insert(.decision(decision), at: 0)
        // 5. Next.
        go(to: destination(of: consequence.next, state: state), state: &state, events: &events)
        return events
    }

    /// The destination `next` leads to now: the first route whose condition holds.
    public func destination(of next: Next, state: SessionState) -> Destination {
        switch next {
        case .destination(let destination):
            return destination
        case .routes(let routes):
            for route in routes where route.condition?.evaluate(in: state) ?? true { return route.destination }
            return routes[routes.count - 1].destination
        }
    }

    private func go(to destination: Destination, state: inout SessionState, events: inout [SessionEvent]) {
        state.path.append(destination)
        switch destination {
        case .ending(let ending):
            state.position = .ended(ending)
            events.append(.ended(ending))
        case .scene(let index):
            state.position = .scene(index)
            state.visited.insert(index)
            events.append(.sceneEntered(index))
            for (position, inject) in scenario.scenes[index].injects.enumerated() where inject.condition?.evaluate(in: state) ?? true {
                events.append(.sceneInject(scene: index, inject: position))
            }
        }
    }

    /// Fires, in time order (ties in file order), the timed injects with `after < at <= upTo` whose condition holds when they fire.
    private func fireTimedInjects(after start: Int, upTo end: Int, state: inout SessionState, events: inout [SessionEvent], rolls: inout [Roll]) {
        let order = scenario.injectsByTime
        guard end > start, !order.isEmpty else { return }
        var low = 0, high = order.count
        while low < high {
            let middle = (low + high) / 2
            if scenario.injects[order[middle]].at <= start { low = middle + 1 } else { high = middle }
        }
        var position = low
        while position < order.count, scenario.injects[order[position]].at <= end {
            let inject = scenario.injects[order[position]]
            if inject.condition?.evaluate(in: state) ?? true {
                events.append(.timedInject(order[position]))
                apply(inject.effects, state: &state, rolls: &rolls)
            }
            position += 1
        }
    }

    private func apply(_ effects: [Effect], state: inout SessionState, rolls: inout [Roll]) {
        for effect in effects {
            switch effect {
            case .set(let slot, let value):
                state.values[slot] = value
            case .add(let slot, let amount):
                guard case .int(let current) = state.values[slot] else { continue }
                let (sum, overflow) = current.addingReportingOverflow(amount)
                let total = overflow ? (amount > 0 ? Int.max : Int.min) : sum
                state.values[slot] = .int(scenario.variables[slot].clamp(total))
            case .roll(let slot, let sides):
                let rolled = state.rng.roll(sides: sides)
                state.values[slot] = .int(scenario.variables[slot].clamp(rolled))
                rolls.append(Roll(slot: slot, value: rolled))
            }
        }
    }
}
