/// Writes a story diagram as a Mermaid flowchart: a subgraph per phase, endings styled by outcome, dotted conditional arrows, thick timeouts.
///
/// Nodes are named `n0`, `n1` ... (scenes) and `e0` ... (endings), so no scene id can clash with
/// Mermaid syntax such as `end`; every label is quoted, with quotes and the characters Mermaid
/// treats specially written as entity codes (`#quot;`, `#35;` ...).
enum MermaidWriter {
    static func write(_ diagram: StoryDiagram) -> String {
        var lines = ["%% tabletop graph of scenario \(diagram.id)", "flowchart LR", "  start_((\"start\"))"]
        let sceneCount = diagram.nodes.count - diagram.endings.count
        func name(_ node: Int) -> String { node < sceneCount ? "n\(node)" : "e\(node - sceneCount)" }
        for (phase, members) in diagram.phases {
            lines.append("  subgraph phase_\(phase.rawValue.replacing("-", with: "_")) [\(label([phase.title]))]")
            for member in members {
                let node = diagram.nodes[member]
                lines.append("    \(name(member))[\(label([node.title, "(\(node.id))"]))]")
            }
            lines.append("  end")
        }
        for member in diagram.endings {
            let node = diagram.nodes[member]
            guard case .ending(let outcome) = node.kind else { continue }
            lines.append("  \(name(member))([\(label([node.title, "(\(node.id): \(outcome.rawValue))"]))]):::\(outcome.rawValue)")
        }
        lines.append("  start_ --> \(name(diagram.start))")
        var emphasised: [(link: Int, colour: String)] = []
        for (position, arrow) in diagram.arrows.enumerated() {
            let link: String
            switch arrow.style {
            case .plain: link = "-->"
            case .conditional: link = "-.->"
            case .timeout: link = "==>"
            }
            lines.append("  \(name(arrow.from)) \(link)|\(label(arrow.labels))| \(name(arrow.to))")
            if let colour = DOTWriter.colour(arrow.emphasis) { emphasised.append((position + 1, colour)) }
        }
        for outcome in Outcome.allCases {
            let (fill, line) = DOTWriter.colours(outcome)
            lines.append("  classDef \(outcome.rawValue) fill:\(fill),stroke:\(line)")
        }
        for (link, colour) in emphasised {
            lines.append("  linkStyle \(link) stroke:\(colour),stroke-width:2px")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A quoted label; lines are joined with ` / ` (Mermaid line breaks need HTML labels).
    private static func label(_ lines: [String]) -> String {
        "\"" + lines.map(escaped).joined(separator: " / ") + "\""
    }

    private static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in SafeText.singleLine(text).unicodeScalars {
            switch scalar {
            case "\"": result += "#quot;"
            case "#", "<", ">", "&", "|", "`", ";": result += "#\(scalar.value);"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
