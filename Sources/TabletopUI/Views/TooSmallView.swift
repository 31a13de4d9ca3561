/// Shown instead of the page when the terminal is below the minimum: the size needed and the current one.
enum TooSmallView {
    /// Draws the notice for a terminal of `size`; `asksToQuit` adds the quit question when it is open.
    static func render(size: Size, asksToQuit: Bool, into screen: inout Screen) {
        let minimum = Size.minimum
        var lines = [
            "tabletop needs a terminal of at least \(minimum.width)x\(minimum.height).",
            "This one is \(size.width)x\(size.height).",
            "Enlarge the window to go on.",
        ]
        if asksToQuit { lines.append("Quit the drill? y/n") }
        let top = max(0, (screen.height - lines.count) / 2)
        for (row, line) in lines.enumerated() {
            let wrapped = TextWrap.lines(line, width: max(1, screen.width))
            guard let first = wrapped.first else { continue }
            let x = max(0, (screen.width - CharacterWidth.of(first)) / 2)
            screen.write(first, x: x, y: top + row, style: row == 0 ? .strong : .plain)
        }
    }
}
