/// A committed decision: its round, scene, option (or `timeout`), label and rationale.
public struct LinkDecision: Sendable, Hashable {
    public var round: Int
    public var scene: String
    public var option: String
    public var label: String
    public var rationale: String?

    public init(round: Int, scene: String, option: String, label: String, rationale: String?) {
        self.round = round
        self.scene = scene
        self.option = option
        self.label = label
        self.rationale = rationale
    }
}
