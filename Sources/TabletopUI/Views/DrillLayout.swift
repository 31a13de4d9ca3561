import TabletopCore

/// Where the drill page's panes go for a terminal size: timeline, state, facilitator view and decision pane.
///
/// From 100 columns the state (and the side pane: the facilitator view, the team of a hosted drill) sit in a
/// column on the right; below that the state is a strip above the decision pane and the facilitator view takes
/// the timeline's place (the team pane takes its lower part). A scenario without visible variables leaves the
/// whole width to the timeline until a side pane is shown.
struct DrillLayout {
    /// Columns from which the state pane moves to the right.
    static let wideFrom = 100

    var header: Rect
    var footer: Rect
    var timeline: Rect
    /// How far PgUp and PgDn scroll the timeline: its pane's height less two lines kept in view.
    var timelinePage: Int { max(1, timeline.height - 2) }
    /// The state pane, including its title rule.
    var state: Rect
    /// The side pane (the facilitator view, the team), including its title rule (empty when there is none).
    var side: Rect
    /// The decision pane: a title rule, the prompt and the options (or a text field).
    var decision: Rect
    /// A vertical divider between the columns (empty when narrow).
    var divider: Rect
    /// Whether the state is a column on the right (one variable a row) rather than a strip.
    var sideColumn: Bool

    /// What shares the drill page with the timeline, besides the state and the decision pane.
    enum SidePane: Hashable {
        /// Nothing: the timeline has the room.
        case none
        /// A pane as tall as it can be (the facilitator view): in a narrow terminal it takes the timeline's place.
        case whole
        /// A pane that wants this many rows (the team): in a narrow terminal it sits below the timeline, at most half of it.
        case rows(Int)
    }

    /// The layout of a terminal drill's page; a hosted drill's team pane is wrapped for it.
    init(_ app: App) {
        self.init(app, team: app.team.map { TeamView(hosting: $0, app: app) })
    }

    /// The layout of a terminal drill's page with the `team` pane of a hosted drill, as it will be drawn.
    init(_ app: App, team: TeamView?) {
        let side: SidePane = app.facilitatorVisible ? .whole : team.map { .rows($0.height(limit: app.size.height)) } ?? .none
        self.init(size: app.size, stateRows: app.session.map { StateView.visibleVariables($0.scenario).count } ?? 0, side: side) { width, limit in
            app.session.map { DecisionView(app: app, session: $0, glyphs: app.configuration.glyphs).height(width: width, limit: limit) } ?? 0
        }
    }

    /// The layout of a participant's page showing `snapshot`, with its `team` pane as it will be drawn.
    init(_ app: ParticipantApp, snapshot: DrillSnapshot, team: TeamView) {
        let decision = ParticipantDecisionView(app: app, drill: snapshot.drill, tally: snapshot.tally, glyphs: app.configuration.glyphs)
        self.init(size: app.size, stateRows: snapshot.drill.variables.count, side: .rows(team.height(limit: app.size.height))) { width, limit in
            decision.height(width: width, limit: limit)
        }
    }

    /// The layout for `size`: `stateRows` variables to show, the `side` pane, and a decision pane that wants
    /// `decisionRows(width, limit)` rows (at most `limit`).
    init(size: Size, stateRows: Int, side: SidePane, decisionRows: (_ width: Int, _ limit: Int) -> Int) {
        let screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let (header, belowHeader) = screen.splitTop(1)
        let (body, footer) = belowHeader.splitBottom(1)
        self.header = header
        self.footer = footer
        sideColumn = size.width >= Self.wideFrom && (stateRows > 0 || side != .none)
        if sideColumn {
            let (left, right) = body.splitLeft(size.width - Self.columnWidth(in: size))
            let (main, rest) = left.splitLeft(left.width - 1)
            divider = rest
            (timeline, decision) = main.splitBottom(decisionRows(main.width, main.height / 2))
            let stateHeight = stateRows == 0 ? 0 : min(right.height, 1 + stateRows)
            let (stateRect, below) = right.splitTop(stateHeight)
            state = stateRect
            self.side = side == .none ? Rect(x: below.x, y: below.y, width: 0, height: 0) : below
        } else {
            divider = Rect(x: 0, y: 0, width: 0, height: 0)
            let (upper, decisionRect) = body.splitBottom(decisionRows(body.width, body.height / 2))
            decision = decisionRect
            let gridRows = (stateRows + 1) / 2
            let stateHeight = stateRows == 0 ? 0 : min(upper.height / 2, 1 + gridRows)
            let (top, stateRect) = upper.splitBottom(stateHeight)
            state = stateRect
            switch side {
            case .none:
                self.side = Rect(x: top.x, y: top.y, width: 0, height: 0)
                timeline = top
            case .whole:
                self.side = top
                timeline = Rect(x: top.x, y: top.y, width: top.width, height: 0)
            case .rows(let rows):
                (timeline, self.side) = top.splitBottom(min(top.height / 2, rows))
            }
        }
    }

    /// The width of the side pane (the facilitator view, the team) in a terminal of `size`: the right column from
    /// `wideFrom` columns, else the whole width.
    static func sideWidth(in size: Size) -> Int {
        size.width >= wideFrom ? columnWidth(in: size) : size.width
    }

    /// The width of the right column, divider excluded.
    private static func columnWidth(in size: Size) -> Int {
        max(32, min(48, size.width / 3))
    }
}
