/// The scene being decided, as a participant reads it.
public struct LinkScene: Sendable, Hashable {
    public var id: String
    public var title: String
    /// The phase's name, e.g. `containment`.
    public var phase: String
    public var narrative: String
    public var prompt: String

    public init(id: String, title: String, phase: String, narrative: String, prompt: String) {
        self.id = id
        self.title = title
        self.phase = phase
        self.narrative = narrative
        self.prompt = prompt
    }
}
