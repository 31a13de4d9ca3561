extension App {
    /// Draws the whole frame into `screen`, resizing it to the app's size: a pure function of the state.
    public func render(into screen: inout Screen) {
        screen.clear(resizingTo: size)
        if isTooSmall {
            TooSmallView.render(size: size, asksToQuit: overlay == .confirmQuit, into: &screen)
            return
        }
        let glyphs = configuration.glyphs
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
        let footer = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        switch page {
        case .picker:
            HeaderView(title: "tabletop: choose a drill").render(into: &screen, rect: Rect(x: 0, y: 0, width: size.width, height: 1), glyphs: glyphs)
            PickerView(picker: picker, glyphs: glyphs).render(into: &screen, rect: body)
        case .briefing:
            if let briefing {
                HeaderView(title: briefing.setup.scenario.title).render(into: &screen, rect: Rect(x: 0, y: 0, width: size.width, height: 1), glyphs: glyphs)
                var briefingRect = body
                if let team {
                    // A hosted drill's facilitator sees who has joined before starting.
                    let teamView = TeamView(hosting: team, app: self, width: body.width)
                    let (top, teamRect) = body.splitBottom(teamView.height(limit: body.height / 3))
                    teamView.render(into: &screen, rect: teamRect)
                    briefingRect = top
                }
                BriefingView(briefing: briefing, input: input, glyphs: glyphs).render(into: &screen, rect: briefingRect)
            }
        case .drill:
            renderDrill(into: &screen)
        case .debrief:
            if let session {
                HeaderView(title: "Debrief: " + session.scenario.title, session: session).render(into: &screen, rect: Rect(x: 0, y: 0, width: size.width, height: 1), glyphs: glyphs)
            }
            DebriefView(app: self).render(into: &screen, rect: body)
        }
        FooterView(app: self).render(into: &screen, rect: footer, glyphs: glyphs)
        switch overlay {
        case .help: Overlays.help(for: page.keyScope, into: &screen, glyphs: glyphs)
        case .confirmQuit: Overlays.confirmQuit(resumeCommand: resumeCommand, into: &screen, glyphs: glyphs)
        case nil: if page == .drill, session?.paused == true, input == nil { Overlays.paused(into: &screen, glyphs: glyphs) }
        }
    }

    private func renderDrill(into screen: inout Screen) {
        guard let session else { return }
        let glyphs = configuration.glyphs
        let teamView = team.map { TeamView(hosting: $0, app: self) }
        let layout = DrillLayout(self, team: teamView)
        HeaderView(title: session.scenario.title, session: session, facilitator: facilitatorVisible).render(into: &screen, rect: layout.header, glyphs: glyphs)
        TimelineView(session: session, glyphs: glyphs).window.render(into: &screen, rect: layout.timeline, scroll: timelineScroll)
        if layout.divider.width > 0 { Draw.vertical(in: layout.divider, screen: &screen, glyphs: glyphs) }
        StateView(session: session, glyphs: glyphs).render(into: &screen, rect: layout.state, wide: layout.sideColumn)
        var side = layout.side
        if let teamView, side.height > 0, side.width > 0 {
            let (teamRect, rest) = side.splitTop(facilitatorVisible ? teamView.height(limit: side.height / 2) : side.height)
            teamView.render(into: &screen, rect: teamRect)
            side = rest
        }
        if facilitatorVisible, side.height > 0, side.width > 0 {
            FacilitatorView(session: session, glyphs: glyphs).render(into: &screen, rect: side)
        }
        DecisionView(app: self, session: session, glyphs: glyphs).render(into: &screen, rect: layout.decision)
    }
}
