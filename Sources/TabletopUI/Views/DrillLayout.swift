/// Where the drill page's panes go for a terminal size: timeline, state, facilitator view and decision pane.
///
/// From 100 columns the state (and the facilitator view) sit in a column on the right; below that the
/// state is a strip above the decision pane and the facilitator view takes the timeline's place. A scenario
/// without visible variables leaves the whole width to the timeline until the facilitator view is shown.
struct DrillLayout {
    /// Columns from which the state pane moves to the right.
    static let wideFrom = 100

    var header: Rect
    var footer: Rect
    var timeline: Rect
    /// The state pane, including its title rule.
    var state: Rect
    /// The facilitator view, including its title rule (empty when hidden).
    var facilitator: Rect
    /// The decision pane: a title rule, the prompt and the options (or a text field).
    var decision: Rect
    /// A vertical divider between the columns (empty when narrow).
    var divider: Rect
    /// Whether the state is a column on the right (one variable a row) rather than a strip.
    var sideColumn: Bool

    init(_ app: App) {
        let size = app.size
        let screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let (header, belowHeader) = screen.splitTop(1)
        let (body, footer) = belowHeader.splitBottom(1)
        self.header = header
        self.footer = footer
        let stateRows = app.session.map { StateView.visibleVariables($0.scenario).count } ?? 0
        sideColumn = size.width >= Self.wideFrom && (stateRows > 0 || app.facilitatorVisible)
        if sideColumn {
            let side = max(32, min(48, size.width / 3))
            let (left, right) = body.splitLeft(size.width - side)
            let (main, rest) = left.splitLeft(left.width - 1)
            divider = rest
            let decisionRows = DecisionView.height(app, width: main.width, limit: main.height / 2)
            (timeline, decision) = main.splitBottom(decisionRows)
            let stateHeight = stateRows == 0 ? 0 : min(right.height, 1 + stateRows)
            let (stateRect, below) = right.splitTop(stateHeight)
            state = stateRect
            facilitator = app.facilitatorVisible ? below.splitTop(below.height).top : Rect(x: below.x, y: below.y, width: 0, height: 0)
        } else {
            divider = Rect(x: 0, y: 0, width: 0, height: 0)
            let decisionRows = DecisionView.height(app, width: body.width, limit: body.height / 2)
            let (upper, decisionRect) = body.splitBottom(decisionRows)
            decision = decisionRect
            let gridRows = (stateRows + 1) / 2
            let stateHeight = stateRows == 0 ? 0 : min(upper.height / 2, 1 + gridRows)
            let (top, stateRect) = upper.splitBottom(stateHeight)
            state = stateRect
            if app.facilitatorVisible {
                facilitator = top
                timeline = Rect(x: top.x, y: top.y, width: top.width, height: 0)
            } else {
                facilitator = Rect(x: top.x, y: top.y, width: 0, height: 0)
                timeline = top
            }
        }
    }
}
