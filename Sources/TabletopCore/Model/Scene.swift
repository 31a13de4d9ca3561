/// One step of the story: narrative, injects, a prompt and the options offered to the team.
public struct Scene: Sendable {
    public var id: String
    public var title: String
    public var phase: Phase
    public var narrative: String
    public var injects: [SceneInject]
    public var prompt: String
    public var options: [SceneOption]
    /// Real-time seconds the team has to decide, when the scene is timed.
    public var timeLimitSeconds: Int?
    /// What happens when the time limit runs out (taken as the option `timeout`).
    public var onTimeout: Consequence?
    /// The engine-wide option index of `timeout`, used by `chose('scene/timeout')`; nil without `onTimeout`.
    public var timeoutIndex: Int?
}

/// A choice offered in a scene.
public struct SceneOption: Sendable {
    public var id: String
    public var label: String
    /// Index into the scenario's roles of the role that owns this choice.
    public var role: Int?
    /// Offered only when this holds.
    public var condition: Condition?
    public var consequence: Consequence
    /// The engine-wide index of this option, used by `chose(...)`.
    public var globalIndex: Int
}

/// What a decision does: actions performed, effects, time taken, feedback and where the story goes.
public struct Consequence: Sendable {
    /// Interned action indices (see `Scenario.actionIDs`), in file order.
    public var actions: [Int]
    public var effects: [Effect]
    /// Scenario minutes the decision takes.
    public var takes: Int
    public var feedback: String?
    public var next: Next
}

/// Where the story goes after a decision.
public enum Next: Sendable {
    /// Straight to a scene or ending.
    case destination(Destination)
    /// The first route whose condition holds (the last route has none).
    case routes([Route])
}

/// A conditional branch of `next`.
public struct Route: Sendable {
    public var destination: Destination
    public var condition: Condition?
}

/// A scene or an ending, by index.
public enum Destination: Sendable, Hashable {
    case scene(Int)
    case ending(Int)
}

/// A change to a variable, applied in order when a decision or timed inject takes effect.
public enum Effect: Sendable, Hashable {
    /// `{"set": VAR, "to": VALUE}`.
    case set(slot: Int, value: RuntimeValue)
    /// `{"add": VAR, "by": INT}`, clamped.
    case add(slot: Int, amount: Int)
    /// `{"roll": VAR, "sides": N}`: a die roll 1...N from the session RNG.
    case roll(slot: Int, sides: Int)
}
