import TabletopCore

/// The debrief: the ending and outcome, the score and rating, a bar per phase, every expectation with the playbook's why, the avoid items taken.
struct DebriefView {
    let app: App

    /// Rows of text the debrief shows at once in a terminal of `size`.
    static func visibleRows(in size: Size) -> Int { max(1, size.height - 3) }

    /// Columns of the debrief's text in a terminal of `size`.
    static func textWidth(in size: Size) -> Int { max(10, size.width - 4) }

    /// The whole debrief as wrapped lines.
    func lines(width: Int) -> [[Span]] {
        guard let session = app.session else { return [] }
        let glyphs = app.configuration.glyphs
        let scenario = session.scenario
        var text: [Paragraph] = []
        if let index = session.state.ending {
            let ending = scenario.endings[index]
            text.append(Paragraph([
                Span(SafeText.singleLine(ending.title), Style(ending.outcome.tone, bold: true)),
                Span("  outcome: " + ending.outcome.rawValue, Style(ending.outcome.tone)),
            ]))
            text += SafeText.multiline(ending.narrative).split(separator: "\n").map { Paragraph(String($0)) }
        } else {
            text.append(Paragraph("The drill stopped before an ending.", Style(.warning, bold: true)))
        }
        text.append(Paragraph("\(session.state.decisions) decisions, scenario time \(ClockText.format(session.state.clock)), seed \(session.setup.seed)", .muted))
        text.append(.blank)
        guard let playbook = session.setup.playbook, let score = session.score else {
            text.append(Paragraph("No playbook: the drill was not scored.", .muted))
            return text.lines(width: width)
        }
        if let total = score.score, let rating = score.rating {
            text.append(Paragraph([
                Span("Score ", .strong), Span(JSONOutput.format(total), Style(rating.tone, bold: true)), Span(" / 100   ", .strong),
                Span("Rating \(rating.rawValue)", Style(rating.tone, bold: true)), Span(": " + rating.meaning),
            ], indent: 2))
        } else {
            text.append(Paragraph("The playbook has no expectations: no score.", .muted))
        }
        if !score.phases.isEmpty {
            text.append(.blank)
            text.append(Paragraph("Phases", Style(.accent, bold: true)))
            let barWidth = max(8, min(30, width - 58))
            for phase in score.phases {
                var spans = [Span("  " + Draw.pad(phase.phase.title, 14))]
                spans += Draw.bar(value: phase.earned, minimum: 0, maximum: Double(phase.possible), width: barWidth, glyphs: glyphs, tone: phase.rating.tone)
                spans.append(Span(" " + Draw.pad("\(JSONOutput.format(phase.earned))/\(phase.possible)", 8)))
                spans.append(Span(phase.rating.rawValue, Style(phase.rating.tone, bold: true)))
                spans.append(Span(" " + phase.rating.meaning, .muted))
                text.append(Paragraph(spans, indent: 4))
            }
        }
        text.append(.blank)
        text.append(Paragraph("Expectations", Style(.accent, bold: true)))
        for (expectation, result) in zip(playbook.expectations, score.expectations) {
            let tone: Tone = result.status == .met ? .good : result.status == .partial ? .warning : .bad
            var spans = [
                Span("  " + Draw.pad(result.status.rawValue, 9), Style(tone, bold: true)),
                Span(SafeText.singleLine(expectation.title), .strong),
                Span("  \(JSONOutput.format(result.credit))/\(expectation.weight)", .muted),
            ]
            if !result.reasons.isEmpty { spans.append(Span(" (" + result.reasons.joined(separator: ", ") + ")", Style(.warning))) }
            if expectation.critical { spans.append(Span(" (critical)", Style(.bad))) }
            text.append(Paragraph(spans, indent: 11))
            text.append(Paragraph(String(repeating: " ", count: 11) + SafeText.singleLine(expectation.why), .muted, indent: 11))
        }
        let taken = zip(playbook.avoid, score.avoid).filter { $0.1.taken }
        text.append(.blank)
        text.append(Paragraph("Avoid items taken", Style(.accent, bold: true)))
        if taken.isEmpty {
            text.append(Paragraph("  none", .muted))
        }
        for (item, _) in taken {
            text.append(Paragraph([Span("  " + Draw.pad("-\(item.penalty)", 9), Style(.bad, bold: true)), Span(SafeText.singleLine(item.title), .strong)], indent: 11))
            text.append(Paragraph(String(repeating: " ", count: 11) + SafeText.singleLine(item.why), .muted, indent: 11))
        }
        return text.lines(width: width)
    }

    func render(into screen: inout Screen, rect: Rect) {
        let glyphs = app.configuration.glyphs
        let (ruleRect, content) = rect.splitTop(1)
        let lines = lines(width: Self.textWidth(in: app.size))
        let visible = Self.visibleRows(in: app.size)
        let start = max(0, min(app.debriefScroll, lines.count - visible))
        var title = "Debrief"
        if start > 0 { title += " \(glyphs.arrowUp)\(start)" }
        let below = lines.count - start - visible
        if below > 0 { title += " \(glyphs.arrowDown)\(below)" }
        Draw.rule(title, in: ruleRect, screen: &screen, glyphs: glyphs)
        Draw.lines(lines.dropFirst(start), in: content.insetHorizontally(2), screen: &screen)
    }
}
