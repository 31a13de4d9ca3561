/// Small drawing helpers shared by the views: rules, boxes, bars and clipped lines.
enum Draw {
    /// A horizontal rule across `rect`'s first row, with a title after two rule characters.
    static func rule(_ title: String?, in rect: Rect, screen: inout Screen, glyphs: Glyphs) {
        guard rect.height > 0, rect.width > 0 else { return }
        let line = String(repeating: glyphs.horizontal, count: rect.width)
        screen.write(line, x: rect.x, y: rect.y, limit: rect.width, style: .muted)
        if let title, rect.width > 6 {
            screen.write(" \(title) ", x: rect.x + 2, y: rect.y, limit: rect.width - 4, style: Style(.accent, bold: true), ellipsis: glyphs.ellipsis)
        }
    }

    /// A vertical line down `rect`'s first column.
    static func vertical(in rect: Rect, screen: inout Screen, glyphs: Glyphs) {
        for y in rect.y..<rect.maxY { screen.write(glyphs.vertical, x: rect.x, y: y, limit: 1, style: .muted) }
    }

    /// A bordered box with a title, its inside cleared; returns the inside.
    static func box(_ rect: Rect, title: String, screen: inout Screen, glyphs: Glyphs) -> Rect {
        screen.fill(rect)
        guard rect.width >= 4, rect.height >= 3 else { return rect }
        let inner = String(repeating: glyphs.horizontal, count: rect.width - 2)
        screen.write(glyphs.topLeft + inner + glyphs.topRight, x: rect.x, y: rect.y, style: Style(.accent))
        screen.write(glyphs.bottomLeft + inner + glyphs.bottomRight, x: rect.x, y: rect.maxY - 1, style: Style(.accent))
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            screen.write(glyphs.vertical, x: rect.x, y: y, style: Style(.accent))
            screen.write(glyphs.vertical, x: rect.maxX - 1, y: y, style: Style(.accent))
        }
        screen.write(" \(title) ", x: rect.x + 2, y: rect.y, limit: rect.width - 4, style: Style(.accent, bold: true), ellipsis: glyphs.ellipsis)
        return Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
    }

    /// A bar of `width` cells filled in proportion to `value` in `minimum...maximum`.
    static func bar(value: Double, minimum: Double, maximum: Double, width: Int, glyphs: Glyphs, tone: Tone = .accent) -> [Span] {
        guard width > 0 else { return [] }
        let span = maximum - minimum
        let fraction = span > 0 ? min(1, max(0, (value - minimum) / span)) : 1
        let filled = Int((fraction * Double(width)).rounded())
        return [
            Span(String(repeating: glyphs.barFull, count: filled), Style(tone)),
            Span(String(repeating: glyphs.barEmpty, count: width - filled), .muted),
        ]
    }

    /// Lines drawn from `rect`'s top, one per row, clipped to the rectangle.
    static func lines(_ lines: some Collection<[Span]>, in rect: Rect, screen: inout Screen) {
        for (row, line) in lines.prefix(rect.height).enumerated() {
            screen.write(line, x: rect.x, y: rect.y + row, limit: rect.width)
        }
    }

    /// Text padded with spaces to at least `width` columns.
    static func pad(_ text: String, _ width: Int) -> String {
        let columns = CharacterWidth.of(text)
        return columns >= width ? text : text + String(repeating: " ", count: width - columns)
    }

    /// Text cut to `width` columns, ending in the ellipsis glyph when cut.
    static func clip(_ text: String, _ width: Int, glyphs: Glyphs) -> String {
        guard CharacterWidth.of(text) > width else { return text }
        var result = ""
        var used = 0
        let room = width - CharacterWidth.of(glyphs.ellipsis)
        for character in text {
            let columns = CharacterWidth.of(String(character))
            if used + columns > room { break }
            result.append(character)
            used += columns
        }
        return result + glyphs.ellipsis
    }
}
