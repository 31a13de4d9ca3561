extension ScenarioLint {
    /// W305 option that makes no difference, W306 self-loop that changes nothing, W308 duplicate option labels.
    mutating func checkOptions() {
        for (sceneIndex, scene) in scenario.scenes.enumerated() {
            let nodes = map.scenes[sceneIndex]
            var labels: [String: Int] = [:]
            for (position, option) in scene.options.enumerated() {
                let label = option.label.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
                if let first = labels[label] {
                    sink.warning("W308", "options '\(scene.options[first].id)' and '\(option.id)' have the same label, so the team cannot tell them apart", at: nodes.optionNodes[position].label)
                } else {
                    labels[label] = position
                }
                let inert = option.consequence.actions.isEmpty && option.consequence.effects.isEmpty && !usage.chosenOptions.contains(option.globalIndex)
                guard inert else { continue }
                if isSelfLoop(option.consequence, scene: sceneIndex) {
                    sink.warning("W306", "option '\(option.id)' leads back to scene '\(scene.id)' and changes nothing (no effects, no actions, no time): the team can loop here forever", at: nodes.optionNodes[position].next)
                } else if let twin = scene.options[..<position].first(where: { $0.consequence.actions.isEmpty && $0.consequence.effects.isEmpty && sameOutcome($0.consequence, option.consequence) }) {
                    sink.warning("W305", "option '\(option.id)' has no effects, no actions and no destination of its own: it does exactly what '\(twin.id)' does", at: nodes.optionNodes[position].id)
                }
            }
            if let timeout = scene.onTimeout, timeout.actions.isEmpty, timeout.effects.isEmpty, isSelfLoop(timeout, scene: sceneIndex),
               let node = nodes.onTimeout.flatMap({ document.member($0, "next") }) {
                sink.warning("W306", "the timeout of scene '\(scene.id)' leads back to it and changes nothing (no effects, no actions, no time)", at: node)
            }
        }
    }

    /// Whether every destination of a consequence that takes no time is its own scene.
    private func isSelfLoop(_ consequence: Consequence, scene: Int) -> Bool {
        consequence.takes == 0 && StoryGraph.routes(of: consequence.next).allSatisfy { $0.destination == .scene(scene) }
    }

    /// Whether two consequences take the same time and go the same way (same destinations under the same conditions).
    private func sameOutcome(_ a: Consequence, _ b: Consequence) -> Bool {
        guard a.takes == b.takes else { return false }
        let left = StoryGraph.routes(of: a.next), right = StoryGraph.routes(of: b.next)
        return left.count == right.count && zip(left, right).allSatisfy { $0.destination == $1.destination && $0.condition?.source == $1.condition?.source }
    }
}
