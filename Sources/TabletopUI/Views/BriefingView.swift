import TabletopCore

/// The briefing: summary, objectives and roles, a player's name per role, and the button that starts the drill.
struct BriefingView {
    let briefing: BriefingState
    let input: TextInput?
    let glyphs: Glyphs

    func render(into screen: inout Screen, rect: Rect) {
        let scenario = briefing.setup.scenario
        let rolesHeight = min(rect.height / 2, 1 + scenario.roles.count + 2 + (input == nil ? 0 : 1))
        let (top, bottom) = rect.splitBottom(rolesHeight)
        var text: [Paragraph] = []
        var facts: [String] = []
        if let difficulty = scenario.metadata.difficulty { facts.append(SafeText.singleLine(difficulty)) }
        if let minutes = scenario.metadata.estimatedMinutes { facts.append("about \(minutes) min") }
        facts.append("seed \(briefing.setup.seed)")
        facts.append(briefing.setup.playbook.map { "playbook: " + SafeText.singleLine($0.title) } ?? "no playbook: not scored")
        text.append(Paragraph(facts.joined(separator: "  \(glyphs.bullet)  "), .muted))
        text.append(.blank)
        text += SafeText.multiline(scenario.summary).split(separator: "\n").map { Paragraph(String($0)) }
        if !scenario.metadata.objectives.isEmpty {
            text.append(.blank)
            text.append(Paragraph("Objectives", Style(.accent, bold: true)))
            for objective in scenario.metadata.objectives {
                text.append(Paragraph("\(glyphs.bullet) " + SafeText.singleLine(objective), indent: 2))
            }
        }
        let (ruleRect, content) = top.splitTop(1)
        Draw.rule("Briefing", in: ruleRect, screen: &screen, glyphs: glyphs)
        Draw.lines(text.lines(width: content.width - 2), in: content.insetHorizontally(1), screen: &screen)
        drawRoles(into: &screen, rect: bottom)
    }

    private func drawRoles(into screen: inout Screen, rect: Rect) {
        guard rect.height > 1 else { return }
        let scenario = briefing.setup.scenario
        let (ruleRect, content) = rect.splitTop(1)
        Draw.rule("Roles and players", in: ruleRect, screen: &screen, glyphs: glyphs)
        var y = content.y
        let nameWidth = min(26, content.width / 3)
        for (index, role) in scenario.roles.enumerated() where y < content.maxY {
            let selected = index == briefing.selection
            let row = Rect(x: content.x, y: y, width: content.width, height: 1)
            let base: Style = selected ? .selected : .plain
            if selected { screen.fill(row, style: base) }
            var spans = [
                Span((selected ? glyphs.pointer : " ") + " ", base),
                Span(Draw.pad(Draw.clip(SafeText.singleLine(role.name), nameWidth, glyphs: glyphs), nameWidth) + "  ", base.bolded),
            ]
            let name = briefing.names[index]
            spans.append(name.isEmpty ? Span("(no player named)", selected ? base : .muted) : Span(SafeText.singleLine(name), selected ? base : Style(.good, bold: true)))
            if let brief = role.brief { spans.append(Span("  " + SafeText.singleLine(brief), selected ? base : .muted)) }
            screen.write(spans, x: row.x, y: y, limit: row.width)
            y += 1
        }
        if case .roleName(let index) = input?.purpose, y < content.maxY {
            let label = "Player for \(SafeText.singleLine(scenario.roles[index].name)): "
            let used = screen.write(label, x: content.x + 2, y: y, style: .strong)
            let room = content.width - 3 - used
            var tail = SafeText.singleLine(input?.text ?? "")
            while CharacterWidth.of(tail) > room - 1, !tail.isEmpty { tail.removeFirst() }
            screen.write([Span(tail, Style(.good, bold: true)), Span("_", Style(.accent, bold: true))], x: content.x + 2 + used, y: y, limit: room)
            y += 1
        }
        y += 1
        guard y < content.maxY else { return }
        let button = "[ Start the drill ]"
        let style: Style = briefing.onStart ? .selected : Style(.accent, bold: true)
        screen.write((briefing.onStart ? glyphs.pointer : " ") + " " + button, x: content.x, y: y, style: style)
    }
}
