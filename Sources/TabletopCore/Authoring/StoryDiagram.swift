/// A drawing of a scenario's story graph before it is written in a format: scenes grouped by phase, endings by outcome, labelled arrows.
///
/// Arrows between the same two places are merged, their labels listed one a line. An arrow is
/// conditional when a condition decides every way it can be taken (an option's `when`, a route's
/// `when`, or the fallback route after conditional ones), a timeout when only a timeout takes it.
/// With a playbook, arrows whose options perform an expected action are marked, and those that
/// perform an action to avoid more so. Text is made safe for a single line; the writers escape it
/// for their format.
struct StoryDiagram {
    /// A scene or an ending.
    struct Node {
        var id: String
        /// The title, on one line and cut to a readable length.
        var title: String
        var kind: Kind
    }

    enum Kind {
        case scene(Phase)
        case ending(Outcome)
    }

    enum Style {
        case plain, conditional, timeout
    }

    enum Emphasis {
        case none, expected, avoided
    }

    /// One arrow: its label lines, style and emphasis.
    struct Arrow {
        var from: Int
        var to: Int
        var labels: [String]
        var style: Style
        var emphasis: Emphasis
    }

    let id: String
    let title: String
    /// Scenes first, in file order, then endings.
    let nodes: [Node]
    /// Scene node indices per phase, in canonical phase order; phases without scenes are left out.
    let phases: [(phase: Phase, members: [Int])]
    /// Ending node indices.
    let endings: [Int]
    let start: Int
    let arrows: [Arrow]

    /// The longest title or condition shown before it is cut with `...`.
    static let longestText = 48

    init(scenario: Scenario, playbook: Playbook?) {
        id = scenario.id
        title = Self.cut(scenario.title)
        let sceneCount = scenario.scenes.count
        nodes = scenario.scenes.map { Node(id: $0.id, title: Self.cut($0.title), kind: .scene($0.phase)) }
            + scenario.endings.map { Node(id: $0.id, title: Self.cut($0.title), kind: .ending($0.outcome)) }
        phases = Phase.allCases.compactMap { phase in
            let members = scenario.scenes.indices.filter { scenario.scenes[$0].phase == phase }
            return members.isEmpty ? nil : (phase, members)
        }
        endings = Array(sceneCount..<(sceneCount + scenario.endings.count))
        start = scenario.startScene
        let expected = Set(playbook?.expectations.flatMap(\.actions) ?? [])
        let avoided = Set(playbook?.avoid.flatMap(\.actions) ?? [])
        var arrows: [Arrow] = []
        var positions: [[Int]: Int] = [:]
        for edge in StoryGraph(scenario: scenario).edges() {
            let scene = scenario.scenes[edge.scene]
            let consequence: Consequence
            var label: String
            switch edge.choice {
            case .option(let position):
                consequence = scene.options[position].consequence
                label = scene.options[position].id
            case .timeout:
                consequence = scene.onTimeout!
                label = "timeout"
            }
            if let condition = edge.optionCondition { label += " when " + Self.cut(condition.source) }
            let fallback = edge.routeCondition == nil && (edge.route ?? 0) > 0
            if let condition = edge.routeCondition { label += " if " + Self.cut(condition.source) } else if fallback { label += " otherwise" }
            let style: Style = edge.choice == .timeout ? .timeout : edge.isConditional || fallback ? .conditional : .plain
            let actions = consequence.actions.map { scenario.actionIDs[$0] }
            let emphasis: Emphasis = actions.contains(where: avoided.contains) ? .avoided : actions.contains(where: expected.contains) ? .expected : .none
            let to: Int
            switch edge.destination {
            case .scene(let index): to = index
            case .ending(let index): to = sceneCount + index
            }
            let key = [edge.scene, to]
            guard let existing = positions[key] else {
                positions[key] = arrows.count
                arrows.append(Arrow(from: edge.scene, to: to, labels: [label], style: style, emphasis: emphasis))
                continue
            }
            arrows[existing].labels.append(label)
            arrows[existing].style = Self.merge(arrows[existing].style, style)
            if emphasis == .avoided || (emphasis == .expected && arrows[existing].emphasis == .none) { arrows[existing].emphasis = emphasis }
        }
        self.arrows = arrows
    }

    /// The style of an arrow taken two ways: plain if either way is, a timeout only if both are.
    private static func merge(_ a: Style, _ b: Style) -> Style {
        if a == .plain || b == .plain { return .plain }
        return a == .timeout && b == .timeout ? .timeout : .conditional
    }

    /// Text on one line, free of control characters, cut to `longestText` characters.
    static func cut(_ text: String) -> String {
        let line = SafeText.singleLine(text)
        return line.count > longestText ? String(line.prefix(longestText - 3)) + "..." : line
    }
}
