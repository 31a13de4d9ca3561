/// Everything known about a journal after reading it, checking its chain, finding its files and replaying it: what verify, report, compare and resume start from.
public struct JournalInspection: Sendable {
    public let journal: Journal
    public let start: JournalStart
    /// The first line that breaks the hash chain or is not a valid entry.
    public let chainProblem: JournalProblem?
    /// The torn last line, as a `truncated` problem (verify: an error; resume: a warning, and the line is dropped).
    public let tornProblem: JournalProblem?
    /// Why the scenario or playbook could not be used (missing, changed or no longer valid).
    public let fileProblem: JournalProblem?
    /// Why the replay failed.
    public let replayProblem: JournalProblem?
    /// The replayed session, when the files were at hand and every decision replayed.
    public let replay: JournalReplay?

    /// Reads the journal at `path`, checks it and replays it with its files (found as `SessionFiles.locate` does).
    ///
    /// Throws only when there is nothing to inspect: the file is unreadable (66) or not a session journal (65).
    public static func inspect(_ path: String, scenarioPath: String? = nil, playbookPath: String? = nil) throws(JournalProblem) -> JournalInspection {
        try JournalInspection(journal: Journal.read(path), scenarioPath: scenarioPath, playbookPath: playbookPath)
    }

    /// Inspects a journal already read.
    public init(journal: Journal, scenarioPath: String? = nil, playbookPath: String? = nil) throws(JournalProblem) {
        self.journal = journal
        chainProblem = journal.chainProblem()
        do {
            start = try journal.start()
        } catch {
            // Without a started line there is no session; the chain says best why (a deleted first line, say).
            throw chainProblem ?? error
        }
        tornProblem = journal.torn.map { torn in
            JournalProblem(.truncated, "the last line is incomplete (the process stopped while writing it)", file: journal.path, line: torn.number)
        }
        var fileProblem: JournalProblem?
        var replayProblem: JournalProblem?
        var replay: JournalReplay?
        do {
            let files = try SessionFiles.locate(for: start, journalPath: journal.path, scenarioPath: scenarioPath, playbookPath: playbookPath)
            do {
                replay = try JournalReplay(journal: journal, files: files)
            } catch {
                replayProblem = error
            }
        } catch {
            fileProblem = error
        }
        self.fileProblem = fileProblem
        self.replayProblem = replayProblem
        self.replay = replay
    }

    /// Why the journal is not a complete record: the last decision's consequences are missing, or no `ended` or `quit` closes it.
    ///
    /// Without the files (no replay) only the closing line is checked.
    public var incompleteProblem: JournalProblem? {
        let line = journal.lines.last?.number ?? 1
        if let next = replay?.pending.first {
            return JournalProblem(.truncated, "the journal stops before \(JournalReplay.describe(next.event, clock: next.clock)) that the last decision led to (resume it to complete it)", file: journal.path, line: line)
        }
        let last = journal.lines.last { line in
            guard case .success(let entry) = line.entry else { return true }
            return !entry.event.isAside
        }
        switch try? last?.entry.get().event {
        case .ended, .quit: return nil
        default:
            return JournalProblem(.truncated, "the journal ends without an 'ended' or 'quit' line: lines were cut off, or the drill was interrupted (resume it to continue)", file: journal.path, line: line)
        }
    }

    /// `tabletop verify`'s verdict: the first problem, in the order chain, torn line, changed file, replay, incompleteness.
    ///
    /// A missing scenario or playbook is not a verdict (see `warnings`): the chain can still be checked without them.
    public var verdict: JournalProblem? {
        if let chainProblem { return chainProblem }
        if let tornProblem { return tornProblem }
        if let fileProblem, fileProblem.kind != .fileMissing { return fileProblem }
        if let replayProblem { return replayProblem }
        return incompleteProblem
    }

    /// What could not be checked, as warnings: a scenario or playbook not at hand.
    public var warnings: [JournalProblem] {
        guard let fileProblem, fileProblem.kind == .fileMissing else { return [] }
        var warning = fileProblem.asWarning
        warning.message += ": the decisions were not replayed"
        return [warning]
    }
}
