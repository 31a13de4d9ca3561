import ArgumentParser
import TabletopCore

extension GraphFormat: ExpressibleByArgument {}

/// `tabletop graph`: draws a scenario's story graph for Graphviz or Mermaid.
struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw a scenario's scenes, endings and choices as a Graphviz or Mermaid graph.",
        discussion: """
            Scenes are grouped by phase and endings coloured by outcome (green success, orange \
            partial, red failure); arrows are labelled by option id, dashed (DOT) or dotted \
            (Mermaid) when a condition decides them, dotted (DOT) or thick (Mermaid) for timeouts. \
            With --playbook, arrows that perform an expected action are green and those that \
            perform an action to avoid red. Render with e.g. 'tabletop graph x.json | dot -Tsvg > x.svg'.
            """
    )

    @Argument(help: "The scenario file.")
    var scenario: String

    @Option(help: "A playbook whose expected and avoided actions colour the arrows.")
    var playbook: String?

    @Option(help: "Output format: dot or mermaid.")
    var format: GraphFormat = .dot

    func run() throws {
        let scenario = try InputLoading.scenario(self.scenario)
        let playbook = try self.playbook.map { try InputLoading.playbook($0, for: scenario) }
        try Console.out(scenario.graph(format, playbook: playbook))
    }
}
