/// A journal reopened exactly where it stopped: scene, clock, variables, RNG, timeline and notes, with a writer appending to the same file.
///
/// The terminal drill and `tabletop play --resume` both start here:
/// ```
/// let resumed = try ResumedSession.open("drill.jsonl")
/// var state = resumed.state                       // waiting in the scene where the team stopped
/// try resumed.writer.decided(events, details: details, state: state)
/// ```
public struct ResumedSession {
    /// What the session started from: the files as recorded, seed, participants and the events of T+0.
    public var start: SessionStart
    /// Where the scenario and playbook were found on disk.
    public var files: SessionFiles
    /// The state after the last decision recorded.
    public var state: SessionState
    /// Every engine event from T+0, in order.
    public var events: [SessionEvent]
    /// Every journal line in order, notes, pauses and quits included, with any consequences completed on reopening.
    public var timeline: [JournalEntry]
    /// Appends to the same journal, continuing its `seq` and hash chain.
    public var writer: JournalWriter
    /// What was repaired on the way: a torn last line dropped.
    public var warnings: [JournalProblem]

    /// Whether the session stopped while paused (its last `pause` line has no `resume` after it), so it reopens paused.
    public var endsPaused: Bool {
        for entry in timeline.reversed() {
            switch entry.event {
            case .pause: return true
            case .resume: return false
            default: continue
            }
        }
        return false
    }

    /// Reopens the journal at `path`.
    ///
    /// Refuses (throws) when the journal is damaged (the chain or the replay), when the scenario or playbook is
    /// missing or has changed (naming the file), and when the session already ended. A torn last line is cut off
    /// with a warning; consequences of the last decision that the process did not get to write are written now.
    public static func open(_ path: String, now: @escaping @Sendable () -> Timestamp = Timestamp.now) throws(JournalProblem) -> ResumedSession {
        let inspection = try JournalInspection.inspect(path)
        if let problem = inspection.chainProblem ?? inspection.fileProblem ?? inspection.replayProblem { throw problem }
        guard let replay = inspection.replay else { throw JournalProblem(.invalid, "the journal could not be replayed", file: path) }
        if let line = replay.endedLine {
            throw JournalProblem(.alreadyEnded, "the session already ended on line \(line): there is nothing to resume (`tabletop report` writes its report)", file: path, line: line)
        }
        let journal = inspection.journal
        let writer: JournalWriter
        var timeline = replay.entries.map(\.entry)
        do {
            let file = try DurableFile.openExisting(path, truncatingTo: journal.completeLength)
            if journal.lacksFinalNewline { try file.append([0x0A]) }
            writer = JournalWriter(file: file, scenario: replay.files.scenario, nextSeq: journal.lines.count, previousHash: journal.lastHash, now: now)
            for pending in replay.pending { timeline.append(try writer.append(pending.event, clock: pending.clock)) }
        } catch {
            throw JournalProblem(.unwritable, error.message, file: path, status: error.status)
        }
        let files = replay.files
        let recorded = replay.start
        let start = SessionStart(
            scenario: files.scenario, scenarioFile: recorded.scenario.file, playbook: files.playbook, playbookFile: recorded.playbook?.file,
            seed: recorded.seed, participants: recorded.participants, events: Engine(scenario: files.scenario).start(seed: recorded.seed).events)
        return ResumedSession(start: start, files: files, state: replay.state, events: replay.events, timeline: timeline,
                              writer: writer, warnings: inspection.tornProblem.map { torn in
                                  var warning = torn.asWarning
                                  warning.message += "; it was dropped"
                                  return [warning]
                              } ?? [])
    }
}
