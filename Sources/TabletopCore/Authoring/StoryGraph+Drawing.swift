/// The formats `tabletop graph` writes.
public enum GraphFormat: String, Sendable, CaseIterable {
    case dot
    case mermaid
}

extension Scenario {
    /// The story graph drawn in `format`: scenes grouped by phase, endings styled by outcome, arrows labelled by option.
    ///
    /// With a playbook, arrows whose options perform an expected action are green and those that perform an action to avoid are red.
    public func graph(_ format: GraphFormat, playbook: Playbook? = nil) -> String {
        let diagram = StoryDiagram(scenario: self, playbook: playbook)
        switch format {
        case .dot: return DOTWriter.write(diagram)
        case .mermaid: return MermaidWriter.write(diagram)
        }
    }
}
