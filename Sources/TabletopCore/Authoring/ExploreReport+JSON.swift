extension ExploreReport {
    /// The `explore --format json` object; docs/authoring.md lists its fields.
    public func json(scenario: Scenario, playbook: Playbook?) -> JSONOutput {
        var runs: JSONOutput = .null
        if case .random(let count) = mode { runs = .int(count) }
        var members: [(String, JSONOutput)] = [
            ("scenario", .string(scenario.id)),
            ("playbook", .string(playbook?.id)),
            ("mode", .string(mode == .exhaustive ? "exhaustive" : "random")),
            ("runs", runs),
            ("seed", .unsigned(seed)),
            ("maxDepth", .int(maxDepth)),
            ("decisions", .int(decisions)),
            ("states", mode == .exhaustive ? .int(states) : .null),
            ("stateCapReached", .bool(stateCapReached)),
            ("completeDepth", mode == .exhaustive ? .int(completeDepth) : .null),
            ("finished", .int(finished)),
            ("cutOff", .int(cutOff)),
            ("scenes", .array(scenario.scenes.indices.map { .object([("id", .string(scenario.scenes[$0].id)), ("reached", .int(sceneCounts[$0]))]) })),
            ("endings", .array(scenario.endings.indices.map {
                .object([("id", .string(scenario.endings[$0].id)), ("outcome", .string(scenario.endings[$0].outcome.rawValue)), ("reached", .int(endingCounts[$0]))])
            })),
            ("unreachedScenes", .array(scenario.scenes.indices.filter { sceneCounts[$0] == 0 }.map { .string(scenario.scenes[$0].id) })),
            ("unreachedEndings", .array(scenario.endings.indices.filter { endingCounts[$0] == 0 }.map { .string(scenario.endings[$0].id) })),
            ("deadEnds", .array(deadEnds.map { deadEnd in
                .object([("scene", .string(scenario.scenes[deadEnd.scene].id)), ("count", .int(deadEnd.count))] + Self.members(of: deadEnd.path, scenario))
            })),
        ]
        var scoreMembers: JSONOutput = .null
        if let scores {
            func extreme(_ value: Extreme) -> JSONOutput {
                .object([("score", .number(value.score)), ("ending", .string(scenario.endings[value.ending].id))] + Self.members(of: value.path, scenario))
            }
            scoreMembers = .object([("lowest", extreme(scores.lowest)), ("median", .number(scores.median)), ("highest", extreme(scores.highest))])
        }
        members.append(("scores", scoreMembers))
        if let playbook {
            members.append(("expectations", .array(playbook.expectations.indices.map {
                .object([("id", .string(playbook.expectations[$0].id)), ("best", .string(bestStatus[$0].rawValue))])
            })))
            members.append(("unmetExpectations", .array(unmetExpectations.map { .string(playbook.expectations[$0].id) })))
        }
        return .object(members)
    }

    /// `seed` and `choices` of a path.
    private static func members(of path: ExplorePath, _ scenario: Scenario) -> [(String, JSONOutput)] {
        [("seed", .unsigned(path.seed)), ("choices", .array(path.choiceIDs(in: scenario).map { .string($0) }))]
    }
}
