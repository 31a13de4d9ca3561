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

    @Test(arguments: [false, true])
    func mergingAddsTheOtherTablesKeysInOrderAsInsertingEachWould(withDuplicates: Bool) {
        var table = TextTable<Int>(), other = TextTable<Int>()
        for index in 0..<300 { table["s\(index)"] = index }
        // Keys of every length, some past what the table first had room for; with duplicates, every seventh is one of `table`'s.
        let later = (300..<1_500).map { withDuplicates && $0 % 7 == 0 ? "s\($0 % 300)" : "key-\(String(repeating: "x", count: $0 % 40))-\($0)" }
        for (value, key) in zip(300..., later) { other[key] = value }
        var reference = table
        for (value, key) in zip(300..., later) { _ = reference.insertIfAbsent(key, value) }
        var duplicates: [String] = []
        table.merge(other) { key, value in duplicates.append("\(String(decoding: key, as: UTF8.self))=\(value)") }
        #expect(table.keys == reference.keys)
        #expect(table.count == reference.count)
        for key in reference.keys { #expect(table[key] == reference[key], "\(key)") }
        #expect(table["s1500"] == nil)
        let expected = zip(300..., later).filter { withDuplicates && $0.0 % 7 == 0 }.map { "\($0.1)=\($0.0)" }
        #expect(duplicates == expected)
        #expect(duplicates.isEmpty != withDuplicates)
        // The table goes on growing as before.
        for index in 2_000..<3_000 { table["t\(index)"] = index }
        #expect(table["t2999"] == 2_999 && table["s299"] == 299)
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

    @Test func insertsOnlyAbsentKeysAndListsThemInOrder() {
        var table = TextTable<Int>()
        let first = table.insertIfAbsent("s1", 1), again = table.insertIfAbsent("s1", 9)
        #expect(first)
        #expect(!again, "a key there already keeps its value")
        for index in 2...40 {
            let key = Array("s\(index)".utf8)
            let added = key.withUnsafeBufferPointer { table.insertIfAbsent(utf8: $0, index) }
            #expect(added)
        }
        #expect(table.keys == (1...40).map { "s\($0)" })
        #expect(table.keys.map { table[$0] } == Array(1...40))
        #expect(table["s1"] == 1 && table["s40"] == 40)
    }
}
