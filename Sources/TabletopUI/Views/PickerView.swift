import TabletopCore

/// The scenario picker: the list with difficulty and minutes, and a preview of the selected one.
struct PickerView {
    let picker: PickerState
    let glyphs: Glyphs

    func render(into screen: inout Screen, rect: Rect) {
        guard !picker.items.isEmpty else {
            var text = [Paragraph("No scenarios found.", .strong), .blank]
            if !picker.searched.isEmpty { text.append(Paragraph("Looked in: " + picker.searched.joined(separator: ", "), .muted, indent: 2)) }
            text.append(Paragraph("Give a folder with --scenarios DIR or TABLETOP_PATH, or a file: tabletop run FILE.", .muted))
            Draw.lines(text.lines(width: rect.width - 2), in: rect.insetHorizontally(1), screen: &screen)
            return
        }
        let listRows = min(picker.items.count, max(3, rect.height / 2 - 1))
        let (listArea, previewArea) = rect.splitTop(1 + listRows)
        let (ruleRect, list) = listArea.splitTop(1)
        Draw.rule("Scenarios (\(picker.items.count))", in: ruleRect, screen: &screen, glyphs: glyphs)
        let first = max(0, min(picker.selection - listRows / 2, picker.items.count - listRows))
        for row in 0..<listRows {
            let index = first + row
            guard index < picker.items.count else { break }
            drawRow(picker.items[index], number: index, selected: index == picker.selection, into: &screen,
                    rect: Rect(x: list.x, y: list.y + row, width: list.width, height: 1))
        }
        drawPreview(picker.items[picker.selection], into: &screen, rect: previewArea)
    }

    private func drawRow(_ item: PickerItem, number: Int, selected: Bool, into screen: inout Screen, rect: Rect) {
        let base: Style = selected ? .selected : .plain
        if selected { screen.fill(rect, style: base) }
        var details: [String] = []
        if let difficulty = item.difficulty { details.append(SafeText.singleLine(difficulty)) }
        if let minutes = item.minutes { details.append("\(minutes) min") }
        let right = details.joined(separator: "  ") + " "
        let rightWidth = CharacterWidth.of(right)
        let label = (selected ? glyphs.pointer : " ") + (number < 9 ? "\(number + 1). " : "   ")
        let used = screen.write(label, x: rect.x, y: rect.y, style: selected ? base : Style(.accent, bold: true))
        screen.write(SafeText.singleLine(item.title), x: rect.x + used, y: rect.y, limit: rect.width - used - rightWidth - 1, style: base.bolded, ellipsis: glyphs.ellipsis)
        screen.write(right, x: rect.maxX - rightWidth, y: rect.y, style: selected ? base : .muted)
    }

    private func drawPreview(_ item: PickerItem, into screen: inout Screen, rect: Rect) {
        guard rect.height > 1 else { return }
        let (ruleRect, content) = rect.splitTop(1)
        Draw.rule(SafeText.singleLine(item.title), in: ruleRect, screen: &screen, glyphs: glyphs)
        var text: [Paragraph] = []
        if !item.tags.isEmpty {
            text.append(Paragraph(item.tags.map { "#" + SafeText.singleLine($0) }.joined(separator: " "), Style(.accent)))
        }
        text += SafeText.multiline(item.summary).split(separator: "\n").map { Paragraph(String($0)) }
        text.append(.blank)
        text.append(Paragraph([Span("Scenario: ", .muted), Span(SafeText.singleLine(item.scenarioPath))], indent: 2))
        if let playbook = item.playbookPath {
            text.append(Paragraph([Span("Playbook: ", .muted), Span(SafeText.singleLine(playbook))], indent: 2))
        } else {
            text.append(Paragraph("No playbook pairs with it: the drill will not be scored.", .muted))
        }
        Draw.lines(text.lines(width: content.width - 2), in: content.insetHorizontally(1), screen: &screen)
    }
}
