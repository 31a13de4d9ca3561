import TabletopCore

extension ParticipantApp {
    /// Draws the whole frame into `screen`, resizing it to the app's size: a pure function of the state.
    public func render(into screen: inout Screen) {
        screen.clear(resizingTo: size)
        if isTooSmall {
            TooSmallView.render(size: size, asksToQuit: false, into: &screen)
            return
        }
        let glyphs = configuration.glyphs
        let footer = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        guard welcomed, let snapshot else {
            renderConnecting(into: &screen)
            return
        }
        let drill = snapshot.drill
        let team = TeamView(participant: self, snapshot: snapshot)
        let decision = ParticipantDecisionView(app: self, drill: drill, tally: snapshot.tally, glyphs: glyphs)
        let layout = DrillLayout(self, snapshot: snapshot, team: team)
        let role = drill.roles.first { $0.id == me.role }?.name ?? me.role
        HeaderView(title: drill.scenarioTitle, clock: drill.clock, phase: drill.scene.map { Phase(rawValue: $0.phase)?.title ?? $0.phase },
                   countdown: countdown, paused: drill.countdown?.paused ?? false, badge: "\(me.name) (\(role))")
            .render(into: &screen, rect: layout.header, glyphs: glyphs)
        SharedTimelineView(drill: drill, glyphs: glyphs).window.render(into: &screen, rect: layout.timeline, scroll: timelineScroll)
        if layout.divider.width > 0 { Draw.vertical(in: layout.divider, screen: &screen, glyphs: glyphs) }
        StateView(shared: drill.variables, glyphs: glyphs).render(into: &screen, rect: layout.state, wide: layout.sideColumn)
        team.render(into: &screen, rect: layout.side)
        decision.render(into: &screen, rect: layout.decision)
        screen.write(" " + hints, x: footer.x, y: footer.y, limit: footer.width, style: .muted, ellipsis: glyphs.ellipsis)
        if showsHelp { Overlays.help(for: .participant, into: &screen, glyphs: glyphs) }
    }

    /// The key hints for what is on screen.
    private var hints: String {
        if input != nil { return "Enter vote with this argument  Esc cancel" }
        if showsHelp { return "any key: close the help" }
        let arrows = configuration.glyphs == .unicode ? "↑↓" : "j/k"
        guard canVote else { return "PgUp/PgDn scroll  ? help  q leave" }
        return "\(arrows) select  1-9/Enter vote  a argue  " + (myBallot == nil ? "" : "w withdraw  ") + "? help  q leave"
    }

    /// Until the host's welcome: where and as whom the participant is joining.
    private func renderConnecting(into screen: inout Screen) {
        let glyphs = configuration.glyphs
        HeaderView(title: "tabletop: joining a drill").render(into: &screen, rect: Rect(x: 0, y: 0, width: size.width, height: 1), glyphs: glyphs)
        let text = [
            Paragraph("Joining the drill hosted at", .strong),
            Paragraph("  " + SafeText.singleLine(socketPath), Style(.accent, bold: true), indent: 2),
            Paragraph("as " + SafeText.singleLine(me.name) + " (role " + SafeText.singleLine(me.role) + ")" + glyphs.ellipsis),
            .blank,
            Paragraph("q leaves.", .muted),
        ]
        let width = min(size.width - 4, 64)
        let lines = text.lines(width: width)
        let rect = screen.bounds.centred(Size(width: width, height: lines.count))
        Draw.lines(lines, in: rect, screen: &screen)
    }
}
