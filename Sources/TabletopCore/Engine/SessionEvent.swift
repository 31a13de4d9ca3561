/// Something that happened in a session, in the order it happened: what a UI shows and a journal records.
public enum SessionEvent: Sendable, Hashable {
    /// The team decided; always the first event of a decision.
    case decision(Decision)
    /// A timed inject fired (index into `Scenario.injects`).
    case timedInject(Int)
    /// A scene was entered.
    case sceneEntered(Int)
    /// A scene inject was shown: the scene and the inject's index in it.
    case sceneInject(scene: Int, inject: Int)
    /// The session reached an ending.
    case ended(Int)
}

/// One recorded decision.
public struct Decision: Sendable, Hashable {
    /// 1-based sequence number.
    public var sequence: Int
    public var scene: Int
    /// The option's position in its scene, or nil for the timeout.
    public var option: Int?
    /// The option id, or `timeout`.
    public var optionID: String
    /// The clock when the decision was taken (`t0`).
    public var clock: Int
    /// Interned action indices performed.
    public var actions: [Int]
    /// Every die rolled while the decision took effect (its own effects, then timed injects'), in order.
    public var rolls: [Roll]
}

/// A die roll and the value it set.
public struct Roll: Sendable, Hashable {
    /// The variable's slot.
    public var slot: Int
    /// The face rolled, 1...sides (the variable gets it clamped to its bounds).
    public var value: Int
}

/// What the team picks in a scene.
public enum Choice: Sendable, Hashable {
    /// The option at this position in the scene's options.
    case option(Int)
    /// The scene's `onTimeout`.
    case timeout
}

/// Why a decision could not be taken.
public enum DecisionError: Error, Sendable, Equatable {
    /// The session already ended.
    case ended
    /// The option is not on offer now (its `when` is false, or there is no such option).
    case notOffered
    /// The scene has no `onTimeout`.
    case noTimeout
}
