extension ScenarioLint {
    /// W302 possible dead end, W312 option never offered: what the conditions on options allow, in the scenes of `range`.
    mutating func checkOffers(ofScenes range: Range<Int>, space: ConditionSpace) {
        var space = space.share(ofScenes: range, in: scenario.scenes.count)
        for sceneIndex in range where graph.reachableScenes[sceneIndex] {
            let scene = scenario.scenes[sceneIndex]
            let nodes = map.scenes[sceneIndex]
            for option in scene.options {
                guard let condition = option.condition, let whenNode = map.options[option.globalIndex].when,
                      !space.holdsAtFirstVisit(condition, in: sceneIndex) else { continue }
                let finding = space.find(reading: [condition], in: sceneIndex) { condition.evaluate(in: $0) }
                if finding.witness == nil, finding.exhaustive {
                    sink.warning("W312", "option '\(option.id)' is never offered: its condition '\(sanitizedForMessage(condition.source))' is false whatever the team does", at: whenNode)
                }
            }
            let hasTimeout = scene.timeLimitSeconds != nil && scene.onTimeout != nil
            guard !hasTimeout, scene.options.allSatisfy({ $0.condition != nil }) else { continue }
            let conditions = scene.options.compactMap(\.condition)
            let finding = space.find(reading: conditions, in: sceneIndex) { assignment in
                !conditions.contains { $0.evaluate(in: assignment) }
            }
            if finding.witness != nil {
                sink.warning("W302", "scene '\(scene.id)' may be a dead end: every option has a condition, there is no timeout, and none is offered when \(space.describe(finding))", at: nodes.options)
            }
        }
    }
}
