import Testing
@testable import TabletopCore

@Suite("Raw value tables")
struct RawValueTableTests {
    private func match<Value>(_ table: RawValueTable<Value>, _ text: String) -> Value? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { table.value(utf8: $0) }
    }

    @Test func everyCaseIsFoundByItsRawValue() {
        for phase in Phase.allCases { #expect(match(RawValueTables.phases, phase.rawValue) == phase) }
        for channel in Channel.allCases { #expect(match(RawValueTables.channels, channel.rawValue) == channel) }
        for outcome in Outcome.allCases { #expect(match(RawValueTables.outcomes, outcome.rawValue) == outcome) }
    }

    @Test func nearMissesAreNotFound() {
        // Longer than eight bytes, the rest is compared too; shorter or longer by a byte, or in another case, is no match.
        let phase = Phase.allCases.first { $0.rawValue.utf8.count > 8 }!.rawValue
        for text in ["", String(phase.dropLast()), phase + "s", String(phase.prefix(8)) + "X" + phase.dropFirst(9), phase.uppercased()] {
            #expect(match(RawValueTables.phases, text) == nil, "\(text)")
        }
        for text in ["mail", "emails", "Email", "e\u{301}mail"] { #expect(match(RawValueTables.channels, text) == nil, "\(text)") }
    }
}
