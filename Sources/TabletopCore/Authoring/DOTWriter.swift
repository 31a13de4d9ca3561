/// Writes a story diagram as a Graphviz DOT digraph: a cluster per phase, endings coloured by outcome, dashed conditional arrows, dotted timeouts.
///
/// Every name and label is a quoted DOT string with `"` and `\` escaped, so no scenario text can
/// end a string early or become a Graphviz escape such as `\N`.
enum DOTWriter {
    static func write(_ diagram: StoryDiagram) -> String {
        var lines = [
            "digraph \(quoted(diagram.id)) {",
            "  graph [label=\(quoted(diagram.title)), labelloc=t, rankdir=LR, newrank=true, fontname=\"Helvetica\"];",
            "  node [shape=box, style=rounded, fontname=\"Helvetica\"];",
            "  edge [fontname=\"Helvetica\", fontsize=10];",
            "  \"_start\" [shape=point, width=0.15];",
        ]
        for (phase, members) in diagram.phases {
            lines.append("  subgraph \(quoted("cluster_" + phase.rawValue)) {")
            lines.append("    label=\(quoted(phase.title)); style=\"rounded,filled\"; fillcolor=\"#f5f5f5\"; color=\"#bdbdbd\";")
            for member in members {
                let node = diagram.nodes[member]
                let bold = member == diagram.start ? ", penwidth=2" : ""
                lines.append("    \(quoted(node.id)) [label=\(label([node.title, "(\(node.id))"]))\(bold)];")
            }
            lines.append("  }")
        }
        for member in diagram.endings {
            let node = diagram.nodes[member]
            guard case .ending(let outcome) = node.kind else { continue }
            let (fill, line) = colours(outcome)
            lines.append("  \(quoted(node.id)) [label=\(label([node.title, "(\(node.id): \(outcome.rawValue))"])), shape=doubleoctagon, style=filled, fillcolor=\"\(fill)\", color=\"\(line)\"];")
        }
        lines.append("  \"_start\" -> \(quoted(diagram.nodes[diagram.start].id));")
        for arrow in diagram.arrows {
            var attributes = ["label=\(label(arrow.labels))"]
            switch arrow.style {
            case .plain: break
            case .conditional: attributes.append("style=dashed")
            case .timeout: attributes.append("style=dotted")
            }
            if let colour = colour(arrow.emphasis) { attributes.append("color=\"\(colour)\", penwidth=2") }
            lines.append("  \(quoted(diagram.nodes[arrow.from].id)) -> \(quoted(diagram.nodes[arrow.to].id)) [\(attributes.joined(separator: ", "))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The colour of an emphasised arrow: green for an expected action, red for one to avoid; nil for none.
    static func colour(_ emphasis: StoryDiagram.Emphasis) -> String? {
        switch emphasis {
        case .none: return nil
        case .expected: return colours(.success).line
        case .avoided: return colours(.failure).line
        }
    }

    /// Fill and line colours of an ending: green, orange or red.
    static func colours(_ outcome: Outcome) -> (fill: String, line: String) {
        switch outcome {
        case .success: return ("#c8e6c9", "#2e7d32")
        case .partial: return ("#ffe0b2", "#ef6c00")
        case .failure: return ("#ffcdd2", "#c62828")
        }
    }

    /// A quoted DOT string whose lines are joined by DOT's `\n` escape.
    private static func label(_ lines: [String]) -> String {
        "\"" + lines.map(escaped).joined(separator: "\\n") + "\""
    }

    private static func quoted(_ text: String) -> String {
        "\"" + escaped(text) + "\""
    }

    private static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in SafeText.singleLine(text).unicodeScalars {
            if scalar == "\"" || scalar == "\\" { result += "\\" }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
