import Testing
@testable import TabletopCore

/// A document of a megabyte or more is parsed in two parts at once; the tape and every error must be a one-thread parse's.
@Suite("JSON parsed in two parts")
struct JSONFragmentTests {
    /// A pretty-printed object whose `items` array holds `count` objects of about 200 bytes, one per few lines.
    static func document(items count: Int, item: (Int) -> String = { standardItem($0) }) -> String {
        "{\n  \"name\": \"big\",\n  \"items\": [\n" + (0..<count).map { "    " + item($0) }.joined(separator: ",\n") + "\n  ],\n  \"after\": [1, 2, {\"x\": null}]\n}\n"
    }

    static func standardItem(_ index: Int) -> String {
        #"{"id": "i\#(index)", "n": \#(index), "tags": ["a", "b\u00e9"], "deep": {"list": [true, false, null, -1.5e3]}, "text": "Lorem ipsum \"quoted\" dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."}"#
    }

    /// Parses both ways; the outcomes must match exactly.
    static func parseBothWays(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> Result<JSONDocument, JSONSyntaxError> {
        #expect(bytes.count >= JSONFragment.minimumSize, "the document must be large enough to be split", sourceLocation: sourceLocation)
        let split = Result { () throws(JSONSyntaxError) in try JSONDocument(bytes: bytes, splittingFrom: 0) }
        let whole = Result { () throws(JSONSyntaxError) in try JSONDocument(bytes: bytes, splittingFrom: .max) }
        switch (split, whole) {
        case (.success(let one), .success(let other)):
            #expect(one.sameTape(as: other), "the tapes differ", sourceLocation: sourceLocation)
        case (.failure(let one), .failure(let other)):
            #expect(one == other, sourceLocation: sourceLocation)
        default:
            Issue.record("one way parsed, the other failed: \(split) / \(whole)", sourceLocation: sourceLocation)
        }
        return split
    }

    @Test("A large valid document gives the same tape, and the second part was used")
    func sameTape() throws {
        let text = Self.document(items: 8_000)
        let bytes = Array(text.utf8)
        let start = try #require(bytes.withUnsafeBufferPointer { JSONFragment.start(in: $0) })
        #expect(bytes[start] == UInt8(ascii: "{") && start > bytes.count / 2)
        var spliced = false
        _ = try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in try JSONParser.parse(buffer, splittingFrom: 0, spliced: &spliced) }
        #expect(spliced, "the second part must be taken over")
        let document = try Self.parseBothWays(bytes).get()
        let items = try #require(document.member(document.root, "items"))
        #expect(document.count(items) == 8_000)
        let lastID = try #require(document.member(Array(document.elements(items))[7_999], "id"))
        #expect(document.string(lastID) == "i7999")
        #expect(document.nodes.count > 8_000 * 10)
        // Walks that cross from the first part of the tape into the second, and what was parsed after the splice.
        #expect(document.pointerFromRoot(lastID) == "/items/7999/id")
        #expect(document.pointer(lastID) == "/items/7999/id")
        let after = try #require(document.member(document.root, "after"))
        #expect(document.pointer(Array(document.elements(after))[2]) == "/after/2")
        #expect(document.rawText(Array(document.elements(after))[1]) == "2")
    }

    @Test("The arrays just below the root are listed by the parser, as a walk lists them, both ways")
    func elementLists() throws {
        let bytes = Array(Self.document(items: 8_000).utf8)
        for splittingFrom in [0, Int.max] {
            let document = try JSONDocument(bytes: bytes, splittingFrom: splittingFrom)
            for name in ["items", "after"] {
                let array = try #require(document.member(document.root, name))
                let listed = try #require(document.nodes.elementLists.elements(ofArray: array), "\(name) is not listed")
                #expect(listed == Array(document.elements(array)), "\(name), splitting from \(splittingFrom)")
                #expect(document.elementList(array) == listed)
            }
            // Deeper arrays are walked.
            let items = try #require(document.member(document.root, "items"))
            let tags = try #require(document.member(Array(document.elements(items))[7_000], "tags"))
            #expect(document.nodes.elementLists.elements(ofArray: tags) == nil)
            #expect(document.elementList(tags).map { document.string($0) } == ["a", "b\u{e9}"])
        }
    }

