import TabletopCore

/// Fuzzes the journal reader: splits and reads the lines, checks the hash chain, and replays it on the reference drill.
enum JournalFuzzing {
    /// Reads `bytes` as a journal; the outcome is the first problem's kind, as `tabletop verify` orders them.
    static func run(_ bytes: [UInt8], reference: FuzzReference) -> FuzzOutcome {
        let journal = Journal(path: "fuzz.jsonl", bytes: bytes)
        precondition(journal.completeLength <= bytes.count, "the complete part is longer than the file")
        let chainProblem = journal.chainProblem()
        do {
            _ = try journal.start()
            let replay = try JournalReplay(journal: journal, files: reference.files)
            _ = replay.score
        } catch {
            return .rejected(code: (chainProblem ?? error).kind.rawValue)
        }
        return chainProblem.map { .rejected(code: $0.kind.rawValue) } ?? .accepted
    }
}
