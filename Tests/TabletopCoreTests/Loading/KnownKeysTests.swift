import Testing
@testable import TabletopCore

@Suite("Known keys")
struct KnownKeysTests {
    private static let keys = KnownKeys(["when", "to", "top", "narrative", "narratives", "feedback", "x"])
    private static let pair = KnownKeys(["id", "actions"])

    private func parse(_ text: String) throws -> JSONDocument {
        try JSONDocument(bytes: Array(text.utf8))
    }

    @Test func matchesAKeyByItsBytesFromEveryHint() throws {
        // Escaped, a prefix of a known key, one longer, the same first eight bytes, and unknown keys.
        let document = try parse(#"["to", "when", "t\u006f", "narrative", "narratives", "narrativez", "t", "tops", "", "feedbac", "feedback", "x", 1]"#)
        let values = Array(document.elements(document.root))
        let expected: [Int?] = [1, 0, 1, 3, 4, nil, nil, nil, nil, nil, 5, 6, nil]
        for hint in -1...8 {
            #expect(values.map { Self.keys.slot(ofKey: $0, node: document.nodes[$0], in: document, hint: hint) } == expected, "hint \(hint)")
        }
    }

    @Test func readsAKeyAtTheVeryEndOfTheBytes() throws {
        // Fewer than eight bytes follow the key's first: it is read byte by byte.
        for text in [#"["x"]"#, #"["to"]"#, #"["top"]"#, #"["when"]"#] {
            let document = try parse(text)
            let key = try #require(Array(document.elements(document.root)).first)
            let listed = Self.keys.names.firstIndex { $0.description == document.string(key) }
            #expect(Self.keys.slot(ofKey: key, node: document.nodes[key], in: document, hint: 0) == listed)
        }
    }

    @Test func findsEachListedLiteral() {
        #expect(Self.keys.slot(of: "when") == 0)
        #expect(Self.keys.slot(of: "top") == 2)
        #expect(Self.keys.slot(of: "narratives") == 4)
        #expect(Self.keys.slot(of: "x") == 6)
        #expect(Self.keys.count == 7)
    }

    @Test func forEachMemberFindsTheFirstOfEachKeyInOneWalk() throws {
        let document = try parse(#"{"to": 1, "when": 2, "\u0074op": 3, "when": 4, "y": 5}"#)
        var found: [(slot: Int, value: String)] = []
        Self.keys.forEachMember(of: document.root, in: document) { slot, value in found.append((slot, document.rawText(value))) }
        #expect(found.map(\.slot) == [1, 0, 2])
        #expect(found.map(\.value) == ["1", "2", "3"])
    }

    @Test func forEachMemberPassesOverKeysOfOtherLengthsAndFindsTheRest() throws {
        // "label" and "options!" have lengths no listed key has; "ie" has id's length but not its bytes;
        // the escaped "a\u0063tions" is decoded; a 70-byte key shares the bit of every long length.
        let long = String(repeating: "k", count: 70)
        let document = try parse(#"{"label": 1, "ie": 2, "options!": 3, "\#(long)": 4, "a\u0063tions": 5, "id": 6}"#)
        var found: [(slot: Int, value: String)] = []
        Self.pair.forEachMember(of: document.root, in: document) { slot, value in found.append((slot, document.rawText(value))) }
        #expect(found.map(\.slot) == [1, 0])
        #expect(found.map(\.value) == ["5", "6"])
        let longKeys = KnownKeys(["id", "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"])
        var longFound: [Int] = []
        longKeys.forEachMember(of: document.root, in: document) { slot, _ in longFound.append(slot) }
        #expect(longFound == [1, 0])
    }

    @Test func forEachMemberStopsOnceEveryKeyIsFound() throws {
        let document = try parse(#"{"id": 1, "actions": 2, "id": 3, "x": 4}"#)
        var found: [(slot: Int, value: String)] = []
        Self.pair.forEachMember(of: document.root, in: document) { slot, value in found.append((slot, document.rawText(value))) }
        #expect(found.map(\.slot) == [0, 1])
        #expect(found.map(\.value) == ["1", "2"])
        var none = 0
        Self.pair.forEachMember(of: Array(document.keys(document.root))[0], in: document) { _, _ in none += 1 }
        #expect(none == 0, "a string has no members")
    }
}
