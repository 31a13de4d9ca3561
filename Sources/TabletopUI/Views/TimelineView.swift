import TabletopCore

/// The story so far: every scene's narrative, each inject marked by channel and sender, decisions, notes and the ending.
struct TimelineView {
    let session: DrillSession
    let glyphs: Glyphs

    /// The timeline as its pane shows it; every entry's clock is worked out once.
    var window: TimelineWindow {
        let clocks = session.timelineClocks()
        return TimelineWindow(entries: session.timeline.count, glyphs: glyphs) { paragraphs(of: $0, clock: clocks[$0]) }
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
