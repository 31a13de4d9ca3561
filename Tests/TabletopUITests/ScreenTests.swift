import Testing
@testable import TabletopUI

/// The cell buffer: wide characters, combining marks, clipping and ellipsis.
@Suite("Screen buffer")
struct ScreenTests {
    @Test("A wide character takes two cells; the second is a continuation")
    func wide() {
        var screen = Screen(Size(width: 6, height: 1))
        #expect(screen.write("a漢b", x: 0, y: 0) == 4)
        #expect(screen[1, 0].width == 2)
        #expect(screen[2, 0].isContinuation)
        #expect(screen.rowText(0) == "a漢b")
    }

    @Test("A wide character that does not fit is left out, never split")
    func clipped() {
        var screen = Screen(Size(width: 3, height: 1))
        #expect(screen.write("ab漢", x: 0, y: 0) == 2)
        #expect(screen.rowText(0) == "ab")
    }

    @Test("Overwriting half of a wide character blanks the other half")
    func overwriteHalf() {
        var screen = Screen(Size(width: 4, height: 1))
        screen.write("漢字", x: 0, y: 0)
        screen.write("x", x: 1, y: 0)
        #expect(screen.rowText(0) == " x字")
        screen.write("y", x: 2, y: 0)
        #expect(screen.rowText(0) == " xy")
    }

    @Test("Combining marks join the character before them")
    func marks() {
        var screen = Screen(Size(width: 4, height: 1))
        #expect(screen.write("e\u{301}x", x: 0, y: 0) == 2)
        #expect(screen.marks(x: 0, y: 0) == ["\u{301}"])
        #expect(screen.rowText(0) == "e\u{301}x")
    }

    @Test("Text that does not fit ends in the ellipsis")
    func ellipsis() {
        var screen = Screen(Size(width: 10, height: 1))
        screen.write("abcdefghijkl", x: 0, y: 0, limit: 6, ellipsis: "…")
        #expect(screen.rowText(0) == "abcde…")
    }
}
