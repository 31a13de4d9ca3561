import Foundation
import Testing
@testable import TabletopCore
import TabletopTestSupport

/// The hostile inputs too big to commit, made at test time: each gives a clear error or a safe result (docs/fuzzing.md).
///
/// No test asserts on time; the suite's time limit is only a hang guard. scripts/hostile-measure.sh measures them.
@Suite("Hostile input, generated", .timeLimit(.minutes(2)))
struct HostileGeneratedInputTests {
    /// A minimal scenario whose first option has `when`, and `title` spliced in raw (both JSON already).
    static func scenario(title: String = "\"T\"", when: String? = nil, scenes: String? = nil) -> [UInt8] {
        let condition = when.map { ", \"when\": \($0)" } ?? ""
        let defaultScenes = """
            [{"id": "s1", "title": "One", "phase": "detection", "narrative": "N", "prompt": "P",
              "options": [{"id": "go", "label": "Go", "next": "end"\(condition)}, {"id": "stay", "label": "Stay", "effects": [{"add": "n", "by": 1}], "next": "end"}]}]
            """
        return Array("""
            {"format": "tabletop-scenario/1", "id": "big", "title": \(title), "summary": "S",
             "roles": [{"id": "ic", "name": "IC"}], "variables": {"n": {"type": "int", "initial": 1, "min": 0, "max": 9}},
             "start": "s1", "scenes": \(scenes ?? defaultScenes),
             "endings": [{"id": "end", "title": "End", "narrative": "E", "outcome": "success"}]}
            """.utf8)
    }

    /// The first error's code and position, or `ok` with no position.
    static func firstError(_ bytes: [UInt8]) -> (code: String, line: Int?, column: Int?) {
        guard let error = ScenarioLoader.load(bytes: bytes, file: "big.json").errors.first else { return ("ok", nil, nil) }
        return (error.code, error.location.line, error.location.column)
    }

    @Test("A file over the size limit is refused before it is read (E109, exit 65)")
    func enormousFile() throws {
        let path = try TestFiles.temporaryFolder() + "/enormous.json"
        // A sparse file: its size is over the limit, its blocks are not written.
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(JSONDocument.maximumSize + 1))
        try handle.close()
        #expect(throws: InputFile.ReadError(path: path, message: "[E109] the file is 256 MiB; the limit is 256 MiB", status: .dataError)) {
            try InputFile.read(path)
        }
    }

    @Test("100,000 nested arrays and objects stop at depth 100 (E108 at the 101st opening)", arguments: ["[", "{\"a\":"])
    func deepNesting(opening: String) {
        let text = String(repeating: opening, count: 100_000)
        #expect(throws: JSONSyntaxError(code: "E108", message: "nesting is deeper than 100 levels", offset: 100 * opening.utf8.count)) {
            try JSONDocument(bytes: Array(text.utf8))
        }
    }

    @Test("A scenario of 100,000 scenes in a chain loads and plays")
    func hundredThousandScenes() throws {
        let count = 100_000
        var scenes = "["
        for index in 0..<count {
            let next = index + 1 == count ? "end" : "s\(index + 2)"
            if index > 0 { scenes += "," }
            scenes += #"{"id": "s\#(index + 1)", "title": "T", "phase": "detection", "narrative": "N", "prompt": "P", "options": [{"id": "go", "label": "Go", "effects": [{"add": "n", "by": 1}], "next": "\#(next)"}, {"id": "stop", "label": "Stop", "when": "n > 3", "next": "end"}]}"#
        }
        let result = ScenarioLoader.load(bytes: Self.scenario(scenes: scenes + "]"), file: "big.json")
        let scenario = try #require(result.value)
        #expect(scenario.scenes.count == count)
        let record = try HeadlessPlay(scenario: scenario, playbook: nil).run(seed: 1, choices: ["go", "go", "go", "stop"])
        #expect(record.state.ending == 0)
    }

    @Test("Megabyte strings load whole and come out of SafeText whole")
    func megabyteStrings() throws {
        let long = String(repeating: "A", count: 4 << 20)
        let scenario = try #require(ScenarioLoader.load(bytes: Self.scenario(title: "\"\(long)\""), file: "big.json").value)
        #expect(scenario.title.utf8.count == 4 << 20)
        #expect(SafeText.singleLine(scenario.title) == long)
    }

    @Test("A 100,000-digit number is out of range (E208), not a crash or a slow conversion")
    func hundredThousandDigits() {
        let digits = String(repeating: "9", count: 100_000)
        let bytes = Array(String(decoding: Self.scenario(), as: UTF8.self).replacing("\"max\": 9", with: "\"max\": \(digits)").utf8)
        #expect(Self.firstError(bytes) == ("E208", 2, 107))
    }

    @Test("A condition over 4096 bytes is refused as too complex (E409): long names, long and-chains, 100,000 parentheses",
          arguments: [String(repeating: "x", count: 1 << 20), Array(repeating: "n > 1", count: 10_000).joined(separator: " and "),
                      String(repeating: "(", count: 100_000) + "true" + String(repeating: ")", count: 100_000)])
    func conditionTooLong(condition: String) {
        #expect(Self.firstError(Self.scenario(when: "\"\(condition)\"")).code == "E409")
    }

    @Test("Nesting just under the limit compiles and runs; one level more is E409", arguments: [(64, "ok"), (65, "E409")])
    func conditionNesting(depth: Int, outcome: String) {
        let condition = String(repeating: "not (", count: depth / 2) + String(repeating: "-", count: depth % 2) + "n > 1" + String(repeating: ")", count: depth / 2)
        #expect(Self.firstError(Self.scenario(when: "\"\(condition)\"")).code == outcome)
    }

    @Test("The longest and-chain within the size limit compiles and runs")
    func longestAndChain() throws {
        var condition = "n > 0"
        while condition.utf8.count + " and n > 0".utf8.count <= 4096 { condition += " and n > 0" }
        let scenario = try #require(ScenarioLoader.load(bytes: Self.scenario(when: "\"\(condition)\""), file: "big.json").value)
        let engine = Engine(scenario: scenario)
        #expect(engine.offeredOptions(engine.start(seed: 1).state) == [0, 1])
    }

    @Test("A journal with a 16 MiB line and 100,000 garbage lines: the chain breaks at the first bad line")
    func hugeAndGarbageJournal() throws {
        let drill = try TestSupport.bytes("Tests/TabletopCoreTests/Fixtures/Journal/drill.jsonl")
        let firstLine = Array(drill[..<(drill.firstIndex(of: 0x0A)! + 1)])
        let huge = Array("{\"note\": \"\(String(repeating: "x", count: 16 << 20))\"}\n".utf8)
        let garbage = Array(String(repeating: "\u{1B}[2J\0 not json \u{202E}\n", count: 100_000).utf8)
        let journal = Journal(path: "huge.jsonl", bytes: firstLine + huge + garbage)
        #expect(journal.lines.count == 100_002)
        let problem = try #require(journal.chainProblem())
        #expect(problem.kind == .edited)
        #expect(problem.line == 2)
        #expect(!problem.text.unicodeScalars.contains { SafeText.isUnsafe($0) && $0 != "\n" })
    }
}
