import TabletopCore

/// A participant's state pane: each visible variable's label and value as the host shared them.
struct SharedStateView {
    let variables: [LinkVariable]
    let glyphs: Glyphs

    /// Draws the title rule, then one variable a row (two a row in a strip that is not `wide`).
    func render(into screen: inout Screen, rect: Rect, wide: Bool) {
        guard rect.height > 0 else { return }
        let (ruleRect, content) = rect.splitTop(1)
        Draw.rule("State", in: ruleRect, screen: &screen, glyphs: glyphs)
        let columns = wide ? 1 : 2
        let cellWidth = wide ? content.width : (content.width - 2) / 2
        let labelWidth = max(8, min(18, cellWidth - 16))
        for (number, variable) in variables.enumerated() {
            let row = number / columns, column = number % columns
            guard row < content.height else { break }
            let label = Draw.pad(Draw.clip(SafeText.singleLine(variable.label), labelWidth, glyphs: glyphs), labelWidth) + " "
            screen.write([Span(label), Span(SafeText.singleLine(variable.value), .strong)],
                         x: content.x + column * (cellWidth + 2), y: content.y + row, limit: cellWidth)
        }
    }
}
