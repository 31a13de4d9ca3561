import CNcursesw
import Testing
@testable import TabletopTerminal
@testable import TabletopUI

/// Tones become colour pairs with colours, and attributes alone in monochrome.
@Suite("Palette")
struct PaletteTests {
    @Test("Monochrome: no colour pair; accent is bold, bad is bold and underlined, muted is dim")
    func monochrome() {
        let palette = Palette(depth: .monochrome)
        #expect(palette.attributes(Style(.accent)) == (tabletop_a_bold(), 0))
        #expect(palette.attributes(Style(.bad)) == (tabletop_a_bold() | tabletop_a_underline(), 0))
        #expect(palette.attributes(Style(.muted)) == (tabletop_a_dim(), 0))
        #expect(palette.attributes(.selected) == (tabletop_a_bold() | tabletop_a_reverse(), 0))
    }

    @Test("Eight colours: a pair per tone, plain text on pair 0, muted also dim")
    func eight() {
        let palette = Palette(depth: .eight)
        #expect(palette.attributes(Style(.good)).1 == Int16(Tone.good.rawValue))
        #expect(palette.attributes(.plain) == (tabletop_a_normal(), 0))
        #expect(palette.attributes(Style(.muted)).0 == tabletop_a_dim())
    }
}
