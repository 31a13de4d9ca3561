import TabletopCore

/// The top row: the title on the left; a badge, the scenario clock, the phase, the countdown and any pause on the right.
struct HeaderView {
    let title: String
    /// The scenario clock (nil before a drill runs).
    var clock: Int?
    var phase: String?
    var countdown: Countdown?
    var paused = false
    /// A word in reverse before the clock: `FACILITATOR`, or who a participant is.
    var badge: String?

    /// A header with the title only.
    init(title: String) {
        self.title = title
    }

    /// The header of a drill in progress: its clock, phase, countdown and pause (`FACILITATOR` when that view is on).
    init(title: String, session: DrillSession, facilitator: Bool = false) {
        self.title = title
        clock = session.state.clock
        phase = session.scene?.phase.title
        countdown = session.countdown
        paused = session.paused
        badge = facilitator ? "FACILITATOR" : nil
    }

    /// A header showing the given drill status.
    init(title: String, clock: Int?, phase: String?, countdown: Countdown?, paused: Bool, badge: String?) {
        self.title = title
        self.clock = clock
        self.phase = phase
        self.countdown = countdown
        self.paused = paused
        self.badge = badge
    }

    func render(into screen: inout Screen, rect: Rect, glyphs: Glyphs) {
        screen.fill(rect, style: .bar)
        var right: [Span] = []
        if let badge { right.append(Span(" " + SafeText.singleLine(badge) + " ", Style(.warning, bold: true, reverse: true))) }
        if let clock {
            right.append(Span(" " + ClockText.format(clock) + " ", Style(.plain, bold: true, reverse: true)))
            if let phase { right.append(Span(" " + phase + " ", .bar)) }
            if let countdown {
                let tone: Tone = countdown.secondsLeft <= 10 ? .bad : countdown.secondsLeft <= 30 ? .warning : .plain
                right.append(Span(" time left " + countdown.text + " ", Style(tone, bold: true, reverse: true)))
            }
            if paused { right.append(Span(" PAUSED ", Style(.warning, bold: true, reverse: true))) }
        }
        let rightWidth = right.width
        let titleRoom = max(0, rect.width - rightWidth - 2)
        screen.write(" " + SafeText.singleLine(title), x: rect.x, y: rect.y, limit: titleRoom, style: Style(.plain, bold: true, reverse: true), ellipsis: glyphs.ellipsis)
        screen.write(right, x: rect.maxX - rightWidth, y: rect.y, limit: rightWidth)
    }
}
