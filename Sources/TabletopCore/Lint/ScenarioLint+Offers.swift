extension ScenarioLint {
    /// W302 possible dead end, W312 option never offered: what the conditions on options allow.
    mutating func checkOffers() {
        var space = ConditionSpace(scenario: scenario, graph: graph, usage: usage, longestTime: longestTime)
        for (sceneIndex, scene) in scenario.scenes.enumerated() where graph.reachableScenes[sceneIndex] {
            let nodes = map.scenes[sceneIndex]
            for option in scene.options {
                guard let condition = option.condition, let whenNode = map.options[option.globalIndex].when else { continue }
                let finding = space.find(reading: [condition], in: sceneIndex) { condition.evaluate(in: $0) }
                if finding.witness == nil, finding.exhaustive {
                    sink.warning("W312", "option '\(option.id)' is never offered: its condition '\(sanitizedForMessage(condition.source))' is false whatever the team does", at: whenNode)
                }
            }
            let hasTimeout = scene.timeLimitSeconds != nil && scene.onTimeout != nil
            let conditions = scene.options.compactMap(\.condition)
            guard !hasTimeout, conditions.count == scene.options.count else { continue }
            let finding = space.find(reading: conditions, in: sceneIndex) { assignment in
                !conditions.contains { $0.evaluate(in: assignment) }
            }
            if finding.witness != nil {
                sink.warning("W302", "scene '\(scene.id)' may be a dead end: every option has a condition, there is no timeout, and none is offered when \(space.describe(finding))", at: nodes.options)
            }
        }
    }
}
