import CNcursesw
import TabletopUI

/// How tones become ncurses attributes and colour pairs: 256 colours, 8 colours, or monochrome.
struct Palette {
    /// What the terminal can show.
    enum Depth: Sendable {
        case monochrome, eight, many
    }

    let depth: Depth

    /// A palette for a known depth, with no colour pairs set up (for tests).
    init(depth: Depth) {
        self.depth = depth
    }

    /// Sets up colour pairs for the terminal's depth (monochrome when `colour` is false or it has none).
    @MainActor
    init(colour: Bool) {
        guard colour, has_colors() else {
            depth = .monochrome
            return
        }
        start_color()
        use_default_colors()
        depth = tabletop_colors() >= 256 ? .many : .eight
        let muted: Int16 = depth == .many ? 244 : Int16(COLOR_WHITE)
        let colours: [(Tone, Int16)] = [
            (.accent, Int16(COLOR_CYAN)), (.muted, muted), (.good, Int16(COLOR_GREEN)),
            (.warning, Int16(COLOR_YELLOW)), (.bad, Int16(COLOR_RED)),
        ]
        for (tone, colour) in colours { init_pair(Int16(tone.rawValue), colour, -1) }
    }

    /// The attributes and colour pair of a style.
    func attributes(_ style: Style) -> (attr_t, Int16) {
        var attributes = tabletop_a_normal()
        if style.bold { attributes |= tabletop_a_bold() }
        if style.reverse { attributes |= tabletop_a_reverse() }
        if style.underline { attributes |= tabletop_a_underline() }
        switch depth {
        case .monochrome:
            switch style.tone {
            case .plain, .good: break
            case .accent, .warning: attributes |= tabletop_a_bold()
            case .muted: attributes |= tabletop_a_dim()
            case .bad: attributes |= tabletop_a_bold() | tabletop_a_underline()
            }
            return (attributes, 0)
        case .eight:
            if style.tone == .muted { attributes |= tabletop_a_dim() }
            return (attributes, style.tone == .plain ? 0 : Int16(style.tone.rawValue))
        case .many:
            return (attributes, style.tone == .plain ? 0 : Int16(style.tone.rawValue))
        }
    }
}
