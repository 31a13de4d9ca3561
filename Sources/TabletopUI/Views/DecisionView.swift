import TabletopCore

/// The decision pane: the prompt and the options offered, numbered, each with its role; or the field being typed.
struct DecisionView: DecisionPane {
    let app: App
    let session: DrillSession
    let glyphs: Glyphs

    var title: String {
        switch app.input?.purpose {
        case .rationale: return "Why this option?"
        case .note: return "Note"
        default: return session.state.ending == nil ? "Decide" : "The end"
        }
    }

    /// One line of the pane, and whether it belongs to the selected option.
    struct Line {
        var spans: [Span]
        var selected = false
    }

    /// The pane's content at `width` columns, fitted into `limit` rows.
    func lines(width: Int, limit: Int) -> [Line] {
        if let input = app.input {
            return inputLines(input, width: width)
        }
        guard let scene = session.scene else {
            let ending = session.state.ending.map { session.scenario.endings[$0] }
            let title = ending.map { SafeText.singleLine($0.title) } ?? ""
            return Paragraph([Span("The drill has ended: ", .strong), Span(title, Style(ending?.outcome.tone ?? .plain, bold: true)),
                              Span(". Press Enter for the debrief.", .strong)]).lines(width: width).map { Line(spans: $0) }
        }
        let offered = session.offered
        let selected = min(app.selection, max(0, offered.count - 1))
        return Self.fit(prompt: scene.prompt, optionCount: offered.count, selected: selected, width: width, limit: limit) { number, wrap in
            optionLines(number: number, option: scene.options[offered[number]], selected: number == selected, width: width, wrap: wrap)
        }
    }

    /// The prompt, then the options (`option(number, wrap)` gives each one's lines) fitted into `limit` rows: wrapped when
    /// they fit, else one line each, and when even that is too much, a window of options around the selected one.
    static func fit(prompt: String, optionCount: Int, selected: Int, width: Int, limit: Int,
                    option: (_ number: Int, _ wrap: Bool) -> [Line]) -> [Line] {
        let promptLines = Paragraph(SafeText.singleLine(prompt), Style(.plain, bold: true)).lines(width: width).map { Line(spans: $0) }
        var options = (0..<optionCount).map { option($0, true) }
        if promptLines.count + options.joined().count > limit {
            options = (0..<optionCount).map { option($0, false) }
        }
        var result = promptLines
        let room = max(0, limit - promptLines.count)
        if options.count <= room {
            result += options.joined()
        } else {
            // Show a window of options around the selection.
            let first = max(0, min(selected - room / 2, options.count - room))
            result += options[first..<(first + room)].joined()
        }
        return result
    }

    private func optionLines(number: Int, option: SceneOption, selected: Bool, width: Int, wrap: Bool) -> [Line] {
        var notes: [Span] = []
        if let role = option.role { notes.append(Span("  " + SafeText.singleLine(session.scenario.roles[role].name), .muted)) }
        if let tally = app.team?.tally { notes += Self.votesNote(tally.count(for: option.id)) }
        return Self.optionLines(number: number, label: option.label, notes: notes, selected: selected, width: width, wrap: wrap, glyphs: glyphs)
    }

    /// `2 votes` after an option's label (nothing without votes).
    static func votesNote(_ votes: Int) -> [Span] {
        votes > 0 ? [Span("  \(votes) vote" + (votes == 1 ? "" : "s"), Style(.accent, bold: true))] : []
    }

    /// An option's lines: its number (1-9) and label, then `notes` (its role, its votes...), highlighted when selected;
    /// wrapped under the label, or clipped to one line when `wrap` is false.
    static func optionLines(number: Int, label: String, notes: [Span], selected: Bool, width: Int, wrap: Bool, glyphs: Glyphs) -> [Line] {
        let marker = selected ? glyphs.pointer : " "
        let base: Style = selected ? .selected : .plain
        var spans = [
            Span("\(marker)\(number < 9 ? String(number + 1) : " ")", selected ? base : Style(.accent, bold: true)),
            Span(". ", base),
            Span(SafeText.singleLine(label), base),
        ]
        spans += notes.map { selected ? Span($0.text, base) : $0 }
        if wrap {
            return Paragraph(spans, indent: 4).lines(width: width).map { Line(spans: $0, selected: selected) }
        }
        let text = spans.map(\.text).joined()
        return [Line(spans: [Span(Draw.clip(text, width, glyphs: glyphs), base)], selected: selected)]
    }

    private func inputLines(_ input: TextInput, width: Int) -> [Line] {
        var head: [Line] = []
        switch input.purpose {
        case .rationale(let position, _):
            let label = session.scene.map { SafeText.singleLine($0.options[position].label) } ?? ""
            head = Paragraph([Span("You chose: ", .strong), Span(label, Style(.accent, bold: true))], indent: 2).lines(width: width).map { Line(spans: $0) }
            head.append(Line(spans: [Span("Why? Type the team's reason (optional); Enter takes the decision, Esc goes back.", .muted)]))
        case .note:
            head = [Line(spans: [Span("Type a note for the timeline; Enter adds it, Esc cancels.", .muted)])]
        case .roleName, .argument:
            break
        }
        return head + Self.fieldLines(input.text, width: width)
    }

    /// The field's text after a prompt sign, showing its end when it is longer than the line.
    static func fieldLines(_ text: String, width: Int) -> [Line] {
        let shown = SafeText.singleLine(text)
        let room = max(1, width - 3)
        var tail = shown
        while CharacterWidth.of(tail) > room { tail.removeFirst() }
        return [Line(spans: [Span("> ", Style(.accent, bold: true)), Span(tail, .strong), Span("_", Style(.accent, bold: true))])]
    }
}
