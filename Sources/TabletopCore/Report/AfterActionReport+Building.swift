extension AfterActionReport {
    /// Builds the report of an inspected journal; throws when it could not be replayed (its files are missing or changed, or replay failed).
    ///
    /// A journal whose chain is broken still gets a report, with the problem in the appendix's verification status.
    public init(inspection: JournalInspection) throws(JournalProblem) {
        guard let replay = inspection.replay else {
            throw inspection.fileProblem ?? inspection.replayProblem ?? JournalProblem(.invalid, "the journal could not be replayed", file: inspection.journal.path)
        }
        let scenario = replay.files.scenario
        let playbook = replay.files.playbook
        let start = replay.start
        let entries = replay.entries.map(\.entry)
        let score = replay.score
        let rolesByID = Dictionary(scenario.roles.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })

        var participants = scenario.roles.map { role in
            RoleParticipants(roleID: role.id, roleName: role.name, names: start.participants.filter { $0.role == role.id }.map(\.name))
        }
        for participant in start.participants where rolesByID[participant.role] == nil {
            participants.append(RoleParticipants(roleID: participant.role, roleName: participant.role, names: [participant.name]))
        }
        overview = Overview(
            scenarioID: scenario.id, scenarioTitle: scenario.title, scenarioSummary: scenario.summary,
            playbookID: playbook?.id, playbookTitle: playbook?.title,
            startedAt: entries.first?.at ?? Timestamp(milliseconds: 0), finishedAt: entries.last?.at ?? Timestamp(milliseconds: 0),
            pausedMilliseconds: Self.pausedMilliseconds(entries), scenarioMinutes: replay.state.clock,
            participants: participants, objectives: scenario.metadata.objectives)

        let ending = replay.state.ending.map { scenario.endings[$0] }
        summary = Summary(endingID: ending?.id, endingTitle: ending?.title, outcome: ending?.outcome,
                          score: score?.score, rating: score?.rating, decisions: replay.state.decisions)
        timeline = Self.timeline(replay.entries, scenario: scenario, participants: start.participants, roles: rolesByID)

        var phases: [PhaseAnalysis] = []
        var deadlines: [Deadline] = []
        if let playbook, let score {
            let findings = Self.findings(playbook: playbook, score: score, scenario: scenario, roles: rolesByID)
            for phaseScore in score.phases {
                let members = findings.filter { $0.phase == phaseScore.phase }
                phases.append(PhaseAnalysis(phase: phaseScore.phase, rating: phaseScore.rating, earned: phaseScore.earned, possible: phaseScore.possible,
                                            strengths: members.filter { $0.status == .met }, improvements: members.filter { $0.status != .met }))
            }
            let rated = Set(score.phases.map(\.phase))
            let elsewhere = findings.filter { $0.phase.map { !rated.contains($0) } ?? true }
            if !elsewhere.isEmpty {
                phases.append(PhaseAnalysis(phase: nil, rating: nil, earned: 0, possible: 0,
                                            strengths: elsewhere.filter { $0.status == .met }, improvements: elsewhere.filter { $0.status != .met }))
            }
            deadlines = zip(playbook.expectations, score.expectations).compactMap { expectation, result in
                expectation.by.map { Deadline(id: expectation.id, title: expectation.title, by: $0, doneAt: result.first?.clock) }
            }
        }
        self.phases = phases
        self.deadlines = deadlines
        plan = phases.flatMap(\.improvements).map(Self.planItem).enumerated()
            .sorted { ($0.element.priority, $0.offset) < ($1.element.priority, $1.offset) }.map(\.element)
        decisions = replay.events.compactMap { event in
            guard case .decision(let decision) = event else { return nil }
            return DecisionMark(sequence: decision.sequence, clock: decision.clock, option: decision.optionID)
        }
        let problem = inspection.verdict
        appendix = Appendix(
            journal: FilePath.lastComponent(of: inspection.journal.path), seed: start.seed, scenarioFile: start.scenario.file, playbookFile: start.playbook?.file,
            recordedBy: "\(start.toolName) \(start.toolVersion)", reportedBy: "\(ToolInfo.name) \(ToolInfo.version)",
            verificationProblem: problem.map { "line \($0.line.map(String.init) ?? "-"): \($0.kind.rawValue): \($0.message)" })
    }

    /// Wall time between each `pause` and the `resume` after it (or the last line, if none followed).
    private static func pausedMilliseconds(_ entries: [JournalEntry]) -> Int64 {
        var total: Int64 = 0
        var pausedAt: Timestamp?
        for entry in entries {
            switch entry.event {
            case .pause: pausedAt = pausedAt ?? entry.at
            case .resume:
                if let start = pausedAt { total += max(0, entry.at.milliseconds - start.milliseconds) }
                pausedAt = nil
            default: continue
            }
        }
        if let start = pausedAt, let last = entries.last { total += max(0, last.at.milliseconds - start.milliseconds) }
        return total
    }

    private static func timeline(_ entries: [JournalReplay.NumberedEntry], scenario: Scenario, participants: [Participant], roles: [String: String]) -> [TimelineRow] {
        var rows: [TimelineRow] = []
        var sceneTitle: String?
        var decisions = 0
        var standing = VoteTally()
        for numbered in entries {
            let entry = numbered.entry
            var row = TimelineRow(line: numbered.line, at: entry.at, clock: entry.clock, kind: .note, scene: sceneTitle, title: "", detail: nil,
                                  role: nil, people: [], rationale: nil, actions: [], option: nil, decision: nil, sequence: nil)
            switch entry.event {
            case .started:
                continue
            case .scene(let id):
                let scene = scenario.sceneIndex(id).map { scenario.scenes[$0] }
                sceneTitle = scene?.title ?? id
                row.scene = sceneTitle
                row.kind = .scene
                row.title = "Scene: \(sceneTitle!)"
                row.detail = scene.map { "\($0.phase.title). \($0.narrative)" }
            case .inject(let inject):
                row.kind = .inject
                row.title = "\(inject.channel.rawValue.prefix(1).uppercased() + inject.channel.rawValue.dropFirst()) from \(inject.from)"
                row.detail = inject.text
            case .decision(let decision):
                decisions += 1
                row.kind = .decision
                let sceneOptions = scenario.sceneIndex(decision.scene).map { scenario.scenes[$0].options } ?? []
                let option = sceneOptions.first { $0.id == decision.option }
                row.option = option?.label ?? (decision.option == "timeout" ? "time ran out" : decision.option)
                row.title = "Decision \(decisions): \(row.option!)"
                row.role = decision.role.map { roles[$0] ?? $0 }
                row.people = participants.filter { $0.role == decision.role && !$0.name.isEmpty }.map(\.name)
                row.rationale = decision.rationale
                row.actions = decision.actions
                row.decision = decision
                row.sequence = decisions
                row.detail = option.flatMap { $0.consequence.feedback } ?? (decision.option == "timeout" ? "The time limit ran out before the team decided." : nil)
                row.votes = standing.ballots.map { ballot in
                    Vote(name: ballot.voter.name, roleID: ballot.voter.role, role: roles[ballot.voter.role] ?? ballot.voter.role, optionID: ballot.option,
                         option: sceneOptions.first { $0.id == ballot.option }?.label ?? ballot.option,
                         argument: ballot.argument)
                }
                standing = VoteTally()
            case .note(let text):
                row.kind = .note
                row.title = "Note"
                row.detail = text
            case .pause:
                row.kind = .pause
                row.title = "Countdown paused"
            case .resume:
                row.kind = .resume
                row.title = "Countdown resumed"
            case .ended(let recorded):
                row.kind = .ended
                let ending = scenario.endings.first { $0.id == recorded.ending }
                row.title = "Ending: \(ending?.title ?? recorded.ending) (\(recorded.outcome.rawValue))"
                row.detail = ending?.narrative
            case .quit:
                row.kind = .quit
                row.title = "The team left before an ending"
            case .joined(let participant):
                row.kind = .joined
                row.title = "\(participant.name) (\(roles[participant.role] ?? participant.role)) joined"
            case .left(let participant, let reason):
                row.kind = .left
                row.title = "\(participant.name) (\(roles[participant.role] ?? participant.role)) left"
                row.detail = reason
            case .vote(let vote):
                if let option = vote.option {
                    standing.cast(vote.participant, option: option, argument: vote.argument)
                } else {
                    standing.withdraw(vote.participant)
                }
                continue
            }
            rows.append(row)
        }
        return rows
    }

    private static func findings(playbook: Playbook, score: ScoreReport, scenario: Scenario, roles: [String: String]) -> [Finding] {
        var findings: [Finding] = []
        for (expectation, result) in zip(playbook.expectations, score.expectations) {
            var detail: String
            switch result.status {
            case .met:
                detail = "done at \(ClockText.format(result.first?.clock ?? 0)) (decision \(result.first?.sequence ?? 0))"
            case .partial:
                var reasons: [String] = []
                if result.reasons.contains("late"), let by = expectation.by {
                    reasons.append("late: done at \(ClockText.format(result.first?.clock ?? 0)), due by \(ClockText.format(by))")
                }
                if result.reasons.contains("out-of-order") {
                    let before = expectation.after.map { playbook.expectations[$0].title }.map { "'\($0)'" }.joined(separator: ", ")
                    reasons.append("out of order: done at \(ClockText.format(result.first?.clock ?? 0)) (decision \(result.first?.sequence ?? 0)), before \(before) was done")
                }
                detail = reasons.joined(separator: "; ")
            case .missed:
                detail = "not done" + (expectation.by.map { " (due by \(ClockText.format($0)))" } ?? "")
            }
            findings.append(Finding(
                id: expectation.id, title: expectation.title, status: Finding.Status(rawValue: result.status.rawValue)!, detail: detail,
                why: expectation.why, critical: expectation.critical, phase: expectation.phase,
                ownerID: expectation.owner, owner: expectation.owner.map { roles[$0] ?? $0 }, reasons: result.reasons))
        }
        for (item, result) in zip(playbook.avoid, score.avoid) where result.taken {
            findings.append(Finding(
                id: item.id, title: item.title, status: .taken,
                detail: "done at \(ClockText.format(result.first?.clock ?? 0)) (decision \(result.first?.sequence ?? 0)), though the playbook says to avoid it (penalty \(item.penalty))",
                why: item.why, critical: false, phase: item.phase, ownerID: nil, owner: nil, reasons: []))
        }
        return findings
    }

    private static func planItem(_ finding: Finding) -> PlanItem {
        let priority: PlanItem.Priority = finding.critical ? .critical : finding.status == .partial ? .medium : .high
        let issue: String
        let action: String
        switch finding.status {
        case .missed:
            issue = "Missed: \(finding.title)"
            action = "Write it into the \(finding.phase?.title.lowercased() ?? "response") procedure, give it an owner and rehearse it in the next drill."
        case .partial:
            issue = "Partly met: \(finding.title); \(finding.detail)"
            action = finding.reasons.contains("late")
                ? "Start it earlier: agree the trigger and pre-approve the step so it happens within the deadline."
                : "Keep the order the playbook sets: make the earlier steps a checklist gate for this one."
        case .taken:
            issue = "To avoid: \(finding.title); \(finding.detail)"
            action = "Brief the team on why it hurts and add the alternative to the playbook."
        case .met:
            issue = finding.title
            action = ""
        }
        return PlanItem(priority: priority, id: finding.id, issue: issue, correctiveAction: action, phase: finding.phase, owner: finding.owner ?? "Unassigned")
    }
}