    @Test("Errors in the second part are the errors a one-thread parse reports", arguments: [
        ("a trailing comma", #"{"id": "x",}"#),
        ("a raw line break in a string", "{\"id\": \"x\ny\"}"),
        ("invalid UTF-8", "{\"id\": \"\u{FFFD}\"}"),
        ("a bad escape", #"{"id": "\q"}"#),
        ("an unclosed object", #"{"id": "x""#),
    ])
    func errorInSecondPart(_ what: String, _ broken: String) {
        var bytes = Array(Self.document(items: 8_000) { $0 == 6_000 ? broken : Self.standardItem($0) }.utf8)
        if what == "invalid UTF-8" {
            // A lead byte followed by a byte that cannot continue it.
            let marker = Array("\u{FFFD}".utf8)
            let at = (0..<bytes.count - 2).first { Array(bytes[$0..<$0 + 3]) == marker }!
            bytes.replaceSubrange(at..<at + 3, with: [0xC3, 0x28])
        }
        guard case .failure = Self.parseBothWays(bytes) else {
            Issue.record("\(what) was accepted")
            return
        }
    }

    @Test("Nesting past the limit only once the part is placed inside the document: the same depth error")
    func depthAcrossTheSplit() {
        // An item nests 4 deep (its object, 3 arrays); item 5,000 nests 99 deep: within the limit on its own,
        // 101 once inside the document's object and array.
        let nested = { (levels: Int) in String(repeating: "[", count: levels) + String(repeating: "]", count: levels) }
        let text = Self.document(items: 6_000) { index in
            #"{"id": "i\#(index)", "pad": "\#(String(repeating: "p", count: 150))", "n": \#(index == 5_000 ? nested(98) : nested(3))}"#
        }
        guard case .failure(let error) = Self.parseBothWays(Array(text.utf8)) else {
            Issue.record("nesting past the limit was accepted")
            return
        }
        #expect(error.code == "E108")
    }

    @Test("Nesting exactly at the limit once in place is accepted both ways, the second part taken over")
    func depthAtTheLimit() throws {
        let nested = { (levels: Int) in String(repeating: "[", count: levels) + String(repeating: "]", count: levels) }
        let bytes = Array(Self.document(items: 6_000) { index in
            #"{"id": "i\#(index)", "pad": "\#(String(repeating: "p", count: 150))", "n": \#(index == 5_000 ? nested(97) : nested(3))}"#
        }.utf8)
        _ = try Self.parseBothWays(bytes).get()
        var spliced = false
        _ = try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in try JSONParser.parse(buffer, splittingFrom: 0, spliced: &spliced) }
        #expect(spliced)
    }

    @Test("A start that is not an array element (a value after a key) is never taken over")
    func startInsideAnObject() {
        // Lines that start with '{' after ',' inside an object are invalid JSON; the error must be the one-thread one.
        let member = { (index: Int) in #"  "k\#(index)": "\#(String(repeating: "v", count: 60))","# }
        let text = "{\n" + (0..<10_300).map(member).joined(separator: "\n") + "\n{\"x\": 1},\n"
            + (10_300..<20_000).map(member).joined(separator: "\n") + "\n\"last\": 0\n}\n"
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer { JSONFragment.start(in: $0) } != nil, "the misplaced object must be where a second part would start")
        guard case .failure = Self.parseBothWays(bytes) else {
            Issue.record("an object member without a key was accepted")
            return
        }
    }

    @Test("Parts denser than the parser's first estimate of their nodes grow and keep every node, both ways")
    func denseTapesGrow() throws {
        // Two bytes per node, where the parser first makes room for one node per 24 bytes: each part grows several times.
        let text = "{\n  \"items\": [\n" + (0..<60_000).map { _ in "    {\"a\":[1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0]}" }.joined(separator: ",\n") + "\n  ]\n}\n"
        let document = try Self.parseBothWays(Array(text.utf8)).get()
        let items = try #require(document.member(document.root, "items"))
        #expect(document.count(items) == 60_000)
        #expect(document.nodes.count == 3 + 60_000 * 23)
        let last = try #require(Array(document.elements(items)).last)
        let numbers = try #require(document.member(last, "a"))
        #expect(document.elements(numbers).map { document.rawText($0) }.suffix(2) == ["9", "0"])
    }
}
