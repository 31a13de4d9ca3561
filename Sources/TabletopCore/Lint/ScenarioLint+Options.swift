extension ScenarioLint {
    /// W305 option that makes no difference, W306 self-loop that changes nothing, W308 duplicate option labels.
    mutating func checkOptions() {
        for (sceneIndex, scene) in scenario.scenes.enumerated() {
            for (position, option) in scene.options.enumerated() {
                let nodes = map.options[option.globalIndex]
                if let first = scene.options[..<position].first(where: { Self.sameLabel($0.label, option.label) }) {
                    sink.warning("W308", "options '\(first.id)' and '\(option.id)' have the same label, so the team cannot tell them apart", at: nodes.label)
                }
                guard Self.isInert(option.consequence), !usage.isChosenInACondition[option.globalIndex] else { continue }
                if isSelfLoop(option.consequence, scene: sceneIndex) {
                    sink.warning("W306", "option '\(option.id)' leads back to scene '\(scene.id)' and changes nothing (no effects, no actions, no time): the team can loop here forever", at: nodes.next)
                } else if let twin = scene.options[..<position].first(where: { Self.isInert($0.consequence) && Self.sameOutcome($0.consequence, option.consequence) }) {
                    sink.warning("W305", "option '\(option.id)' has no effects, no actions and no destination of its own: it does exactly what '\(twin.id)' does", at: nodes.id)
                }
            }
            if let timeout = scene.onTimeout, Self.isInert(timeout), isSelfLoop(timeout, scene: sceneIndex),
               let node = map.scenes[sceneIndex].onTimeout.flatMap({ document.member($0, "next") }) {
                sink.warning("W306", "the timeout of scene '\(scene.id)' leads back to it and changes nothing (no effects, no actions, no time)", at: node)
            }
        }
    }

    /// Whether two labels read the same: ASCII letters compared without case, runs of white space as one space, none at the ends.
    private static func sameLabel(_ a: String, _ b: String) -> Bool {
        var left = LabelBytes(a.utf8.makeIterator()), right = LabelBytes(b.utf8.makeIterator())
        while true {
            let x = left.next(), y = right.next()
            if x != y { return false }
            if x == nil { return true }
        }
    }

    /// A label's bytes with ASCII letters lower-cased and white space collapsed to single spaces between words.
    private struct LabelBytes: IteratorProtocol {
        var bytes: String.UTF8View.Iterator
        var pending: UInt8?
        var started = false

        init(_ bytes: String.UTF8View.Iterator) { self.bytes = bytes }

        mutating func next() -> UInt8? {
            if let byte = pending {
                pending = nil
                return byte
            }
            var sawSpace = false
            while let byte = bytes.next() {
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    sawSpace = true
                    continue
                }
                let lowered = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                if sawSpace && started {
                    pending = lowered
                    return 0x20
                }
                started = true
                return lowered
            }
            return nil
        }
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

    /// Whether two consequences take the same time and go the same way (same destinations under the same conditions).
    private static func sameOutcome(_ a: Consequence, _ b: Consequence) -> Bool {
        guard a.takes == b.takes else { return false }
        switch (a.next, b.next) {
        case (.destination(let left), .destination(let right)): return left == right
        case (.routes(let left), .routes(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { $0.destination == $1.destination && $0.condition?.source == $1.condition?.source }
        default: return false
        }
    }
}
