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
        var listed: [(String, Int)] = []
        table.forEach { key, value in listed.append((String(decoding: key, as: UTF8.self), value)) }
        #expect(listed.map(\.0) == (1...40).map { "s\($0)" })
        #expect(listed.map(\.1) == Array(1...40))
        #expect(table["s1"] == 1 && table["s40"] == 40)
    }
}
