import TabletopCore

/// The visible variables: ints with bounds as bars, other ints as numbers, enums and bools as words.
struct StateView {
    let session: DrillSession
    let glyphs: Glyphs

    /// The slots of the variables the team sees (not `hidden`).
    static func visibleVariables(_ scenario: Scenario) -> [Int] {
        scenario.variables.indices.filter { !scenario.variables[$0].hidden }
    }

    /// Draws the title rule, then one variable a row (two a row in a strip that is not `wide`).
    func render(into screen: inout Screen, rect: Rect, wide: Bool) {
        guard rect.height > 0 else { return }
        let (ruleRect, content) = rect.splitTop(1)
        Draw.rule("State", in: ruleRect, screen: &screen, glyphs: glyphs)
        let slots = Self.visibleVariables(session.scenario)
        let columns = wide ? 1 : 2
        let cellWidth = wide ? content.width : (content.width - 2) / 2
        for (number, slot) in slots.enumerated() {
            let row = number / columns, column = number % columns
            guard row < content.height else { break }
            let x = content.x + (wide ? 0 : column * (cellWidth + 2))
            screen.write(line(for: slot, width: cellWidth), x: x, y: content.y + row, limit: cellWidth)
        }
    }

    /// One variable as label, then a bar and numbers or a word.
    private func line(for slot: Int, width: Int) -> [Span] {
        let variable = session.scenario.variables[slot]
        let value = session.state.values[slot]
        let labelWidth = max(8, min(18, width - 16))
        let label = SafeText.singleLine(variable.label ?? variable.name)
        var spans = [Span(Draw.pad(Draw.clip(label, labelWidth, glyphs: glyphs), labelWidth) + " ", .plain)]
        switch value {
        case .int(let number):
            if let minimum = variable.minimum, let maximum = variable.maximum {
                let widest = " \(maximum)/\(maximum)"
                let numbers = " " + Draw.pad("\(number)/\(maximum)", max(7, CharacterWidth.of(widest) - 1))
                let barWidth = max(3, width - labelWidth - 1 - CharacterWidth.of(numbers))
                spans += Draw.bar(value: Double(number), minimum: Double(minimum), maximum: Double(maximum), width: barWidth, glyphs: glyphs)
                spans.append(Span(numbers, .strong))
            } else {
                spans.append(Span(String(number), .strong))
            }
        case .bool(let flag):
            spans.append(Span(flag ? "yes" : "no", Style(flag ? .good : .muted, bold: true)))
        case .enumCase:
            spans.append(Span(SafeText.singleLine(variable.describe(value)), .strong))
        }
        return spans
    }
}
