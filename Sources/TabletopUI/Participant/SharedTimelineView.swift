import TabletopCore

/// A participant's timeline: the story so far as the host shared it, every text made safe.
struct SharedTimelineView {
    let drill: SharedDrillState
    let glyphs: Glyphs

    /// The paragraphs of the entry at `index`, every text made safe.
    private func paragraphs(of index: Int) -> [Paragraph] {
        let entry = drill.timeline[index]
        let clock = Span(ClockText.format(entry.clock) + "  ", .muted)
        let heading = SafeText.singleLine(entry.heading)
        let body = entry.text.isEmpty ? [] : [Paragraph("  " + SafeText.multiline(entry.text), .plain, indent: 2)]
        switch entry.kind {
        case .scene:
            return (index > 0 ? [.blank] : []) + [Paragraph([clock, Span(heading, Style(.accent, bold: true))], indent: 9)]
                + (entry.text.isEmpty ? [] : [Paragraph(SafeText.multiline(entry.text))])
        case .inject:
            return [Paragraph([Span(heading + ": ", .strong), Span(SafeText.multiline(entry.text))], indent: 2)]
        case .decision:
            return [.blank, Paragraph([Span(glyphs.pointer + " Decision at " + ClockText.format(entry.clock) + ": ", Style(.good, bold: true)),
                                       Span(heading, Style(.good, bold: true))], indent: 2)] + body
        case .note:
            return [Paragraph([Span("Note at \(ClockText.format(entry.clock)): ", Style(.accent, bold: true)),
                               Span(SafeText.singleLine(entry.text), Style(.accent))], indent: 2)]
        case .ending:
            return [.blank, Paragraph([clock, Span("Ending: " + heading, Style(.accent, bold: true))], indent: 9)]
                + (entry.text.isEmpty ? [] : [Paragraph(SafeText.multiline(entry.text))])
        }
    }

    /// The timeline as its pane shows it.
    var window: TimelineWindow {
        TimelineWindow(entries: drill.timeline.count, glyphs: glyphs, paragraphs: paragraphs(of:))
    }
}
