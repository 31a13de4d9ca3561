#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import TabletopUI

@Suite("Character widths")
struct CharacterWidthTests {
    @Test("ASCII, combining marks, CJK and emoji take 1, 0, 2 and 2 columns")
    func knownWidths() {
        #expect(CharacterWidth.of("a" as Unicode.Scalar) == 1)
        #expect(CharacterWidth.of("\u{301}" as Unicode.Scalar) == 0)
        #expect(CharacterWidth.of("\u{200D}" as Unicode.Scalar) == 0)
        #expect(CharacterWidth.of("\u{FE0F}" as Unicode.Scalar) == 0)
        #expect(CharacterWidth.of("漢" as Unicode.Scalar) == 2)
        #expect(CharacterWidth.of("ｱ" as Unicode.Scalar) == 1)
        #expect(CharacterWidth.of("Ａ" as Unicode.Scalar) == 2)
        #expect(CharacterWidth.of("🔥" as Unicode.Scalar) == 2)
        #expect(CharacterWidth.of("e\u{301}te 漢字") == 8)
    }
}
