/// The medium an inject arrives through.
public enum Channel: String, Sendable, Hashable, CaseIterable {
    case email, chat, phone, ticket, news, alert, log, other
}

/// A message shown when its scene is entered (and its condition holds then).
public struct SceneInject: Sendable {
    public var from: String
    public var channel: Channel
    public var text: String
    public var condition: Condition?
}

/// A message that arrives at a set scenario time, possibly changing variables.
public struct TimedInject: Sendable {
    public var id: String
    /// Scenario minutes from T+0.
    public var at: Int
    public var condition: Condition?
    public var from: String
    public var channel: Channel
    public var text: String
    public var effects: [Effect]
}
