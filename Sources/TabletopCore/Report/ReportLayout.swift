/// Lays out an after-action report in the HSEEP order, once, as blocks that Markdown and HTML render.
struct ReportLayout {
    let report: AfterActionReport

    /// The title line.
    var title: String { "After-action report: \(report.overview.scenarioTitle)" }

    /// Every block from the title to the appendix.
    func blocks() -> [ReportBlock] {
        [.heading(level: 1, text: title),
         .paragraph([.text("Exercise of \(report.overview.startedAt.date) (UTC)" + (report.overview.playbookTitle.map { ", scored against the playbook “\($0)”." } ?? ", not scored: no playbook was used."))])]
            + overview() + executiveSummary() + timeline() + analysis() + improvementPlan() + appendix()
    }

    private func overview() -> [ReportBlock] {
        let overview = report.overview
        var facts = [
            ReportFact("Scenario", [.text(overview.scenarioTitle + " "), .code(overview.scenarioID)]),
            ReportFact("Playbook", overview.playbookTitle.map { [.text($0 + " "), .code(overview.playbookID ?? "")] } ?? [.text("none")]),
            ReportFact("Date", "\(overview.startedAt.date), \(overview.startedAt.timeOfDay) to \(overview.finishedAt.timeOfDay) UTC"),
        ]
        var real = Self.duration(milliseconds: overview.finishedAt.milliseconds - overview.startedAt.milliseconds)
        if overview.pausedMilliseconds > 0 { real += " (of which paused \(Self.duration(milliseconds: overview.pausedMilliseconds)))" }
        facts.append(ReportFact("Real duration", real))
        facts.append(ReportFact("Scenario time", "\(ClockText.format(overview.scenarioMinutes)) (\(Self.duration(milliseconds: Int64(overview.scenarioMinutes) * 60_000)))"))
        facts.append(ReportFact("Decisions", String(report.summary.decisions)))
        let participants: [[[ReportSpan]]] = overview.participants.map { role in
            [[.text(role.roleName)], [.text(role.names.isEmpty ? "not named" : role.names.joined(separator: ", "))]]
        }
        return [.heading(level: 2, text: "1. Exercise overview"), .facts(facts), .paragraph([.text(overview.scenarioSummary)]),
                .heading(level: 3, text: "Participants by role"), .table(columns: ["Role", "Participants"], rows: participants),
                .heading(level: 3, text: "Objectives"),
                overview.objectives.isEmpty ? .paragraph([.text("The scenario states no objectives.")]) : .bullets(overview.objectives.map { [.text($0)] })]
    }

    private func executiveSummary() -> [ReportBlock] {
        let summary = report.summary
        let decisions = "\(summary.decisions) decision\(summary.decisions == 1 ? "" : "s")"
        let clock = ClockText.format(report.overview.scenarioMinutes)
        var lead: [ReportSpan]
        if let title = summary.endingTitle, let outcome = summary.outcome {
            lead = [.text("The team reached the ending "), .strong(title), .text(" (\(outcome.rawValue)) after \(decisions), at \(clock) on the scenario clock.")]
        } else {
            lead = [.text("The drill stopped before an ending, after \(decisions), at \(clock) on the scenario clock.")]
        }
        var facts = [ReportFact("Ending", summary.endingTitle.map { [.text($0 + " "), .code(summary.endingID ?? "")] } ?? [.text("none reached")]),
                     ReportFact("Outcome", summary.outcome?.rawValue ?? "none")]
        if let score = summary.score, let rating = summary.rating {
            facts.append(ReportFact("Score", "\(JSONOutput.format(score)) / 100"))
            facts.append(ReportFact("Overall rating", [.strong(rating.rawValue), .text(": \(rating.meaning)")]))
            let improvements = report.plan.count, critical = report.plan.filter { $0.priority == .critical }.count
            let strengths = report.phases.reduce(0) { $0 + $1.strengths.count }
            lead.append(.text(" \(strengths) expectation\(strengths == 1 ? " was" : "s were") met; \(improvements) area\(improvements == 1 ? "" : "s") for improvement \(improvements == 1 ? "was" : "were") found\(critical > 0 ? ", \(critical) of them critical" : "")."))
        } else {
            facts.append(ReportFact("Score", "not scored"))
        }
        return [.heading(level: 2, text: "2. Executive summary"), .paragraph(lead), .facts(facts)]
    }

