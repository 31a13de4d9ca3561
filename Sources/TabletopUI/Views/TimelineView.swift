import TabletopCore

/// The story so far: every scene's narrative, each inject marked by channel and sender, decisions, notes and the ending.
struct TimelineView {
    let session: DrillSession
    let glyphs: Glyphs

    /// The whole timeline as paragraphs, oldest first; all scenario text made safe.
    func paragraphs() -> [Paragraph] {
        let clocks = session.timelineClocks()
        return session.timeline.indices.flatMap { paragraphs(of: $0, clock: clocks[$0]) }
    }

    /// How many lines the whole timeline takes in a pane of `width` columns.
    func lineCount(paneWidth: Int) -> Int {
        paragraphs().lines(width: Self.content(Rect(x: 0, y: 0, width: paneWidth, height: 1)).width).count
    }

    /// Draws the title rule and the latest lines, `scroll` lines up from the end.
    ///
    /// Entries are turned into lines from the newest back, only as far as the pane and the scroll reach,
    /// so a frame costs the same however long the drill has run.
    func render(into screen: inout Screen, rect: Rect, scroll: Int) {
        guard rect.height > 1 else { return }
        let (ruleRect, below) = rect.splitTop(1)
        let content = Self.content(below)
        let visible = content.height
        let clocks = session.timelineClocks()
        var lines: [[Span]] = []
        var next = session.timeline.count
        while next > 0, lines.count < scroll + visible + 1 {
            next -= 1
            lines.insert(contentsOf: paragraphs(of: next, clock: clocks[next]).lines(width: content.width), at: 0)
        }
        Self.draw(lines, olderUnseen: next > 0, scroll: scroll, rule: ruleRect, content: content, screen: &screen, glyphs: glyphs)
    }

    /// Draws the title rule (arrows say there is more above or below) and the window of `lines` that ends `scroll`
    /// lines up from the latest; `olderUnseen` says entries older than `lines` exist.
    static func draw(_ lines: [[Span]], olderUnseen: Bool, scroll: Int, rule: Rect, content: Rect, screen: inout Screen, glyphs: Glyphs) {
        let visible = content.height
        let scroll = max(0, min(scroll, lines.count - visible))
        let end = lines.count - scroll
        let start = max(0, end - visible)
        var title = "Timeline"
        if start > 0 || olderUnseen { title += " \(glyphs.arrowUp)" }
        if scroll > 0 { title += " \(glyphs.arrowDown)\(scroll)" }
        Draw.rule(title, in: rule, screen: &screen, glyphs: glyphs)
        Draw.lines(lines[start..<end], in: content, screen: &screen)
    }

    /// The paragraphs of the entry at `index`, which happened at `clock`.
    private func paragraphs(of index: Int, clock: Int) -> [Paragraph] {
        let scenario = session.scenario
        switch session.timeline[index] {
        case .event(.sceneEntered(let sceneIndex)):
            let scene = scenario.scenes[sceneIndex]
            return (index > 0 ? [.blank] : []) + [
                Paragraph([
                    Span(ClockText.format(clock) + "  ", .muted),
                    Span(SafeText.singleLine(scene.title), Style(.accent, bold: true)),
                    Span("  " + scene.phase.title, .muted),
                ], indent: 9),
                text(scene.narrative, indent: 0),
            ]
        case .event(.sceneInject(let sceneIndex, let position)):
            let inject = scenario.scenes[sceneIndex].injects[position]
            return [injectParagraph(channel: inject.channel, time: nil, from: inject.from, text: inject.text)]
        case .event(.timedInject(let injectIndex)):
            let inject = scenario.injects[injectIndex]
            return [injectParagraph(channel: inject.channel, time: clock, from: inject.from, text: inject.text)]
        case .decision(let decision, let rationale):
            let scene = scenario.scenes[decision.scene]
            var result: [Paragraph] = [.blank]
            let consequence: Consequence?
            if let position = decision.option {
                let option = scene.options[position]
                consequence = option.consequence
                var spans = [
                    Span(glyphs.pointer + " Decision \(decision.sequence) at \(ClockText.format(clock)): ", Style(.good, bold: true)),
                    Span(SafeText.singleLine(option.label), Style(.good, bold: true)),
                ]
                if let role = option.role { spans.append(Span(" (\(SafeText.singleLine(scenario.roles[role].name)))", Style(.good))) }
                result.append(Paragraph(spans, indent: 2))
            } else {
                consequence = scene.onTimeout
                result.append(Paragraph("\(glyphs.pointer) Time ran out at \(ClockText.format(clock)): the scene's timeout was taken", Style(.warning, bold: true), indent: 2))
            }
            if let rationale {
                result.append(Paragraph([Span("  Why: ", Style(.muted, bold: true)), Span(SafeText.singleLine(rationale), .muted)], indent: 7))
            }
            if let feedback = consequence?.feedback { result.append(text(feedback, indent: 2)) }
            return result
        case .note(let note, _):
            return [Paragraph([
                Span("Note at \(ClockText.format(clock)): ", Style(.accent, bold: true)),
                Span(SafeText.singleLine(note), Style(.accent)),
            ], indent: 2)]
        case .event(.ended(let endingIndex)):
            let ending = scenario.endings[endingIndex]
            return [
                .blank,
                Paragraph([
                    Span(ClockText.format(clock) + "  ", .muted),
                    Span("Ending: " + SafeText.singleLine(ending.title), Style(ending.outcome.tone, bold: true)),
                    Span("  " + ending.outcome.rawValue, Style(ending.outcome.tone)),
                ], indent: 9),
                text(ending.narrative, indent: 0),
            ]
        case .event(.decision):
            return []
        }
    }

    private func injectParagraph(channel: Channel, time: Int?, from: String, text: String) -> Paragraph {
        var spans = [Span("[\(channel.rawValue)] ", Style(channel.tone, bold: true))]
        if let time { spans.append(Span(ClockText.format(time) + " ", .muted)) }
        spans.append(Span(SafeText.singleLine(from) + ": ", .strong))
        spans.append(Span(SafeText.multiline(text)))
        return Paragraph(spans, indent: 2)
    }

    /// Multi-line text as one paragraph whose every line starts at `indent`.
    private func text(_ text: String, indent: Int) -> Paragraph {
        Paragraph(String(repeating: " ", count: indent) + SafeText.multiline(text), .plain, indent: indent)
    }

    /// Where the text goes below the title rule: a column is kept free on the right.
    static func content(_ rect: Rect) -> Rect {
        Rect(x: rect.x, y: rect.y, width: rect.width - 1, height: rect.height)
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
