import TabletopCore

/// The team pane of a hosted drill: who has joined, with role (and who dropped), how each one voted and what
/// they argued. The facilitator and the participants see the same pane.
struct TeamView {
    /// An option that can be voted for: its number on screen (1-based) and label.
    struct Choice {
        var number: Int
        var label: String
    }

    /// `Team: 2 of 3 voted` while there is a decision to vote on, else `Team: 3 joined` (`Team` while nobody is connected).
    let title: String
    /// The pane's lines below its title rule, wrapped once at the width the pane is drawn; no more than the terminal has rows.
    let lines: [[Span]]
    let glyphs: Glyphs

    /// The facilitator's team pane (on the briefing too, before the drill starts), `width` columns wide (by default as
    /// wide as the drill page's side pane).
    init(hosting team: HostedTeam, app: App, width: Int? = nil) {
        let scenario = app.session?.scenario ?? app.briefing?.setup.scenario
        var choices: [String: Choice] = [:]
        if let session = app.session, let scene = session.scene {
            for (number, position) in session.offered.enumerated() {
                choices[scene.options[position].id] = Choice(number: number + 1, label: scene.options[position].label)
            }
        }
        self.init(members: team.members, tally: team.tally, choices: choices,
                  roleNames: Dictionary(scenario?.roles.map { ($0.id, $0.name) } ?? [], uniquingKeysWith: { first, _ in first }),
                  me: nil, emptyText: "Nobody has joined yet. Participants join with: \(team.joinCommand)", refusal: team.lastRefusal,
                  width: width ?? DrillLayout.sideWidth(in: app.size), limit: app.size.height, glyphs: app.configuration.glyphs)
    }

    /// A participant's team pane, from the host's snapshot (everyone in it is connected), as wide as the side pane.
    init(participant app: ParticipantApp, snapshot: DrillSnapshot) {
        self.init(members: snapshot.roster.map { HostedTeam.Member(participant: $0, connected: true) }, tally: snapshot.tally,
                  choices: Dictionary(snapshot.drill.options.enumerated().map { ($1.id, Choice(number: $0 + 1, label: $1.label)) },
                                      uniquingKeysWith: { first, _ in first }),
                  roleNames: Dictionary(snapshot.drill.roles.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
                  me: app.me, emptyText: "Nobody else has joined yet.", refusal: nil,
                  width: DrillLayout.sideWidth(in: app.size), limit: app.size.height, glyphs: app.configuration.glyphs)
    }

    /// The pane of `members` and their votes in `tally` on `choices` (the options by id), `me` marked as "you", `emptyText`
    /// while nobody joined, and the last `refusal` (the facilitator's pane only); wrapped at `width`, at most `limit` rows.
    private init(members: [HostedTeam.Member], tally: VoteTally, choices: [String: Choice], roleNames: [String: String], me: Participant?,
                 emptyText: String, refusal: String?, width: Int, limit: Int, glyphs: Glyphs) {
        let connected = members.filter(\.connected)
        let voted = connected.filter { tally.ballot(of: $0.participant) != nil }.count
        title = connected.isEmpty ? "Team" : choices.isEmpty ? "Team: \(connected.count) joined" : "Team: \(voted) of \(connected.count) voted"
        let refused = refusal.map { [Paragraph([Span("Refused: ", Style(.warning, bold: true)), Span($0, Style(.warning))], indent: 2)] } ?? []
        var paragraphs: [Paragraph] = members.isEmpty ? [Paragraph(emptyText, .muted)] : []
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
            paragraphs.append(Paragraph(spans, indent: 4))
            if let argument = ballot?.argument {
                let (open, close) = glyphs == .unicode ? ("\u{201C}", "\u{201D}") : ("\"", "\"")
                paragraphs.append(Paragraph("    " + open + SafeText.singleLine(argument) + close, .plain, indent: 5))
            }
        }
        lines = (paragraphs + refused).lines(width: width, limit: max(0, limit - 1))
        self.glyphs = glyphs
    }

    /// The rows the pane wants, at most `limit`: its title rule and its lines.
    func height(limit: Int) -> Int {
        1 + min(lines.count, max(0, limit - 1))
    }

    /// Draws the title rule and as many lines as fit.
    func render(into screen: inout Screen, rect: Rect) {
        guard rect.height > 0 else { return }
        let (ruleRect, content) = rect.splitTop(1)
        Draw.rule(title, in: ruleRect, screen: &screen, glyphs: glyphs)
        Draw.lines(lines, in: content, screen: &screen)
    }
}
