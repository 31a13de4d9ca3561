import TabletopCore

/// The visible variables, one row each: ints with both bounds as a bar and their numbers, other values as words or
/// numbers. The facilitator's pane reads them from the session, a participant's from what the host shared.
struct StateView {
    /// One variable as the pane shows it.
    struct Row {
        /// An int with both bounds, drawn as a bar before its numbers.
        struct Gauge {
            var value: Int
            var minimum: Int
            var maximum: Int
        }

        var label: String
        /// The value as text: `3/10` for an int with both bounds, other ints as numbers, `yes`/`no`, an enum case's name.
        var text: String
        var style: Style = .strong
        var gauge: Gauge?

        /// A variable of the scenario with its `value`; this text is what participants are sent.
        init(_ variable: Variable, value: RuntimeValue) {
            label = variable.label ?? variable.name
            switch value {
            case .int(let number):
                if let minimum = variable.minimum, let maximum = variable.maximum {
                    text = "\(number)/\(maximum)"
                    gauge = Gauge(value: number, minimum: minimum, maximum: maximum)
                } else {
                    text = String(number)
                }
            case .bool(let flag):
                text = flag ? "yes" : "no"
                style = Style(flag ? .good : .muted, bold: true)
            case .enumCase:
                text = variable.describe(value)
            }
        }

        /// A variable as the host shared it: its value's text only.
        init(_ variable: LinkVariable) {
            label = variable.label
            text = variable.value
        }
    }

    let rows: [Row]
    let glyphs: Glyphs

    /// The facilitator's pane: the session's visible variables.
    init(session: DrillSession, glyphs: Glyphs) {
        rows = Self.rows(of: session)
        self.glyphs = glyphs
    }

    /// The session's visible variables as the facilitator's pane writes them (and participants are sent them).
    static func rows(of session: DrillSession) -> [Row] {
        visibleVariables(session.scenario).map { Row(session.scenario.variables[$0], value: session.state.values[$0]) }
    }

    /// A participant's pane: the variables the host shared.
    init(shared variables: [LinkVariable], glyphs: Glyphs) {
        rows = variables.map(Row.init)
        self.glyphs = glyphs
    }

    /// The slots of the variables the team sees (not `hidden`).
    static func visibleVariables(_ scenario: Scenario) -> [Int] {
        scenario.variables.indices.filter { !scenario.variables[$0].hidden }
    }

    /// Draws the title rule, then one variable a row (two a row in a strip that is not `wide`).
    func render(into screen: inout Screen, rect: Rect, wide: Bool) {
        guard rect.height > 0 else { return }
        let (ruleRect, content) = rect.splitTop(1)
        Draw.rule("State", in: ruleRect, screen: &screen, glyphs: glyphs)
        let columns = wide ? 1 : 2
        let cellWidth = wide ? content.width : (content.width - 2) / 2
        for (number, row) in rows.enumerated() {
            let line = number / columns, column = number % columns
            guard line < content.height else { break }
            screen.write(spans(for: row, width: cellWidth), x: content.x + column * (cellWidth + 2), y: content.y + line, limit: cellWidth)
        }
    }

    /// One variable as its label, then a bar and its numbers, or its text; all text made safe.
    private func spans(for row: Row, width: Int) -> [Span] {
        let labelWidth = max(8, min(18, width - 16))
        let label = Span(Draw.pad(Draw.clip(SafeText.singleLine(row.label), labelWidth, glyphs: glyphs), labelWidth) + " ")
        let text = SafeText.singleLine(row.text)
        guard let gauge = row.gauge else { return [label, Span(text, row.style)] }
        let widest = " \(gauge.maximum)/\(gauge.maximum)"
        let numbers = " " + Draw.pad(text, max(7, CharacterWidth.of(widest) - 1))
        let barWidth = max(3, width - labelWidth - 1 - CharacterWidth.of(numbers))
        return [label] + Draw.bar(value: Double(gauge.value), minimum: Double(gauge.minimum), maximum: Double(gauge.maximum), width: barWidth, glyphs: glyphs)
            + [Span(numbers, row.style)]
    }
}
