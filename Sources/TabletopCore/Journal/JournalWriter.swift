/// Records a session as a journal file (FORMATS.md section 5): one line per event, each written with one `write` and an `fsync`.
///
/// Create it before the drill starts, so that an unwritable place is reported before anyone plays:
/// ```
/// let writer = try JournalWriter.create(at: "drill.jsonl", scenario: scenario)
/// try writer.started(start)            // the started line, then the events of T+0
/// try writer.decided(events, details: details, state: state)
/// try writer.ended(state: state, score: score)
/// ```
public final class JournalWriter: SessionRecorder {
    /// The journal file's path, as given or as generated.
    public let path: String
    private let file: DurableFile
    private let transcription: JournalTranscription
    private let now: @Sendable () -> Timestamp
    /// The `seq` of the next line.
    public private(set) var nextSeq: Int
    /// The SHA-256 of the last line written, the next line's `prev`.
    private var previousHash: String
    /// Set after a failed write: the session stops at the last event recorded, so nothing more is appended.
    private var failed = false

    init(file: DurableFile, scenario: Scenario, nextSeq: Int, previousHash: String, now: @escaping @Sendable () -> Timestamp) {
        self.path = file.path
        self.file = file
        self.transcription = JournalTranscription(scenario: scenario)
        self.nextSeq = nextSeq
        self.previousHash = previousHash
        self.now = now
    }

    /// Creates a new, empty journal at `path`; refuses to overwrite an existing file.
    ///
    /// `now` gives each line's wall time (tests pass a fixed clock).
    public static func create(at path: String, scenario: Scenario, now: @escaping @Sendable () -> Timestamp = Timestamp.now) throws(FileWriteError) -> JournalWriter {
        JournalWriter(file: try DurableFile.createNew(path), scenario: scenario, nextSeq: 0, previousHash: JournalEntry.firstPrev, now: now)
    }

    /// Creates a new journal in `directory` (made if missing), named by date, scenario id and a short random id.
    public static func create(inDirectory directory: String, scenario: Scenario, now: @escaping @Sendable () -> Timestamp = Timestamp.now) throws(FileWriteError) -> JournalWriter {
        try DurableFile.makeDirectories(directory)
        var attempt = 0
        while true {
            attempt += 1
            let name = JournalLocation.fileName(scenarioID: scenario.id, at: now(), shortID: JournalLocation.randomShortID())
            let candidate = FilePath.join(directory, name)
            do {
                return try create(at: candidate, scenario: scenario, now: now)
            } catch {
                // Another session drew the same name: draw again; anything else is final.
                if attempt == 5 || !FilePath.exists(candidate) { throw error }
            }
        }
    }

    /// Writes one line and returns it as recorded.
    @discardableResult
    public func append(_ event: JournalEvent, clock: Int) throws(FileWriteError) -> JournalEntry {
        guard !failed else {
            throw FileWriteError(path: path, message: "the journal is no longer written after an earlier write failed", status: .ioError)
        }
        let entry = JournalEntry(seq: nextSeq, at: now(), clock: clock, prev: previousHash, event: event)
        let line = Array(entry.line.utf8)
        do {
            try file.append(line + [0x0A])
        } catch {
            failed = true
            throw error
        }
        previousHash = SHA256.hex(line)
        nextSeq += 1
        return entry
    }

    /// Writes the events of a decision, or of T+0, in order; an `ended` event is left to `ended(state:score:)`.
    func appendEvents(_ events: [SessionEvent], now clock: Int, details: DecisionDetails?) throws(FileWriteError) {
        for event in events {
            if case .ended = event { continue }
            let record = transcription.record(event, now: clock, details: details)
            try append(record.event, clock: record.clock)
        }
    }

    /// Writes the `started` line and the events of T+0; refuses a file identity without its SHA-256 (such a journal could never be verified or resumed).
    ///
    /// When a line of the start cannot be written, the journal file is removed before the error is thrown.
    public func started(_ start: SessionStart) throws {
        for file in [start.scenarioFile] + (start.playbookFile.map { [$0] } ?? []) where !SHA256.isHexDigest(file.sha256) {
            throw FileWriteError(path: path, message: "the SHA-256 of \(file.path) is missing; build its FileIdentity with FileIdentity(path:bytes:)", status: .software)
        }
        let scenario = transcription.scenario
        let recorded = JournalStart(
            scenario: RecordedScenario(id: scenario.id, title: scenario.title, file: start.scenarioFile.absolute),
            playbook: start.playbook.flatMap { playbook in start.playbookFile.map { RecordedPlaybook(id: playbook.id, file: $0.absolute) } },
            seed: start.seed, participants: start.participants)
        do {
            try append(.started(recorded), clock: 0)
            try appendEvents(start.events, now: 0, details: nil)
        } catch {
            // A start that is not all on disk could never be resumed: leave no journal rather than a useless one.
            file.remove()
            throw error
        }
    }

    public func decided(_ events: [SessionEvent], details: DecisionDetails, state: SessionState) throws {
        try appendEvents(events, now: state.clock, details: details)
    }

    public func noted(_ text: String, state: SessionState) throws {
        try append(.note(text), clock: state.clock)
    }

    public func paused(state: SessionState) throws {
        try append(.pause, clock: state.clock)
    }

    public func resumed(state: SessionState) throws {
        try append(.resume, clock: state.clock)
    }

    public func ended(state: SessionState, score: ScoreReport?) throws {
        guard let ending = state.ending else { return }
        let record = transcription.record(.ended(ending), now: state.clock, score: score)
        try append(record.event, clock: record.clock)
    }

    public func quit(state: SessionState) throws {
        try append(.quit, clock: state.clock)
    }

    public func joined(_ participant: Participant, state: SessionState) throws {
        try append(.joined(participant), clock: state.clock)
    }

    public func left(_ participant: Participant, reason: String, state: SessionState) throws {
        try append(.left(participant, reason: reason), clock: state.clock)
    }

    /// Writes a `vote` line in the current scene; a vote after the ending (no current scene) is not recorded.
    public func voted(_ participant: Participant, option: String?, argument: String?, state: SessionState) throws {
        guard let scene = state.currentScene else { return }
        let vote = JournalVote(scene: transcription.scenario.scenes[scene].id, option: option, participant: participant, argument: argument)
        try append(.vote(vote), clock: state.clock)
    }
}

extension FileIdentity {
    /// The same file with its path made absolute against the current directory.
    var absolute: FileIdentity { FileIdentity(path: FilePath.absolute(path), sha256: sha256) }

    /// The identity of a file's bytes, read from `path`.
    public init(path: String, bytes: [UInt8]) {
        self.init(path: path, sha256: SHA256.hex(bytes))
    }
}
