/// Everything that changes during a drill: clock, variables, what was visited, chosen and done, the RNG and where the story is.
///
/// A value type: copying it forks the session (the explorer relies on this).
public struct SessionState: Sendable, Hashable {
    /// Where the session stands.
    public enum Position: Sendable, Hashable {
        /// Waiting for a decision in this scene.
        case scene(Int)
        /// Finished at this ending.
        case ended(Int)
    }

    /// The first decision that performed an action: its sequence number and clock `t0`.
    public struct ActionUse: Sendable, Hashable {
        public var sequence: Int
        public var clock: Int
    }

    /// Scenario minutes since T+0.
    public internal(set) var clock: Int = 0
    /// Variable values by slot.
    public internal(set) var values: [RuntimeValue]
    /// Decisions made so far; the next decision's sequence number is `decisions + 1`.
    public internal(set) var decisions: Int = 0
    public internal(set) var position: Position
    public internal(set) var rng: SplitMix64
    /// Every scene entered, in order, then the ending once reached.
    public internal(set) var path: [Destination] = []
    var visited: BitSet
    var chosen: BitSet
    /// Action index -> its first use.
    public internal(set) var firstUse: [Int: ActionUse] = [:]

    init(scenario: Scenario, seed: UInt64) {
        values = scenario.variables.map(\.initial)
        position = .scene(scenario.startScene)
        rng = SplitMix64(seed: seed)
        visited = BitSet(capacity: scenario.scenes.count)
        chosen = BitSet(capacity: scenario.optionOwners.count)
    }

    /// The scene waiting for a decision, or nil once ended.
    public var currentScene: Int? {
        if case .scene(let index) = position { return index }
        return nil
    }

    /// The ending reached, or nil while the drill runs.
    public var ending: Int? {
        if case .ended(let index) = position { return index }
        return nil
    }

    public func hasVisited(scene: Int) -> Bool { visited.contains(scene) }
    public func hasChosen(option: Int) -> Bool { chosen.contains(option) }
    public func hasPerformed(action: Int) -> Bool { firstUse[action] != nil }
}

extension SessionState: ConditionEnvironment {
    public func value(ofSlot slot: Int) -> RuntimeValue { values[slot] }
    public var elapsedMinutes: Int { clock }
}
