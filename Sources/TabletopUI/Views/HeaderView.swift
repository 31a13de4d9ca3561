import TabletopCore

/// The top row: the title on the left; the scenario clock, the phase, the countdown and any pause on the right.
struct HeaderView {
    let title: String
    var session: DrillSession?
    var facilitator = false

    func render(into screen: inout Screen, rect: Rect, glyphs: Glyphs) {
        screen.fill(rect, style: .bar)
        var right: [Span] = []
        if let session {
            if facilitator { right.append(Span(" FACILITATOR ", Style(.warning, bold: true, reverse: true))) }
            right.append(Span(" " + ClockText.format(session.state.clock) + " ", Style(.plain, bold: true, reverse: true)))
            if let scene = session.scene {
                right.append(Span(" " + scene.phase.title + " ", .bar))
            }
            if let countdown = session.countdown {
                let tone: Tone = countdown.secondsLeft <= 10 ? .bad : countdown.secondsLeft <= 30 ? .warning : .plain
                right.append(Span(" time left " + countdown.text + " ", Style(tone, bold: true, reverse: true)))
            }
            if session.paused { right.append(Span(" PAUSED ", Style(.warning, bold: true, reverse: true))) }
        }
        let rightWidth = right.width
        let titleRoom = max(0, rect.width - rightWidth - 2)
        screen.write(" " + SafeText.singleLine(title), x: rect.x, y: rect.y, limit: titleRoom, style: Style(.plain, bold: true, reverse: true), ellipsis: glyphs.ellipsis)
        screen.write(right, x: rect.maxX - rightWidth, y: rect.y, limit: rightWidth)
    }
}
