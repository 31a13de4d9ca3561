/// The ending reached: its id, title, outcome (`success`, `partial`, `failure`) and narrative.
public struct LinkEnding: Sendable, Hashable {
    public var id: String
    public var title: String
    public var outcome: String
    public var narrative: String

    public init(id: String, title: String, outcome: String, narrative: String) {
        self.id = id
        self.title = title
        self.outcome = outcome
        self.narrative = narrative
    }
}
