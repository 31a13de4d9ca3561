import TabletopCore

/// A participant's decision pane: the prompt and the options, each with its owner role (marked when it is
/// another role's call), its votes and the participant's own vote; or the argument being typed; or why there
/// is nothing to vote on.
struct ParticipantDecisionView: DecisionPane {
    let app: ParticipantApp
    let drill: SharedDrillState
    let tally: VoteTally
    let glyphs: Glyphs

    var title: String {
        app.input != nil ? "Your argument" : drill.ending != nil ? "The end" : app.myBallot == nil ? "Vote" : "Vote (yours is in)"
    }

    /// The pane's content at `width` columns, fitted into `limit` rows.
    func lines(width: Int, limit: Int) -> [DecisionView.Line] {
        if let input = app.input, case .argument(let option) = input.purpose {
            let label = drill.options.first { $0.id == option }.map { SafeText.singleLine($0.label) } ?? option
            return Paragraph([Span("You argue for: ", .strong), Span(label, Style(.accent, bold: true))], indent: 2).lines(width: width)
                .map { DecisionView.Line(spans: $0) }
                + [DecisionView.Line(spans: [Span("One line the whole team sees; Enter votes with it, Esc goes back.", .muted)])]
                + DecisionView.fieldLines(input.text, width: width)
        }
        guard let scene = drill.scene else {
            let text = drill.ending.map { "The drill has ended: " + SafeText.singleLine($0.title) + ". The facilitator will close it." }
                ?? "Waiting for the facilitator to start the drill."
            return Paragraph(text, .strong).lines(width: width).map { DecisionView.Line(spans: $0) }
        }
        let selected = min(app.selection, max(0, drill.options.count - 1))
        return DecisionView.fit(prompt: scene.prompt, optionCount: drill.options.count, selected: selected, width: width, limit: limit) { number, wrap in
            let option = drill.options[number]
            return DecisionView.optionLines(number: number, label: option.label, notes: notes(for: option), selected: number == selected,
                                            width: width, wrap: wrap, glyphs: glyphs)
        }
    }

    /// What follows an option's label: its owner role (marked when it is not the participant's), its votes, the own vote.
    private func notes(for option: LinkOption) -> [Span] {
        var notes: [Span] = []
        if let role = option.role {
            let name = SafeText.singleLine(drill.roles.first { $0.id == role }?.name ?? role)
            notes.append(role == app.me.role ? Span("  " + name, .muted) : Span("  " + name + "'s call", Style(.warning)))
        }
        notes += DecisionView.votesNote(tally.count(for: option.id))
        if app.myBallot?.option == option.id { notes.append(Span("  " + glyphs.bullet + " your vote", Style(.good, bold: true))) }
        return notes
    }
}
