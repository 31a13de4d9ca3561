extension JournalEntry {
    /// The line as written to the file, without its newline: compact JSON, `seq`, `type`, `at`, `clock`, `prev` first.
    public var line: String { json.rendered() }

    /// The line as a JSON object.
    public var json: JSONOutput {
        var members: [(String, JSONOutput)] = [
            ("seq", .int(seq)), ("type", .string(event.type)), ("at", .string(at.iso8601)),
            ("clock", .int(clock)), ("prev", .string(prev)),
        ]
        members += event.fields
        return .object(members)
    }
}

extension JournalEvent {
    /// The members a line of this type adds after the common ones.
    var fields: [(String, JSONOutput)] {
        switch self {
        case .started(let start):
            return [
                ("format", .string(JournalStart.format)),
                ("scenario", .object([
                    ("id", .string(start.scenario.id)), ("title", .string(start.scenario.title)),
                    ("path", .string(start.scenario.file.path)), ("sha256", .string(start.scenario.file.sha256)),
                ])),
                ("playbook", start.playbook.map { playbook in
                    .object([("id", .string(playbook.id)), ("path", .string(playbook.file.path)), ("sha256", .string(playbook.file.sha256))])
                } ?? .null),
                ("seed", .unsigned(start.seed)),
                ("participants", .array(start.participants.map { .object([("role", .string($0.role)), ("name", .string($0.name))]) })),
                ("tool", .object([("name", .string(start.toolName)), ("version", .string(start.toolVersion))])),
            ]
        case .scene(let id):
            return [("scene", .string(id))]
        case .inject(let inject):
            var members: [(String, JSONOutput)] = [("source", .string(inject.source.rawValue))]
            if let id = inject.id { members.append(("id", .string(id))) }
            return members + [("from", .string(inject.from)), ("channel", .string(inject.channel.rawValue)), ("text", .string(inject.text))]
        case .decision(let decision):
            var members: [(String, JSONOutput)] = [
                ("scene", .string(decision.scene)), ("option", .string(decision.option)),
                ("actions", .array(decision.actions.map { .string($0) })),
            ]
            if let role = decision.role { members.append(("role", .string(role))) }
            if let rationale = decision.rationale { members.append(("rationale", .string(rationale))) }
            members.append(("decisionSeconds", .number(decision.decisionSeconds)))
            members.append(("rolls", .array(decision.rolls.map { .object([("variable", .string($0.variable)), ("value", .int($0.value))]) })))
            return members
        case .note(let text):
            return [("text", .string(text))]
        case .pause, .resume, .quit:
            return []
        case .joined(let participant):
            return [("role", .string(participant.role)), ("name", .string(participant.name))]
        case .left(let participant, let reason):
            var members: [(String, JSONOutput)] = [("role", .string(participant.role)), ("name", .string(participant.name))]
            if let reason { members.append(("reason", .string(reason))) }
            return members
        case .vote(let vote):
            var members: [(String, JSONOutput)] = [
                ("scene", .string(vote.scene)), ("option", .string(vote.option)),
                ("role", .string(vote.participant.role)), ("name", .string(vote.participant.name)),
            ]
            if let argument = vote.argument { members.append(("argument", .string(argument))) }
            return members
        case .ended(let ending):
            return [
                ("ending", .string(ending.ending)), ("outcome", .string(ending.outcome.rawValue)),
                ("score", ending.score.map { .number($0) } ?? .null), ("rating", .string(ending.rating?.rawValue)),
            ]
        }
    }
}
