import Testing
@testable import TabletopCore

@Suite("Scene option tables")
struct SceneOptionTableTests {
    private func lookUp(_ table: SceneOptionTable, _ id: String) -> Int? {
        var bytes = Array(id.utf8)
        // From memory that ends where the id does, as a condition's last bytes may.
        return bytes.withUnsafeMutableBufferPointer { table[utf8: UnsafeBufferPointer($0)] }
    }

    @Test func findsIdsOfEveryLengthByTheirBytes() {
        var table = SceneOptionTable()
        let ids = ["a", "wait", "isolate", "escalate", "escalates", "escalate-to-legal", "escalate-to-leads", "\u{E9}t\u{E9}"]
        for (index, id) in ids.enumerated() { table.add(id, index: 10 + index) }
        for (index, id) in ids.enumerated() {
            #expect(lookUp(table, id) == 10 + index, "\(id)")
            #expect(table[id] == 10 + index, "\(id)")
        }
        // Sharing the first eight bytes, or all of a shorter id, is not enough.
        for missing in ["", "b", "wai", "waits", "escalat", "escalate-", "escalate-to-lega", "escalate-to-legalx", "e\u{301}t\u{E9}"] {
            #expect(lookUp(table, missing) == nil, "\(missing)")
        }
        #expect(table.ids == ids)
    }

    @Test func aSceneWithManyOptionsLooksThemUpTheSameWay() {
        var table = SceneOptionTable()
        let ids = (0..<40).map { "option-number-\($0)" }
        for (index, id) in ids.enumerated() { table.add(id, index: index) }
        table.offset(by: 100)
        for (index, id) in ids.enumerated() { #expect(lookUp(table, id) == 100 + index) }
        #expect(lookUp(table, "option-number-40") == nil)
    }
}