    private func timeline() -> [ReportBlock] {
        let rows: [[[ReportSpan]]] = report.timeline.map { row in
            var details: [ReportSpan] = []
            if let detail = row.detail { details.append(.text(detail)) }
            if let rationale = row.rationale {
                if !details.isEmpty { details.append(.lineBreak) }
                details += [.strong("Rationale: "), .text(rationale)]
            }
            if !row.actions.isEmpty {
                if !details.isEmpty { details.append(.lineBreak) }
                details.append(.text("Actions: "))
                for (position, action) in row.actions.enumerated() {
                    if position > 0 { details.append(.text(", ")) }
                    details.append(.code(action))
                }
            }
            if !row.votes.isEmpty {
                if !details.isEmpty { details.append(.lineBreak) }
                details += [.strong("Votes: "), .text(Self.votes(row.votes))]
            }
            let who = row.role.map { role in row.people.isEmpty ? role : "\(role) (\(row.people.joined(separator: ", ")))" } ?? ""
            let event: [ReportSpan] = row.kind == .decision || row.kind == .ended ? [.strong(row.title)] : [.text(row.title)]
            return [[.text(row.at.timeOfDay)], [.text(ClockText.format(row.clock))], [.text(row.scene ?? "")], event, [.text(who)], details]
        }
        var blocks: [ReportBlock] = [.heading(level: 2, text: "3. Timeline")]
        if !report.decisions.isEmpty {
            blocks.append(.chart(svg: ReportCharts.clock(report), caption: "Decisions on the scenario clock against the playbook’s deadlines"))
        }
        blocks.append(.table(columns: ["Wall time (UTC)", "Clock", "Scene", "Event", "Who", "Details"], rows: rows))
        return blocks
    }

    /// How the team voted, option by option in the order first voted for: `Notify 2 (Ann, Legal: the law; Bo, IR lead)`.
    static func votes(_ votes: [AfterActionReport.Vote]) -> String {
        var options: [String] = []
        for vote in votes where !options.contains(vote.optionID) { options.append(vote.optionID) }
        return options.map { option in
            let voters = votes.filter { $0.optionID == option }
            let people = voters.map { "\($0.name), \($0.role)" + ($0.argument.map { ": \($0)" } ?? "") }
            return "\(voters[0].option) \(voters.count) (\(people.joined(separator: "; ")))"
        }.joined(separator: "; ")
    }

    private func analysis() -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 2, text: "4. Analysis by phase")]
        guard !report.phases.isEmpty else {
            return blocks + [.paragraph([.text("The drill was not scored, so there is no analysis by phase.")])]
        }
        if report.phases.contains(where: { $0.rating != nil }) {
            blocks.append(.chart(svg: ReportCharts.phases(report), caption: "Credit earned per phase, with the HSEEP rating thresholds"))
        }
        for phase in report.phases {
            if let title = phase.phase?.title, let rating = phase.rating {
                blocks.append(.heading(level: 3, text: "\(title): \(rating.rawValue)"))
                blocks.append(.paragraph([.strong(rating.rawValue), .text(": \(rating.meaning). Credit \(JSONOutput.format(phase.earned)) of \(phase.possible).")]))
            } else {
                blocks.append(.heading(level: 3, text: "Across phases"))
            }
            blocks.append(.paragraph([.strong("Strengths")]))
            blocks.append(phase.strengths.isEmpty ? .paragraph([.text("None recorded.")]) : .bullets(phase.strengths.map { [.text("\($0.title): \($0.detail).")] }))
            blocks.append(.paragraph([.strong("Areas for improvement")]))
            blocks.append(phase.improvements.isEmpty ? .paragraph([.text("None.")]) : .bullets(phase.improvements.map { finding in
                [.text(finding.title + (finding.critical ? " (critical)" : "") + ": \(finding.status.rawValue), \(finding.detail)."), .lineBreak,
                 .text("Why it matters: \(finding.why)")]
            }))
        }
        return blocks
    }

    private func improvementPlan() -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 2, text: "5. Improvement plan")]
        guard !report.plan.isEmpty else {
            let text = report.phases.isEmpty ? "The drill was not scored, so there is no improvement plan." : "No areas for improvement: every expectation was met and nothing to avoid was done."
            return blocks + [.paragraph([.text(text)])]
        }
        blocks.append(.table(columns: ["Priority", "Issue", "Corrective action", "Capability", "Owner"], rows: report.plan.map { item in
            [[.text(item.priority.rawValue)], [.text(item.issue)], [.text(item.correctiveAction)], [.text(item.phase?.title ?? "General")], [.text(item.owner)]]
        }))
        return blocks
    }

    private func appendix() -> [ReportBlock] {
        let appendix = report.appendix
        var facts = [ReportFact("Journal", appendix.journal), ReportFact("Seed", String(appendix.seed)),
                     ReportFact("Scenario file", appendix.scenarioFile.path), ReportFact("Scenario SHA-256", [.code(appendix.scenarioFile.sha256)])]
        if let playbook = appendix.playbookFile {
            facts += [ReportFact("Playbook file", playbook.path), ReportFact("Playbook SHA-256", [.code(playbook.sha256)])]
        }
        facts += [ReportFact("Recorded with", appendix.recordedBy), ReportFact("Report by", appendix.reportedBy)]
        facts.append(ReportFact("Verification", appendix.verificationProblem.map { [.strong("FAILED"), .text(": \($0)")] }
            ?? [.text("intact: hash chain unbroken, files unchanged, every decision replayed to the same rolls, ending and score")]))
        return [.heading(level: 2, text: "6. Appendix"), .facts(facts)]
    }

    /// `1 h 12 min`, `4 min 12 s`, `12 s`.
    static func duration(milliseconds: Int64) -> String {
        let seconds = max(0, milliseconds) / 1000
        let hours = seconds / 3600, minutes = seconds / 60 % 60, rest = seconds % 60
        if hours > 0 { return "\(hours) h \(minutes) min" }
        if minutes > 0 { return "\(minutes) min \(rest) s" }
        return "\(rest) s"
    }
}
