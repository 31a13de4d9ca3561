extension HeadlessPlay.Record {
    /// The one JSON object of `tabletop play --format json`, exactly as FORMATS.md section 4 lays it out.
    public func json(scenario: Scenario, playbook: Playbook?) -> JSONOutput {
        let ending = state.ending.map { scenario.endings[$0] }
        var members: [(String, JSONOutput)] = [
            ("scenario", .string(scenario.id)),
            ("playbook", .string(playbook?.id)),
            ("seed", .unsigned(seed)),
            ("ending", .string(ending?.id)),
            ("outcome", .string(ending?.outcome.rawValue)),
            ("decisions", .int(state.decisions)),
            ("elapsedMinutes", .int(state.clock)),
            ("score", score?.score.map { .number($0) } ?? .null),
            ("rating", .string(score?.rating?.rawValue)),
        ]
        members.append(("phases", .array((score?.phases ?? []).map { phase in
            .object([
                ("phase", .string(phase.phase.rawValue)), ("earned", .number(phase.earned)),
                ("possible", .int(phase.possible)), ("rating", .string(phase.rating.rawValue)),
            ])
        })))
        members.append(("expectations", .array((score?.expectations ?? []).map { result in
            .object([
                ("id", .string(result.id)), ("status", .string(result.status.rawValue)),
                ("reasons", .array(result.reasons.map { .string($0) })), ("credit", .number(result.credit)),
            ])
        })))
        members.append(("avoid", .array((score?.avoid ?? []).map { result in
            .object([("id", .string(result.id)), ("taken", .bool(result.taken)), ("penalty", .int(result.penalty))])
        })))
        members.append(("variables", .object(scenario.variables.enumerated().map { slot, variable in
            (variable.name, variable.json(state.values[slot]))
        })))
        members.append(("path", .array(state.path.map { .string(scenario.id(of: $0)) })))
        return .object(members)
    }
}

extension Variable {
    /// A value as JSON: a number, a boolean or the enum value's name.
    public func json(_ value: RuntimeValue) -> JSONOutput {
        switch value {
        case .int(let number): return .int(number)
        case .bool(let flag): return .bool(flag)
        case .enumCase: return .string(describe(value))
        }
    }
}

extension Scenario {
    /// The id of a scene or ending.
    public func id(of destination: Destination) -> String {
        switch destination {
        case .scene(let index): return scenes[index].id
        case .ending(let index): return endings[index].id
        }
    }
}
