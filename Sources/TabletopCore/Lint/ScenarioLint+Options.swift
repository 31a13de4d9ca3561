extension ScenarioLint {
    /// W305 option that makes no difference, W306 self-loop that changes nothing, W308 duplicate option labels,
    /// in the scenes of `range` (each scene is checked on its own).
    mutating func checkOptions(ofScenes range: Range<Int>) {
        // The option nodes are read through a pointer: the other thread reads the same array, and each
        // subscript through `map` would count a reference to it.
        let optionNodes = map.options
        optionNodes.withUnsafeBufferPointer { optionNodes in checkOptions(ofScenes: range, optionNodes: optionNodes) }
    }

    private mutating func checkOptions(ofScenes range: Range<Int>, optionNodes: UnsafeBufferPointer<ScenarioSourceMap.OptionNodes>) {
        var labels = LabelTwins(document: document, optionNodes: optionNodes)
        var outcomes: [OutcomeKey: Int] = [:]
        // A local, not a method: the option loop's closures would call a method on a copy of all the lint holds.
        let chosen = usage.isChosenInACondition
        /// Whether an option performs no action, changes no variable and is named by no `chose()`: W305 and W306 look at these.
        func isUnchosenAndInert(_ option: UnsafePointer<SceneOption>) -> Bool {
            Self.isInert(option.pointee.consequence) && !chosen[option.pointee.globalIndex]
        }
        scenario.scenes.forEachAddress(in: range) { sceneIndex, scene in
            outcomes.removeAll(keepingCapacity: true)
            // Most scenes have at most one such option, and then no twins: their keys are not worth making.
            var inertOptions = 0
            scene.pointee.options.forEachAddress { _, option in
                if isUnchosenAndInert(option) { inertOptions += 1 }
            }
            scene.pointee.options.forEachAddress { position, option in
                let nodes = optionNodes[option.pointee.globalIndex]
                if let first = scene.pointee.options.withUnsafeBufferPointer({ labels.firstOption(sameAs: position, in: $0) }) {
                    sink.warning("W308", "options '\(scene.pointee.options[first].id)' and '\(option.pointee.id)' have the same label, so the team cannot tell them apart", at: nodes.label)
                }
                guard isUnchosenAndInert(option) else { return }
                var twin: Int?
                if inertOptions > 1 {
                    let outcome = OutcomeKey(option.pointee.consequence)
                    twin = outcomes[outcome]
                    if twin == nil { outcomes[outcome] = position }
                }
                if isSelfLoop(option.pointee.consequence, scene: sceneIndex) {
                    sink.warning("W306", "option '\(option.pointee.id)' leads back to scene '\(scene.pointee.id)' and changes nothing (no effects, no actions, no time): the team can loop here forever", at: nodes.next)
                } else if let twin {
                    sink.warning("W305", "option '\(option.pointee.id)' has no effects, no actions and no destination of its own: it does exactly what '\(scene.pointee.options[twin].id)' does", at: nodes.id)
                }
            }
            if let timeout = scene.pointee.onTimeout, Self.isInert(timeout), isSelfLoop(timeout, scene: sceneIndex),
               !(scene.pointee.timeoutIndex.map { usage.isChosenInACondition[$0] } ?? false),
               let node = map.scenes[sceneIndex].onTimeout.flatMap({ document.member($0, "next") }) {
                sink.warning("W306", "the timeout of scene '\(scene.pointee.id)' leads back to it and changes nothing (no effects, no actions, no time)", at: node)
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

    /// Finds, option after option of a scene, an earlier option whose label reads the same.
    ///
    /// Labels are read from the document: a scenario loaded for checking keeps none (see `ScenarioLoader.keepsProse`).
    /// A scene's few options are compared pairwise, by the prefixes the loader noted, and only labels with the same
    /// prefix are read again: reading each from a large file took a miss in the processor's caches. Those of a
    /// scene with many are hashed, and each label is compared with the first earlier one of the same hash
    /// only, so that a scene of a hundred thousand options costs no more than a hundred thousand looks.
    /// Kept apart from the lint, whose methods its option loop would otherwise call on a copy of all the lint holds.
    private struct LabelTwins {
        /// Borrowed (see `JSONDocument.borrowed()`), like the lint's.
        let document: JSONDocument
        /// The source map's option nodes, valid while the lint reads them.
        let optionNodes: UnsafeBufferPointer<ScenarioSourceMap.OptionNodes>
        /// Per label hash of the scene's options so far, when it has many: the first option with it.
        private var firstByHash: [UInt64: Int] = [:]

        init(document: JSONDocument, optionNodes: UnsafeBufferPointer<ScenarioSourceMap.OptionNodes>) {
            self.document = document
            self.optionNodes = optionNodes
        }

        /// Scenes with at most this many options have their labels compared pairwise.
        static var pairwiseLimit: Int { 16 }

        /// The first of a scene's `options` before `position` whose label reads the same as that option's, or nil.
        /// Asked of each position of a scene in turn, from 0.
        mutating func firstOption(sameAs position: Int, in options: UnsafeBufferPointer<SceneOption>) -> Int? {
            let nodes = optionNodes[options[position].globalIndex]
            let label = nodes.label
            guard options.count > Self.pairwiseLimit else {
                for earlier in 0..<position {
                    let other = optionNodes[options[earlier].globalIndex]
                    if other.labelPrefix == nodes.labelPrefix, same(other.label, label) { return earlier }
                }
                return nil
            }
            if position == 0 { firstByHash.removeAll(keepingCapacity: true) }
            let hash = document.withUTF8(label) { LabelText.hash($0) }
            guard let first = firstByHash[hash] else {
                firstByHash[hash] = position
                return nil
            }
            return same(optionNodes[options[first].globalIndex].label, label) ? first : nil
        }

        /// Whether the labels at two string nodes read the same.
        private func same(_ one: JSONDocument.Index, _ other: JSONDocument.Index) -> Bool {
            document.withUTF8(one) { left in document.withUTF8(other) { right in LabelText.same(left, right) } }
        }
    }

    /// Whether a decision performs no action and changes no variable.
    @inline(__always)
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
