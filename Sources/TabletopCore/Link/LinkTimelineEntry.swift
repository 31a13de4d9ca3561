/// One line of the shared timeline.
public struct LinkTimelineEntry: Sendable, Hashable {
    /// What kind of entry it is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case scene, inject, decision, note, ending
    }

    /// Scenario minutes when it happened.
    public var clock: Int
    public var kind: Kind
    /// A short heading: the scene title, the inject's sender and channel, the option chosen...
    public var heading: String
    /// The body: the inject text, the decision's rationale, the note... (may be empty).
    public var text: String

    public init(clock: Int, kind: Kind, heading: String, text: String) {
        self.clock = clock
        self.kind = kind
        self.heading = heading
        self.text = text
    }
}
