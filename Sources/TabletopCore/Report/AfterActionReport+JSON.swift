extension AfterActionReport {
    /// Everything in the report as one JSON object (`format: tabletop-report/1`); recorded text passes through `SafeText`.
    public var json: JSONOutput {
        .object([
            ("format", .string("tabletop-report/1")),
            ("overview", overviewJSON),
            ("summary", .object([
                ("ending", text(summary.endingID)), ("endingTitle", text(summary.endingTitle)), ("outcome", .string(summary.outcome?.rawValue)),
                ("score", summary.score.map { .number($0) } ?? .null), ("rating", .string(summary.rating?.rawValue)),
                ("ratingMeaning", .string(summary.rating?.meaning)), ("decisions", .int(summary.decisions)),
            ])),
            ("timeline", .array(timeline.map(\.json))),
            ("phases", .array(phases.map { phase in
                .object([
                    ("phase", .string(phase.phase?.rawValue)), ("rating", .string(phase.rating?.rawValue)),
                    ("ratingMeaning", .string(phase.rating?.meaning)), ("earned", .number(phase.earned)), ("possible", .int(phase.possible)),
                    ("strengths", .array(phase.strengths.map(\.json))), ("improvements", .array(phase.improvements.map(\.json))),
                ])
            })),
            ("improvementPlan", .array(plan.map { item in
                .object([
                    ("priority", .string(item.priority.rawValue)), ("id", text(item.id)), ("issue", text(item.issue)),
                    ("correctiveAction", text(item.correctiveAction)), ("phase", .string(item.phase?.rawValue)), ("owner", text(item.owner)),
                ])
            })),
            ("deadlines", .array(deadlines.map { deadline in
                .object([("id", text(deadline.id)), ("title", text(deadline.title)), ("by", .int(deadline.by)), ("doneAt", deadline.doneAt.map { .int($0) } ?? .null)])
            })),
            ("appendix", .object([
                ("journal", text(appendix.journal)), ("seed", .unsigned(appendix.seed)),
                ("scenario", .object([("path", text(appendix.scenarioFile.path)), ("sha256", .string(appendix.scenarioFile.sha256))])),
                ("playbook", appendix.playbookFile.map { .object([("path", text($0.path)), ("sha256", .string($0.sha256))]) } ?? .null),
                ("recordedBy", text(appendix.recordedBy)), ("reportedBy", text(appendix.reportedBy)),
                ("verified", .bool(appendix.verificationProblem == nil)), ("verificationProblem", text(appendix.verificationProblem)),
            ])),
        ])
    }

    private var overviewJSON: JSONOutput {
        .object([
            ("scenario", text(overview.scenarioID)), ("scenarioTitle", text(overview.scenarioTitle)), ("scenarioSummary", text(overview.scenarioSummary)),
            ("playbook", text(overview.playbookID)), ("playbookTitle", text(overview.playbookTitle)),
            ("date", .string(overview.startedAt.date)), ("startedAt", .string(overview.startedAt.iso8601)), ("finishedAt", .string(overview.finishedAt.iso8601)),
            ("realSeconds", .number(Double(overview.finishedAt.milliseconds - overview.startedAt.milliseconds) / 1000)),
            ("pausedSeconds", .number(Double(overview.pausedMilliseconds) / 1000)),
            ("scenarioMinutes", .int(overview.scenarioMinutes)),
            ("participants", .array(overview.participants.map { role in
                .object([("role", text(role.roleID)), ("roleName", text(role.roleName)), ("names", .array(role.names.map { text($0) }))])
            })),
            ("objectives", .array(overview.objectives.map { text($0) })),
        ])
    }
}

extension AfterActionReport.TimelineRow {
    var json: JSONOutput {
        var members: [(String, JSONOutput)] = [
            ("line", .int(line)), ("at", .string(at.iso8601)), ("clock", .int(clock)), ("kind", .string(kind.rawValue)),
            ("scene", text(scene)), ("title", text(title)), ("detail", text(detail)),
        ]
        if let decision, let sequence {
            members += [
                ("decision", .int(sequence)), ("sceneID", text(decision.scene)), ("option", text(decision.option)), ("optionLabel", text(option)),
                ("role", text(decision.role)), ("roleName", text(role)), ("people", .array(people.map { text($0) })),
                ("rationale", text(rationale)), ("actions", .array(actions.map { text($0) })),
                ("rolls", .array(decision.rolls.map { .object([("variable", text($0.variable)), ("value", .int($0.value))]) })),
                ("decisionSeconds", .number(decision.decisionSeconds)),
            ]
            if !votes.isEmpty {
                members.append(("votes", .array(votes.map { vote in
                    .object([("name", text(vote.name)), ("role", text(vote.roleID)), ("roleName", text(vote.role)),
                             ("option", text(vote.optionID)), ("optionLabel", text(vote.option)), ("argument", text(vote.argument))])
                })))
            }
        }
        return .object(members)
    }
}

extension AfterActionReport.Finding {
    var json: JSONOutput {
        .object([
            ("id", text(id)), ("title", text(title)), ("status", .string(status.rawValue)), ("reasons", .array(reasons.map { .string($0) })),
            ("detail", text(detail)), ("why", text(why)), ("critical", .bool(critical)), ("phase", .string(phase?.rawValue)),
            ("owner", text(ownerID)), ("ownerName", text(owner)),
        ])
    }
}

/// Recorded text for JSON: terminal controls and bidi overrides removed, null when absent.
private func text(_ value: String?) -> JSONOutput {
    value.map { .string(SafeText.multiline($0)) } ?? .null
}
