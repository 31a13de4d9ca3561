/// The part of a timeline that a pane shows, for the facilitator's `TimelineView` and a participant's `SharedTimelineView`.
///
/// Entries are turned into lines from the newest back, only as far as the pane and its scroll reach, so a frame costs
/// the same however long the drill has run.
struct TimelineWindow {
    /// How many entries the timeline has.
    let entries: Int
    let glyphs: Glyphs
    /// The paragraphs of the entry at an index (0 is the oldest).
    let paragraphs: (Int) -> [Paragraph]

    /// Draws the title rule and the latest lines, `scroll` lines up from the end; arrows in the title say there is more
    /// above or below.
    func render(into screen: inout Screen, rect: Rect, scroll: Int) {
        guard rect.height > 1 else { return }
        let (ruleRect, below) = rect.splitTop(1)
        let content = Self.content(below)
        let visible = content.height
        let (lines, olderUnseen) = latestLines(width: content.width, count: scroll + visible + 1)
        let scroll = max(0, min(scroll, lines.count - visible))
        let end = lines.count - scroll
        let start = max(0, end - visible)
        var title = "Timeline"
        if start > 0 || olderUnseen { title += " \(glyphs.arrowUp)" }
        if scroll > 0 { title += " \(glyphs.arrowDown)\(scroll)" }
        Draw.rule(title, in: ruleRect, screen: &screen, glyphs: glyphs)
        Draw.lines(lines[start..<end], in: content, screen: &screen)
    }

    /// `scroll` kept within what a pane `rect` (title rule included) can show: at most the lines above a full pane.
    func clamped(_ scroll: Int, rect: Rect) -> Int {
        let visible = rect.height - 1
        let (lines, _) = latestLines(width: Self.content(rect).width, count: scroll + visible)
        return max(0, min(scroll, lines.count - visible))
    }

    /// The latest lines at `width` columns, from the newest entry back until there are at least `count` (or none is
    /// left), oldest first; and whether older entries were left out.
    private func latestLines(width: Int, count: Int) -> (lines: [[Span]], olderUnseen: Bool) {
        var newestFirst: [[[Span]]] = []
        var total = 0
        var next = entries
        while next > 0, total < count {
            next -= 1
            let lines = paragraphs(next).lines(width: width)
            total += lines.count
            newestFirst.append(lines)
        }
        return (newestFirst.reversed().flatMap { $0 }, next > 0)
    }

    /// Where the text goes below the title rule: a column is kept free on the right.
    static func content(_ rect: Rect) -> Rect {
        Rect(x: rect.x, y: rect.y, width: rect.width - 1, height: rect.height)
    }
}
