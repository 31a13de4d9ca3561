#if canImport(Glibc)
import Glibc
import Testing
@testable import TabletopUI

/// The pure-Swift width table agrees with the C library's `wcwidth` under a UTF-8 locale.
@Suite("Widths against Glibc")
struct GlibcWidthTests {
    /// Code points from every kind the table covers: ASCII, Latin, combining, Hangul, CJK, fullwidth, emoji, joiners.
    static let sample: [UInt32] = [
        0x41, 0x7E, 0xA0, 0xE9, 0x300, 0x36F, 0x483, 0x5D0, 0x591, 0x640, 0x900, 0x93C, 0xE01, 0xE31,
        0x1100, 0x115F, 0x1160, 0x200B, 0x200D, 0x2028, 0x2190, 0x231A, 0x2500, 0x2588, 0x25A0, 0x2614, 0x26A1,
        0x2E80, 0x3000, 0x3041, 0x30A2, 0x4E00, 0x9FFF, 0xAC00, 0xD7A3, 0xF900, 0xFE0F, 0xFE30, 0xFF01,
        0xFF61, 0xFFE0, 0x1F300, 0x1F525, 0x1F600, 0x1F64F, 0x1F680, 0x1F900, 0x1FA70, 0x20000, 0x2FFFD,
        0x30000, 0xE0100, 0xE01EF,
    ]

    @Test("wcwidth and CharacterWidth agree on a sample, and on every code point below U+3000")
    func agrees() throws {
        let previous = setlocale(LC_CTYPE, nil).map { String(cString: $0) }
        defer { _ = setlocale(LC_CTYPE, previous) }
        try #require(setlocale(LC_CTYPE, "C.UTF-8") != nil, "the C.UTF-8 locale is needed")
        // Glibc declares wcwidth only under _XOPEN_SOURCE, which Swift does not set: look it up instead.
        let symbol = try #require(dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcwidth"))
        let wcwidth = unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
        let everySmall = (0x20...0x2FFF).filter { !(0x7F...0x9F).contains($0) }.map(UInt32.init)
        for value in Self.sample + everySmall {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = Int(wcwidth(Int32(bitPattern: value)))
            guard expected >= 0 else { continue }
            #expect(CharacterWidth.of(scalar) == expected, "U+\(String(value, radix: 16, uppercase: true))")
        }
    }
}
#endif
