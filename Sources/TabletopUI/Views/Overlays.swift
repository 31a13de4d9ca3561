/// The boxes drawn over a page: help, the quit question, the pause notice.
enum Overlays {
    /// Every key of the screen, from `KeyBindings`.
    static func help(for scope: KeyScope, into screen: inout Screen, glyphs: Glyphs) {
        let bindings = KeyBindings.help(for: scope)
        let rows = bindings.map { binding -> [Span] in
            let keys = glyphs == .unicode ? binding.keys : binding.keys.replacingArrows()
            return [Span(Draw.pad(keys, 12), Style(.accent, bold: true)), Span(binding.meaning)]
        }
        let width = min(screen.width - 4, max(40, (rows.map(\.width).max() ?? 0) + 4))
        let rect = screen.bounds.centred(Size(width: width, height: rows.count + 4))
        let inside = Draw.box(rect, title: "Keys: \(scope.title)", screen: &screen, glyphs: glyphs)
        Draw.lines(rows, in: inside, screen: &screen)
        screen.write("Any key closes this help.", x: inside.x, y: inside.maxY - 1, limit: inside.width, style: .muted)
    }

    /// Asks before leaving a drill, and says how to resume it.
    static func confirmQuit(resumeCommand: String?, into screen: inout Screen, glyphs: Glyphs) {
        var text = [Paragraph("Quit the drill now?", .strong), .blank]
        if let resumeCommand {
            text.append(Paragraph("The session is saved. To go on later, run:"))
            text.append(Paragraph("  " + resumeCommand, Style(.accent, bold: true), indent: 2))
        } else {
            text.append(Paragraph("This session is not being saved: it cannot be resumed.", Style(.warning)))
        }
        text.append(.blank)
        text.append(Paragraph([Span("y", Style(.accent, bold: true)), Span(" quit    "), Span("n", Style(.accent, bold: true)), Span(" keep playing")]))
        box(text, title: "Quit", into: &screen, glyphs: glyphs)
    }

    /// Says the drill is paused and how to go on.
    static func paused(into screen: inout Screen, glyphs: Glyphs) {
        box([Paragraph("The drill is paused; the countdown is stopped.", .strong), .blank,
             Paragraph([Span("p", Style(.accent, bold: true)), Span(" resume   "), Span("n", Style(.accent, bold: true)), Span(" add a note")])],
            title: "Paused", into: &screen, glyphs: glyphs)
    }

    private static func box(_ text: [Paragraph], title: String, into screen: inout Screen, glyphs: Glyphs) {
        let width = min(screen.width - 4, 64)
        let lines = text.lines(width: width - 4)
        let rect = screen.bounds.centred(Size(width: width, height: lines.count + 2))
        let inside = Draw.box(rect, title: title, screen: &screen, glyphs: glyphs)
        Draw.lines(lines, in: inside, screen: &screen)
    }
}
