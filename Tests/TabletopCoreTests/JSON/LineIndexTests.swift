import Testing
@testable import TabletopCore

@Suite("LineIndex")
struct LineIndexTests {
    /// Columns on a line much longer than the checkpoint stride, with multi-byte characters, match a plain count.
    @Test func longLinesGiveTheSameColumnsAsCountingFromTheLineStart() {
        var text = "{\"a\": 1}\n"
        for index in 0..<3_000 { text += index % 7 == 0 ? "é€𝄞 " : "abc " }
        text += "\nlast"
        let bytes = Array(text.utf8)
        let index = LineIndex(bytes)
        for offset in Swift.stride(from: 0, to: bytes.count, by: 997) where bytes[offset] & 0xC0 != 0x80 {
            let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let column = 1 + bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count
            let line = 1 + bytes[..<offset].filter { $0 == 0x0A }.count
            #expect(index.location(ofOffset: offset) == SourcePosition(line: line, column: column), "offset \(offset)")
        }
    }
}
