/// One scenario the picker offers: what it shows and the files it opens.
///
/// The list comes from outside the UI (the scenario library's scan); the picker only shows it.
public struct PickerItem: Hashable, Sendable {
    public var title: String
    public var difficulty: String?
    public var minutes: Int?
    public var tags: [String]
    public var summary: String
    public var scenarioPath: String
    /// The playbook paired with the scenario (through its `scenarios` list), if any.
    public var playbookPath: String?

    public init(title: String, difficulty: String?, minutes: Int?, tags: [String], summary: String, scenarioPath: String, playbookPath: String?) {
        self.title = title
        self.difficulty = difficulty
        self.minutes = minutes
        self.tags = tags
        self.summary = summary
        self.scenarioPath = scenarioPath
        self.playbookPath = playbookPath
    }
}
