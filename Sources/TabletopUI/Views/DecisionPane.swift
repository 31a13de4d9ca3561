/// A decision pane as it is drawn: a title rule over lines, the selected option's highlighted.
///
/// The facilitator's `DecisionView` and a participant's `ParticipantDecisionView` say what the title and the lines are.
protocol DecisionPane {
    var glyphs: Glyphs { get }
    /// The text of the title rule.
    var title: String { get }
    /// The pane's content at `width` columns, fitted into `limit` rows.
    func lines(width: Int, limit: Int) -> [DecisionView.Line]
}

extension DecisionPane {
    /// The rows the pane wants at `width` columns, at most `limit`.
    func height(width: Int, limit: Int) -> Int {
        min(limit, 1 + lines(width: width, limit: limit - 1).count)
    }

    /// Draws the title rule and the pane's lines, the selected option highlighted.
    func render(into screen: inout Screen, rect: Rect) {
        guard rect.height > 1 else { return }
        let (ruleRect, content) = rect.splitTop(1)
        Draw.rule(title, in: ruleRect, screen: &screen, glyphs: glyphs)
        for (row, line) in lines(width: content.width, limit: content.height).enumerated() {
            let y = content.y + row
            if line.selected {
                screen.fill(Rect(x: content.x, y: y, width: content.width, height: 1), style: .selected)
            }
            screen.write(line.spans, x: content.x, y: y, limit: content.width)
        }
    }
}
