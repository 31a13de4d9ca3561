import Testing
@testable import TabletopUI

/// Word wrapping by display width, with wide characters, combining marks and indents.
@Suite("Text wrapping")
struct TextWrapTests {
    @Test("Words wrap at spaces; spaces at a break are dropped")
    func words() {
        #expect(TextWrap.lines("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
        #expect(TextWrap.lines("a  b", width: 10) == ["a  b"])
        #expect(TextWrap.lines("abc def", width: 3) == ["abc", "def"])
    }

    @Test("Wide characters count two columns and are never split")
    func wide() {
        #expect(TextWrap.lines("漢字 漢字 漢字", width: 9) == ["漢字 漢字", "漢字"])
        #expect(TextWrap.lines("漢字漢字漢", width: 5) == ["漢字", "漢字", "漢"])
        #expect(TextWrap.lines("🔥🔥 ok", width: 4) == ["🔥🔥", "ok"])
    }

    @Test("Combining marks take no column and stay with their letter")
    func combining() {
        let text = "cafe\u{301} cafe\u{301}"
        #expect(TextWrap.lines(text, width: 9) == [text])
        #expect(TextWrap.lines("e\u{301}e\u{301}e\u{301}", width: 2) == ["e\u{301}e\u{301}", "e\u{301}"])
    }

    @Test("A word wider than the line is cut between characters")
    func longWord() {
        #expect(TextWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrap.lines("ab https://example.com/x", width: 8) == ["ab", "https://", "example.", "com/x"])
    }

    @Test("Line breaks are kept; the following lines take the hanging indent")
    func breaksAndIndent() {
        let lines = TextWrap.wrap([Span("1. one two three four")], width: 10, indent: 3).map { $0.map(\.text).joined() }
        #expect(lines == ["1. one two", "   three", "   four"])
        let broken = TextWrap.wrap([Span("a\nb")], width: 10, indent: 2).map { $0.map(\.text).joined() }
        #expect(broken == ["a", "  b"])
        #expect(TextWrap.lines("", width: 5) == [""])
    }

    @Test("Styles are kept per span across a wrap")
    func styles() {
        let lines = TextWrap.wrap([Span("bold words", .strong), Span(" plain words")], width: 11)
        #expect(lines[0] == [Span("bold words", .strong)])
        #expect(lines[1] == [Span("plain words")])
    }
}
