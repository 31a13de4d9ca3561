import TabletopCore

/// The story so far: every scene's narrative, each inject marked by channel and sender, decisions, notes and the ending.
struct TimelineView {
    let session: DrillSession
    let glyphs: Glyphs

    /// The timeline as paragraphs, oldest first; all scenario text made safe.
    func paragraphs() -> [Paragraph] {
        let scenario = session.scenario
        var result: [Paragraph] = []
        var clock = 0
        for item in session.timeline {
            switch item {
            case .event(.sceneEntered(let index)):
                let scene = scenario.scenes[index]
                if !result.isEmpty { result.append(.blank) }
                result.append(Paragraph([
                    Span(ClockText.format(clock) + "  ", .muted),
                    Span(SafeText.singleLine(scene.title), Style(.accent, bold: true)),
                    Span("  " + scene.phase.title, .muted),
                ], indent: 9))
                result += text(scene.narrative, indent: 0)
            case .event(.sceneInject(let sceneIndex, let position)):
                let inject = scenario.scenes[sceneIndex].injects[position]
                result.append(injectParagraph(channel: inject.channel, time: nil, from: inject.from, text: inject.text))
            case .event(.timedInject(let index)):
                let inject = scenario.injects[index]
                result.append(injectParagraph(channel: inject.channel, time: inject.at, from: inject.from, text: inject.text))
            case .decision(let decision, let rationale):
                let scene = scenario.scenes[decision.scene]
                result.append(.blank)
                let consequence: Consequence?
                if let position = decision.option {
                    let option = scene.options[position]
                    consequence = option.consequence
                    var spans = [
                        Span(glyphs.pointer + " Decision \(decision.sequence) at \(ClockText.format(decision.clock)): ", Style(.good, bold: true)),
                        Span(SafeText.singleLine(option.label), Style(.good, bold: true)),
                    ]
                    if let role = option.role { spans.append(Span(" (\(SafeText.singleLine(scenario.roles[role].name)))", Style(.good))) }
                    result.append(Paragraph(spans, indent: 2))
                } else {
                    consequence = scene.onTimeout
                    result.append(Paragraph("\(glyphs.pointer) Time ran out at \(ClockText.format(decision.clock)): the scene's timeout was taken", Style(.warning, bold: true), indent: 2))
                }
                if let rationale {
                    result.append(Paragraph([Span("  Why: ", Style(.muted, bold: true)), Span(SafeText.singleLine(rationale), .muted)], indent: 7))
                }
                if let feedback = consequence?.feedback {
                    result += text(feedback, indent: 2)
                }
                clock = decision.clock + (consequence?.takes ?? 0)
            case .note(let note, let noteClock):
                result.append(Paragraph([
                    Span("Note at \(ClockText.format(noteClock)): ", Style(.accent, bold: true)),
                    Span(SafeText.singleLine(note), Style(.accent)),
                ], indent: 2))
            case .event(.ended(let index)):
                let ending = scenario.endings[index]
                result.append(.blank)
                result.append(Paragraph([
                    Span(ClockText.format(clock) + "  ", .muted),
                    Span("Ending: " + SafeText.singleLine(ending.title), Style(ending.outcome.tone, bold: true)),
                    Span("  " + ending.outcome.rawValue, Style(ending.outcome.tone)),
                ], indent: 9))
                result += text(ending.narrative, indent: 0)
            case .event(.decision):
                break
            }
        }
        return result
    }

    /// How many lines the whole timeline takes in a pane of `width` columns.
    func lineCount(paneWidth: Int) -> Int {
        paragraphs().lines(width: Self.content(Rect(x: 0, y: 0, width: paneWidth, height: 1)).width).count
    }

    /// Where the text goes below the title rule: a column is kept free on the right.
    private static func content(_ rect: Rect) -> Rect {
        Rect(x: rect.x, y: rect.y, width: rect.width - 1, height: rect.height)
    }

    /// Draws the title rule and the latest lines, `scroll` lines up from the end.
    func render(into screen: inout Screen, rect: Rect, scroll: Int) {
        guard rect.height > 1 else { return }
        let (ruleRect, below) = rect.splitTop(1)
        let content = Self.content(below)
        let lines = paragraphs().lines(width: content.width)
        let visible = content.height
        let scroll = max(0, min(scroll, lines.count - visible))
        let end = lines.count - scroll
        let start = max(0, end - visible)
        var title = "Timeline"
        if start > 0 { title += " \(glyphs.arrowUp)\(start)" }
        if scroll > 0 { title += " \(glyphs.arrowDown)\(scroll)" }
        Draw.rule(title, in: ruleRect, screen: &screen, glyphs: glyphs)
        Draw.lines(lines[start..<end], in: content, screen: &screen)
    }

    private func injectParagraph(channel: Channel, time: Int?, from: String, text: String) -> Paragraph {
        var spans = [Span("[\(channel.rawValue)] ", Style(channel.tone, bold: true))]
        if let time { spans.append(Span(ClockText.format(time) + " ", .muted)) }
        spans.append(Span(SafeText.singleLine(from) + ": ", .strong))
        let lines = SafeText.multiline(text).split(separator: "\n", omittingEmptySubsequences: false)
        for (number, line) in lines.enumerated() {
            spans.append(Span((number == 0 ? "" : "\n") + line))
        }
        return Paragraph(spans, indent: 2)
    }

    private func text(_ text: String, indent: Int) -> [Paragraph] {
        let pad = String(repeating: " ", count: indent)
        return SafeText.multiline(text).split(separator: "\n", omittingEmptySubsequences: false).map {
            Paragraph(pad + $0, .plain, indent: indent)
        }
    }
}

extension Channel {
    /// The colour an inject of this channel is marked with.
    var tone: Tone {
        switch self {
        case .alert: return .bad
        case .news: return .warning
        case .email, .phone: return .accent
        case .chat, .ticket: return .good
        case .log, .other: return .muted
        }
    }
}

extension Outcome {
    /// The colour of an ending with this outcome.
    var tone: Tone {
        switch self {
        case .success: return .good
        case .partial: return .warning
        case .failure: return .bad
        }
    }
}
