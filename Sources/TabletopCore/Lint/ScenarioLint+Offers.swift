extension ScenarioLint {
    /// W302 possible dead end, W312 option never offered: what the conditions on options allow, in the scenes of `range`.
    mutating func checkOffers(ofScenes range: Range<Int>, space: ConditionSpace) {
        var space = space.share(ofScenes: range, in: scenario.scenes.count)
        for sceneIndex in range where graph.reachableScenes[sceneIndex] {
            // The fields read, not whole scenes and options: a copy of each would count references to all they
            // hold, among them conditions that scenes in the other thread's half share.
            let options = scenario.scenes[sceneIndex].options
            var everyOptionHasACondition = true
            for position in options.indices {
                guard let condition = options[position].condition else {
                    everyOptionHasACondition = false
                    continue
                }
                guard let whenNode = map.options[options[position].globalIndex].when, !space.holdsAtFirstVisit(condition, in: sceneIndex) else { continue }
                let finding = space.find(reading: [condition], in: sceneIndex) { condition.evaluate(in: $0) }
                if finding.witness == nil, finding.exhaustive {
                    sink.warning("W312", "option '\(options[position].id)' is never offered: its condition '\(sanitizedForMessage(condition.source))' is false whatever the team does", at: whenNode)
                }
            }
            let hasTimeout = scenario.scenes[sceneIndex].timeLimitSeconds != nil && scenario.scenes[sceneIndex].onTimeout != nil
            guard !hasTimeout, everyOptionHasACondition else { continue }
            let conditions = options.compactMap(\.condition)
            let finding = space.find(reading: conditions, in: sceneIndex) { assignment in
                !conditions.contains { $0.evaluate(in: assignment) }
            }
            if finding.witness != nil {
                sink.warning("W302", "scene '\(scenario.scenes[sceneIndex].id)' may be a dead end: every option has a condition, there is no timeout, and none is offered when \(space.describe(finding))", at: map.scenes[sceneIndex].options)
            }
        }
    }
}
