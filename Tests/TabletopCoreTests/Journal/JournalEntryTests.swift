import Testing
@testable import TabletopCore

@Suite("Journal lines: written compactly, read back strictly")
struct JournalEntryTests {
    static let at = Timestamp(iso8601: "2026-11-29T01:35:22.123Z")!
    static let file = FileIdentity(path: "/drills/s.json", sha256: String(repeating: "ab", count: 32))

    static let events: [JournalEvent] = [
        .started(JournalStart(scenario: RecordedScenario(id: "s", title: "T \"quoted\"", file: file), playbook: RecordedPlaybook(id: "p", file: file),
                              seed: UInt64.max, participants: [Participant(role: "ic", name: "Ana")])),
        .started(JournalStart(scenario: RecordedScenario(id: "s", title: "T", file: file), playbook: nil, seed: 0, participants: [])),
        .scene("triage"),
        .inject(JournalInject(source: .timed, id: "press", from: "Press", channel: .news, text: "line 1\nline 2")),
        .inject(JournalInject(source: .scene, id: nil, from: "EDR", channel: .alert, text: "\u{1B}[31mred")),
        .decision(JournalDecision(scene: "contain", option: "block", actions: ["sc.block-package-version"], role: "platform-lead",
                                  rationale: "Because | <b>", decisionSeconds: 12.345, rolls: [RecordedRoll(variable: "luck", value: 6)])),
        .decision(JournalDecision(scene: "contain", option: "timeout", actions: [], role: nil, rationale: nil, decisionSeconds: 0, rolls: [])),
        .note("a note"), .pause, .resume, .quit,
        .joined(Participant(role: "ic", name: "Ana")), .left(Participant(role: "ic", name: "Ana"), reason: "connection closed"),
        .left(Participant(role: "ic", name: "Ana"), reason: nil),
        .vote(JournalVote(scene: "contain", option: "block", participant: Participant(role: "ic", name: "Ana"), argument: "fast | <b>")),
        .vote(JournalVote(scene: "contain", option: nil, participant: Participant(role: "ic", name: "Ana"), argument: nil)),
        .ended(JournalEnding(ending: "contained", outcome: .success, score: 72.5, rating: .S)),
        .ended(JournalEnding(ending: "contained", outcome: .partial, score: nil, rating: nil)),
    ]

    @Test(arguments: events.indices)
    func everyTypeRoundTrips(index: Int) throws {
        let entry = JournalEntry(seq: 3, at: Self.at, clock: 40, prev: JournalEntry.firstPrev, event: Self.events[index])
        let line = entry.line
        #expect(!line.contains("\n"))
        #expect(line.hasPrefix(#"{"seq": 3, "type": "\#(entry.event.type)", "at": "2026-11-29T01:35:22.123Z", "clock": 40, "prev": "0000"#))
        #expect(try JournalEntry(line: Array(line.utf8)) == entry)
    }

    @Test func optionalDecisionFieldsAreLeftOutWhenAbsent() {
        let entry = JournalEntry(seq: 0, at: Self.at, clock: 0, prev: JournalEntry.firstPrev, event: Self.events[6])
        #expect(!entry.line.contains("role"))
        #expect(!entry.line.contains("rationale"))
        #expect(entry.line.hasSuffix(#""scene": "contain", "option": "timeout", "actions": [], "decisionSeconds": 0, "rolls": []}"#))
    }

    static let invalid: [(line: String, message: String, column: Int)] = [
        (#"{"seq": 1, "type": "note", "at": "2026-11-29T01:35:22.123Z", "clock": 0, "prev": "\#(JournalEntry.firstPrev)"}"#, "missing 'text'", 1),
        (#"{"seq": -1, "type": "pause", "at": "2026-11-29T01:35:22.123Z", "clock": 0, "prev": "\#(JournalEntry.firstPrev)"}"#, "'seq' must be an integer >= 0, found -1", 9),
        (#"{"seq": 1, "type": "pause", "at": "yesterday", "clock": 0, "prev": "\#(JournalEntry.firstPrev)"}"#, "'at' must be a UTC time", 35),
        (#"{"seq": 1, "type": "pause", "at": "2026-11-29T01:35:22.123Z", "clock": 0, "prev": "abc"}"#, "'prev' must be 64 lowercase hex digits", 83),
        (#"{"seq": 1, "type": "dance", "at": "2026-11-29T01:35:22.123Z", "clock": 0, "prev": "\#(JournalEntry.firstPrev)"}"#, "unknown type 'dance'", 20),
        (#"{"seq": 1, "type": "pause""#, "not valid JSON", 27),
        (#"[1, 2]"#, "a journal line must be an object", 1),
    ]

    @Test(arguments: invalid.indices)
    func invalidLinesSayWhatAndWhere(index: Int) {
        let (line, message, column) = Self.invalid[index]
        #expect {
            _ = try JournalEntry(line: Array(line.utf8))
        } throws: { error in
            guard let error = error as? JournalLineError else { return false }
            return error.message.hasPrefix(message) && error.offset + 1 == column
        }
    }
}
