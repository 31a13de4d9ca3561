import Testing
@testable import TabletopCore

@Suite("JSON reader")
struct JSONDocumentTests {
    private func parse(_ text: String) throws -> JSONDocument {
        try JSONDocument(bytes: Array(text.utf8))
    }

    private func syntaxError(_ text: String) -> (code: String, location: SourcePosition)? {
        syntaxError(bytes: Array(text.utf8))
    }

    private func syntaxError(bytes: [UInt8]) -> (code: String, location: SourcePosition)? {
        do {
            _ = try JSONDocument(bytes: bytes)
            return nil
        } catch {
            return (error.code, LineIndex(bytes).location(ofOffset: error.offset))
        }
    }

    @Test func readsEveryKindWithPositions() throws {
        let document = try parse("{\n  \"a\": [1, -2.5, true, false, null],\n  \"b\": {\"c\": \"d\"}\n}")
        let root = document.root
        #expect(document.kind(root) == .object)
        let a = try #require(document.member(root, "a"))
        let elements = Array(document.elements(a))
        #expect(elements.map { document.kind($0) } == [.number, .number, .true, .false, .null])
        #expect(document.integer(elements[0]) == 1)
        #expect(document.number(elements[1]) == -2.5)
        #expect(document.integer(elements[1]) == nil)
        let lines = LineIndex(document.bytes)
        #expect(lines.location(ofOffset: document.offset(a)) == SourcePosition(line: 2, column: 8))
        #expect(lines.location(ofOffset: document.offset(elements[1])) == SourcePosition(line: 2, column: 12))
        let b = try #require(document.member(root, "b"))
        let c = try #require(document.member(b, "c"))
        #expect(document.string(c) == "d")
        #expect(lines.location(ofOffset: document.offset(c)) == SourcePosition(line: 3, column: 14))
    }

