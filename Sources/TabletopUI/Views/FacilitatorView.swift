import TabletopCore

/// The facilitator's view: the playbook's expectations with their live status, the avoid items taken, the live score.
struct FacilitatorView {
    let session: DrillSession
    let glyphs: Glyphs

    /// An expectation's status while the drill runs: `pending` until it is done or the drill ends.
    static func liveStatus(_ result: ExpectationResult, running: Bool) -> String {
        result.status == .missed && running ? "pending" : result.status.rawValue
    }

    /// The view's lines at `width` columns.
    func paragraphs() -> [Paragraph] {
        guard let playbook = session.setup.playbook, let score = session.score else {
            return [Paragraph("No playbook: nothing is scored.", .muted)]
        }
        let running = session.state.ending == nil
        var result: [Paragraph] = []
        if let total = score.score, let rating = score.rating {
            result.append(Paragraph([
                Span(running ? "Live score " : "Score ", .strong),
                Span(JSONOutput.format(total), Style(rating.tone, bold: true)),
                Span(" / 100  rating ", .strong),
                Span(rating.rawValue, Style(rating.tone, bold: true)),
            ]))
        } else {
            result.append(Paragraph("The playbook has no expectations.", .muted))
        }
        for (expectation, outcome) in zip(playbook.expectations, score.expectations) {
            let status = Self.liveStatus(outcome, running: running)
            var spans = [
                Span(Draw.pad(status, 8), Style(tone(status), bold: true)),
                Span(SafeText.singleLine(expectation.title)),
            ]
            if !outcome.reasons.isEmpty { spans.append(Span(" (\(outcome.reasons.joined(separator: ", ")))", Style(.warning))) }
            if expectation.critical { spans.append(Span(" (critical)", .muted)) }
            result.append(Paragraph(spans, indent: 8))
        }
        for (item, outcome) in zip(playbook.avoid, score.avoid) where outcome.taken {
            result.append(Paragraph([
                Span(Draw.pad("taken", 8), Style(.bad, bold: true)),
                Span(SafeText.singleLine(item.title)),
                Span(" -\(item.penalty)", Style(.bad)),
            ], indent: 8))
        }
        return result
    }

    /// Draws the title rule and as many lines as fit.
    func render(into screen: inout Screen, rect: Rect) {
        guard rect.height > 0 else { return }
        let (ruleRect, content) = rect.splitTop(1)
        Draw.rule("Facilitator", in: ruleRect, screen: &screen, glyphs: glyphs)
        Draw.lines(paragraphs().lines(width: content.width), in: content, screen: &screen)
    }

    private func tone(_ status: String) -> Tone {
        switch status {
        case "met": return .good
        case "partial": return .warning
        case "missed": return .bad
        default: return .muted
        }
    }
}

extension Rating {
    /// The colour of a rating.
    var tone: Tone {
        switch self {
        case .P: return .good
        case .S: return .accent
        case .M: return .warning
        case .U: return .bad
        }
    }
}
