import Testing
@testable import TabletopCore

@Suite("Text table")
struct TextTableTests {
    @Test func findsEveryKeyByTextAndByBytesAcrossGrowth() {
        var table = TextTable<Int>()
        let keys = (0..<1_000).map { "s\($0)" } + ["", "é", "a-much-longer-id-than-fits-in-a-small-string"]
        for (value, key) in keys.enumerated() { table[key] = value }
        #expect(table.count == keys.count)
        #expect(table.keys == keys)
        for (value, key) in keys.enumerated() {
            #expect(table[key] == value)
            var text = key
            #expect(text.withUTF8 { table[utf8: $0] } == value)
        }
        #expect(table["s1000"] == nil)
        #expect(table["S1"] == nil)
    }

    @Test func replacingAValueKeepsTheKeyAndItsPlace() {
        var table = TextTable<String>()
        table["b"] = "first"
        table["a"] = "second"
        table["b"] = "third"
        #expect(table.keys == ["b", "a"])
        #expect(table["b"] == "third")
        #expect(table.count == 2)
    }

    @Test func comparesBytesNotCanonicalEquivalence() {
        var table = TextTable<Int>()
        table["\u{E9}"] = 1
        #expect(table["e\u{301}"] == nil)
        #expect(table["\u{E9}"] == 1)
    }
}