    @Test func pointersNameEveryStep() throws {
        let document = try parse(#"{"scenes": [{"id": "x"}, {"options": [{"a/b": 1, "t~": 2}]}]}"#)
        let scenes = try #require(document.member(document.root, "scenes"))
        let second = Array(document.elements(scenes))[1]
        let options = try #require(document.member(second, "options"))
        let option = Array(document.elements(options))[0]
        let slash = try #require(document.member(option, "a/b"))
        let tilde = try #require(document.member(option, "t~"))
        #expect(document.pointer(slash) == "/scenes/1/options/0/a~1b")
        #expect(document.pointer(tilde) == "/scenes/1/options/0/t~0")
        #expect(document.pointer(document.root) == "")
        #expect(document.pointer(scenes) == "/scenes")
    }

    @Test func aPointerFoundFromTheRootIsTheOneTheTableGives() throws {
        let document = try parse(#"{"scenes": [{"id": "x", "e": {}, "n": [[], [1, [2, {"k": null}]]]}, {"options": [{"a/b": 1, "t~": 2, "\u0041": [true]}]}], "last": "z"}"#)
        let ancestry = document.ancestry()
        for node in 0..<document.nodes.count {
            #expect(document.pointerFromRoot(node) == document.pointer(node, ancestry: ancestry), "node \(node)")
        }
    }

    @Test func aNodeIsTwelveBytesAndHoldsEveryOffsetOfTheLargestDocument() {
        #expect(MemoryLayout<JSONDocument.Node>.stride == 12)
        let last = UInt32(JSONDocument.maximumSize - 1)
        for kind in [JSONKind.null, .false, .true, .number, .string, .array, .object] {
            for escaped in [false, true] {
                let node = JSONDocument.Node(kind: kind, escaped: escaped, start: last, end: last + 1, count: 7)
                #expect(node.kind == kind && node.escaped == escaped && node.start == last && node.end == last + 1 && node.count == 7)
            }
        }
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let document = try parse("{\"é€😀\": 1, \"x\": 2}")
        // The value 2 is the 17th character of the line and its 23rd byte.
        let x = try #require(document.member(document.root, "x"))
        #expect(document.offset(x) == 22)
        #expect(LineIndex(document.bytes).location(ofOffset: document.offset(x)) == SourcePosition(line: 1, column: 17))
    }

    @Test func decodesEscapes() throws {
        let document = try parse(#"["a\"b\\c\/d\n\t", "\u00e9\ud83d\ude00", "plain"]"#)
        let strings = document.elements(document.root).map { document.string($0) }
        #expect(strings == ["a\"b\\c/d\n\t", "é😀", "plain"])
        #expect(document.stringEquals(Array(document.elements(document.root))[1], "é😀"))
    }

    @Test func mapsOffsetsInsideEscapedStrings() throws {
        let document = try parse(#"{"w": "\u0041 and x"}"#)
        let w = try #require(document.member(document.root, "w"))
        // Decoded "A and x": 'x' is at decoded offset 6, raw offset 6 + 1 + 5 (the escape is six bytes for one).
        #expect(document.fileOffset(ofDecodedOffset: 6, inString: w) == document.offset(w) + 1 + 11)
    }

    @Test func integersOutOfRangeAreNotIntegers() throws {
        let document = try parse("[9223372036854775807, 9223372036854775808, -9223372036854775808, 1e3, 1.5e400]")
        let values = Array(document.elements(document.root))
        #expect(document.integer(values[0]) == Int.max)
        #expect(document.integer(values[1]) == nil)
        #expect(document.integer(values[2]) == Int.min)
        #expect(document.integer(values[3]) == 1000)
        #expect(document.number(values[4]) == nil)
    }

    @Test(arguments: [
        ("0", JSONDocument.IntegerReading.value(0)), ("-0", .value(0)), ("3.0", .value(3)), ("1e2", .value(100)),
        ("250E-1", .value(25)), ("0.0e-400", .value(0)), ("0e400", .value(0)), ("12.50e1", .value(125)),
        ("-9223372036854775808", .value(Int.min)), ("92233720368547758.07e2", .value(Int.max)),
        ("1.5", .fraction), ("1e-400", .fraction), ("1.0000000000000000001", .fraction), ("-0.5", .fraction),
        ("1e400", .outOfRange), ("9223372036854775808", .outOfRange), ("-9223372036854775809", .outOfRange),
        ("1e999999999999", .outOfRange),
    ])
    func integerReadingIsExact(literal: String, reading: JSONDocument.IntegerReading) throws {
        let document = try parse("[\(literal)]")
        let value = try #require(Array(document.elements(document.root)).first)
        #expect(document.integerReading(value) == reading)
    }

    @Test(arguments: [
        ("", "E103", 1, 1),
        ("   ", "E103", 1, 4),
        ("{\"a\": 1,}", "E103", 1, 9),
        ("[1, 2,]", "E103", 1, 7),
        ("{\"a\" 1}", "E103", 1, 6),
        ("{\"a\": tru}", "E103", 1, 7),
        ("{'a': 1}", "E103", 1, 2),
        ("{\"a\": 01}", "E105", 1, 8),
        ("{\"a\": -}", "E105", 1, 8),
        ("{\"a\": 1.}", "E105", 1, 9),
        ("{\"a\": \"x\ny\"}", "E104", 1, 9),
        ("{\"a\": \"\\x\"}", "E104", 1, 8),
        ("{\"a\": \"\\ud800\"}", "E104", 1, 8),
        ("{\"a\": \"abc", "E103", 1, 7),
        ("{} {}", "E103", 1, 4),
        ("{\"a\": 1}\n\n  ]", "E103", 3, 3),
    ])
    func reportsSyntaxErrorsAtTheOffendingCharacter(text: String, code: String, line: Int, column: Int) {
        let found = syntaxError(text)
        #expect(found?.code == code)
        #expect(found?.location == SourcePosition(line: line, column: column))
    }

    @Test func rejectsByteOrderMarksAndInvalidUTF8() {
        #expect(syntaxError(bytes: [0xEF, 0xBB, 0xBF] + Array("{}".utf8))?.code == "E102")
        #expect(syntaxError(bytes: [0xFF, 0xFE, 0x7B, 0x00])?.code == "E102")
        // Overlong encoding of '/', a lone continuation byte, a surrogate encoded directly, a truncated sequence.
        for bad: [UInt8] in [[0xC0, 0xAF], [0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82]] {
            let found = syntaxError(bytes: Array("[\"ab".utf8) + bad + Array("\"]".utf8))
            #expect(found?.code == "E101")
            #expect(found?.location == SourcePosition(line: 1, column: 5))
        }
    }

    @Test func limitsNesting() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(syntaxError(deep)?.code == "E108")
        let fine = String(repeating: "[", count: JSONDocument.maximumDepth) + String(repeating: "]", count: JSONDocument.maximumDepth)
        #expect(syntaxError(fine) == nil)
    }

    @Test func skipsLongStringsOnTheFastPathWithoutMissingQuotes() throws {
        for length in 0..<100 {
            let body = String(repeating: "x", count: length)
            let document = try parse("[\"\(body)\", \"\(body)\\\"q\"]")
            let values = Array(document.elements(document.root))
            #expect(document.string(values[0]) == body)
            #expect(document.string(values[1]) == body + "\"q")
        }
    }

    @Test func landsOnTheFirstSpecialByteWhereverItFallsInAWord() throws {
        // Past two words a string's rest is scanned 16 and 32 bytes at a time (see `tabletop_plain_string_prefix`).
        for length in 0..<80 {
            let body = String(repeating: "x", count: length)
            let document = try parse("[\"\(body)\\n\(body)\", \"\(body)é\(body)\", \"\(body)\"]")
            let values = Array(document.elements(document.root))
            #expect(document.string(values[0]) == body + "\n" + body)
            #expect(document.string(values[1]) == body + "é" + body)
            #expect(document.string(values[2]) == body)
            let control = syntaxError("[\"\(body)\u{1}\(body)\"]")
            #expect(control?.code == "E104")
            #expect(control?.location == SourcePosition(line: 1, column: 3 + length))
            let unterminated = syntaxError("[\"\(body)\(body)")
            #expect(unterminated?.code == "E103")
            #expect(unterminated?.location == SourcePosition(line: 1, column: 2))
        }
    }

    @Test func skipsRunsOfSpacesOfEveryLength() throws {
        for length in 0..<20 {
            let spaces = String(repeating: " ", count: length)
            let text = "[\(spaces)1,\n\(spaces)\t\(spaces)\"a\"\(spaces)]"
            let document = try parse(text)
            let values = Array(document.elements(document.root))
            #expect(values.map { document.offset($0) } == [1 + length, 5 + 3 * length])
            #expect(syntaxError(text + spaces + "x")?.location == SourcePosition(line: 2, column: 4 * length + 6))
        }
    }
}
