extension ScenarioLint {
    /// W305 option that makes no difference, W306 self-loop that changes nothing, W308 duplicate option labels.
    mutating func checkOptions() {
        var labels: [[UInt8]: Int] = [:]
        var outcomes: [OutcomeKey: Int] = [:]
        for (sceneIndex, scene) in scenario.scenes.enumerated() {
            labels.removeAll(keepingCapacity: true)
            outcomes.removeAll(keepingCapacity: true)
            for (position, option) in scene.options.enumerated() {
                let nodes = map.options[option.globalIndex]
                if let first = labels[Self.comparable(option.label)] {
                    sink.warning("W308", "options '\(scene.options[first].id)' and '\(option.id)' have the same label, so the team cannot tell them apart", at: nodes.label)
                } else {
                    labels[Self.comparable(option.label)] = position
                }
                guard Self.isInert(option.consequence), !usage.isChosenInACondition[option.globalIndex] else { continue }
                if isSelfLoop(option.consequence, scene: sceneIndex) {
                    sink.warning("W306", "option '\(option.id)' leads back to scene '\(scene.id)' and changes nothing (no effects, no actions, no time): the team can loop here forever", at: nodes.next)
                } else if let twin = outcomes[OutcomeKey(option.consequence)] {
                    sink.warning("W305", "option '\(option.id)' has no effects, no actions and no destination of its own: it does exactly what '\(scene.options[twin].id)' does", at: nodes.id)
                }
                if outcomes[OutcomeKey(option.consequence)] == nil { outcomes[OutcomeKey(option.consequence)] = position }
            }
            if let timeout = scene.onTimeout, Self.isInert(timeout), isSelfLoop(timeout, scene: sceneIndex),
               let node = map.scenes[sceneIndex].onTimeout.flatMap({ document.member($0, "next") }) {
                sink.warning("W306", "the timeout of scene '\(scene.id)' leads back to it and changes nothing (no effects, no actions, no time)", at: node)
            }
        }
    }

    /// Where a decision goes and how long it takes: two options with the same key and nothing else go the same way.
    private struct OutcomeKey: Hashable {
        var takes: Int
        var routes: [Destination]
        var conditions: [String?]

        init(_ consequence: Consequence) {
            takes = consequence.takes
            switch consequence.next {
            case .destination(let destination):
                routes = [destination]
                conditions = [nil]
            case .routes(let list):
                routes = list.map(\.destination)
                conditions = list.map { $0.condition?.source }
            }
        }
    }

    /// A label as people compare it: ASCII letters lower-cased, runs of white space as one space, none at the ends.
    private static func comparable(_ label: String) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(label.utf8.count)
        var pendingSpace = false
        for byte in label.utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(0x20)
                pendingSpace = false
            }
            result.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
        }
        return result
    }

    /// Whether a decision performs no action and changes no variable.
    private static func isInert(_ consequence: Consequence) -> Bool {
        consequence.actions.isEmpty && consequence.effects.isEmpty
    }

    /// Whether every destination of a consequence that takes no time is its own scene.
    private func isSelfLoop(_ consequence: Consequence, scene: Int) -> Bool {
        guard consequence.takes == 0 else { return false }
        var onlyHere = true
        StoryGraph.forEachRoute(of: consequence.next) { _, destination, _ in onlyHere = onlyHere && destination == .scene(scene) }
        return onlyHere
    }
}
