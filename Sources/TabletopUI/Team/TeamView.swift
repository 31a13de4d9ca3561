import TabletopCore

/// The team pane of a hosted drill: who has joined, with role (and who dropped), how each one voted and what
/// they argued. The facilitator and the participants see the same pane.
struct TeamView {
    /// An option that can be voted for: its number on screen (1-based) and label.
    struct Choice {
        var number: Int
        var label: String
    }

    let members: [HostedTeam.Member]
    let tally: VoteTally
    /// The options of the decision being made, by id.
    let choices: [String: Choice]
    /// Role names by role id.
    let roleNames: [String: String]
    /// The participant looking at the pane (marked as "you"); nil on the facilitator's screen.
    let me: Participant?
    /// What the pane says while nobody has joined.
    let emptyText: String
    /// The last connection refused, and why (the facilitator's pane only).
    var refusal: String?

    /// The facilitator's team pane (on the briefing too, before the drill starts).
    init(hosting team: HostedTeam, app: App) {
        members = team.members
        tally = team.tally
        me = nil
        emptyText = "Nobody has joined yet. Participants join with: \(team.joinCommand)"
        refusal = team.lastRefusal
        let scenario = app.session?.scenario ?? app.briefing?.setup.scenario
        roleNames = Dictionary(scenario?.roles.map { ($0.id, $0.name) } ?? [], uniquingKeysWith: { first, _ in first })
        var choices: [String: Choice] = [:]
        if let session = app.session, let scene = session.scene {
            for (number, position) in session.offered.enumerated() {
                choices[scene.options[position].id] = Choice(number: number + 1, label: scene.options[position].label)
            }
        }
        self.choices = choices
    }

    /// A participant's team pane, from the host's snapshot (everyone in it is connected).
    init(participant app: ParticipantApp, snapshot: DrillSnapshot) {
        members = snapshot.roster.map { HostedTeam.Member(participant: $0, connected: true) }
        tally = snapshot.tally
        me = app.me
        emptyText = "Nobody else has joined yet."
        choices = Dictionary(snapshot.drill.options.enumerated().map { ($1.id, Choice(number: $0 + 1, label: $1.label)) },
                             uniquingKeysWith: { first, _ in first })
        roleNames = Dictionary(snapshot.drill.roles.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// The rows the pane wants at `width` columns, at most `limit`: its title rule and its lines.
    func lineCount(width: Int, limit: Int, glyphs: Glyphs) -> Int {
        1 + paragraphs(glyphs: glyphs).lines(width: width, limit: max(0, limit - 1)).count
    }

    /// `Team: 2 of 3 voted` while there is a decision to vote on, else `Team: 3 joined`.
    var title: String {
        let connected = members.filter(\.connected)
        let voted = connected.filter { tally.ballot(of: $0.participant) != nil }.count
        if connected.isEmpty { return "Team" }
        return choices.isEmpty ? "Team: \(connected.count) joined" : "Team: \(voted) of \(connected.count) voted"
    }

    /// A paragraph per member (and per argument), in joining order.
    func paragraphs(glyphs: Glyphs) -> [Paragraph] {
        let refused = refusal.map { [Paragraph([Span("Refused: ", Style(.warning, bold: true)), Span($0, Style(.warning))], indent: 2)] } ?? []
        guard !members.isEmpty else { return [Paragraph(emptyText, .muted)] + refused }
        var result: [Paragraph] = []
        for member in members {
            let participant = member.participant
            let role = roleNames[participant.role] ?? participant.role
            var spans = [
                Span(member.connected ? glyphs.pointer + " " : "  ", Style(.good, bold: true)),
                Span(SafeText.singleLine(participant.name), .strong),
                Span(" (" + SafeText.singleLine(role) + (participant == me ? ", you" : "") + ")", .muted),
            ]
            let ballot = tally.ballot(of: participant)
            if !member.connected {
                spans.append(Span("  gone: " + SafeText.singleLine(member.reason ?? "left"), Style(.warning)))
            }
            if let ballot {
                let choice = choices[ballot.option]
                spans.append(Span("  votes " + (choice.map { "\($0.number). " + SafeText.singleLine($0.label) } ?? SafeText.singleLine(ballot.option)),
                                  Style(.accent, bold: true)))
            } else if member.connected, !choices.isEmpty {
                spans.append(Span("  no vote yet", .muted))
            }
            result.append(Paragraph(spans, indent: 4))
            if let argument = ballot?.argument {
                let (open, close) = glyphs == .unicode ? ("\u{201C}", "\u{201D}") : ("\"", "\"")
                result.append(Paragraph("    " + open + SafeText.singleLine(argument) + close, .plain, indent: 5))
            }
        }
        return result + refused
    }

    /// Draws the title rule and as many lines as fit.
    func render(into screen: inout Screen, rect: Rect, glyphs: Glyphs) {
        guard rect.height > 0 else { return }
        let (ruleRect, content) = rect.splitTop(1)
        Draw.rule(title, in: ruleRect, screen: &screen, glyphs: glyphs)
        Draw.lines(paragraphs(glyphs: glyphs).lines(width: content.width, limit: content.height), in: content, screen: &screen)
    }
}
