import ArgumentParser
import TabletopCore
import TabletopTerminal
import TabletopUI

/// A headless session in progress: the engine state, its events, and the journal that records each decision before it is shown.
struct HeadlessDrive {
    /// Where the option ids come from.
    enum ChoiceSource {
        case list([String])
        /// One id per line, as they arrive, until end of input.
        case standardInput
    }

    /// What comes next while taking the choices.
    private enum Next {
        case choice(String)
        /// The choices ran out.
        case end
        /// A signal caught by `SignalFlag` asked the program to stop.
        case signal(TerminationSignal)
    }

    let play: HeadlessPlay
    let playbook: Playbook?
    let seed: UInt64
    /// The journal, when the session is recorded.
    let writer: JournalWriter?
    private var state: SessionState
    private var events: [SessionEvent]
    /// The journal already holds the `ended` line (a resumed session whose last decision reached an ending).
    private var endingRecorded = false

    /// Starts a new session; the journal is created first, so an unwritable place stops everything before T+0 (exit 73).
    static func starting(scenario: Scenario, scenarioFile: FileIdentity, playbook: (playbook: Playbook, file: FileIdentity)?, seed: UInt64,
                         participants: [Participant], journal: String?) throws -> HeadlessDrive {
        let writer: JournalWriter?
        do {
            writer = try journal.map { path in
                FilePath.isDirectory(path) ? try JournalWriter.create(inDirectory: path, scenario: scenario) : try JournalWriter.create(at: path, scenario: scenario)
            }
        } catch let error as FileWriteError {
            Console.err(error.text)
            throw Console.exit(error.status)
        }
        let play = HeadlessPlay(scenario: scenario, playbook: playbook?.playbook)
        let (state, events) = play.engine.start(seed: seed)
        let drive = HeadlessDrive(play: play, playbook: playbook?.playbook, seed: seed, writer: writer, state: state, events: events)
        try drive.recording {
            try $0.started(SessionStart(scenario: scenario, scenarioFile: scenarioFile, playbook: playbook?.playbook, playbookFile: playbook?.file,
                                        seed: seed, participants: participants, events: events))
        }
        return drive
    }

    /// Reopens the session recorded in `path` where it stopped; refuses a damaged journal or changed files with their exit status.
    static func resuming(_ path: String) throws -> HeadlessDrive {
        let resumed = try InputLoading.resumedSession(path)
        let start = resumed.start
        var drive = HeadlessDrive(play: HeadlessPlay(scenario: start.scenario, playbook: start.playbook), playbook: start.playbook, seed: start.seed,
                                  writer: resumed.writer, state: resumed.state, events: resumed.events)
        drive.endingRecorded = resumed.state.ending != nil
        return drive
    }

    /// The run as it stands, for the transcript and the JSON result.
    var record: HeadlessPlay.Record {
        HeadlessPlay.Record(seed: seed, state: state, events: events, score: play.scorer?.score(state))
    }

    /// How to go on with the session after it stopped early: nil when it reached its ending or is not recorded.
    var resumeCommand: String? {
        guard let writer, state.ending == nil else { return nil }
        return SessionJournal.headlessResumeCommand(writer.path)
    }

    /// Takes the choices in order, journaling each decision, then records the ending or, if the choices ran out first, a quit.
    ///
    /// A signal caught by `SignalFlag` (installed when the session is journaled) stops it between two choices, or while
    /// it waits for one on standard input: it records a quit (or the ending reached) and returns that signal.
    /// An option not on offer records a quit and exits with 64.
    mutating func take(_ source: ChoiceSource) throws -> TerminationSignal? {
        var taken: [String] = []
        var input = StandardInputLines()
        var shownAt = Timestamp.now()
        while true {
            let choiceID: String
            switch next(from: source, after: taken.count, input: &input) {
            case .choice(let id):
                choiceID = id
            case .end:
                try close()
                return nil
            case .signal(let signal):
                try close()
                return signal
            }
            taken.append(choiceID)
            let choices: [String]
            if case .list(let list) = source { choices = list } else { choices = taken }
            let produced: [SessionEvent]
            do {
                produced = try play.take(choiceID, state: &state, number: taken.count - 1, of: choices)
            } catch {
                try close()
                Console.err("tabletop play: error: \(error.message)")
                throw Console.exit(.usage)
            }
            events += produced
            guard case .decision(let decision) = produced.first else { continue }
            let seconds = Double(Timestamp.now().milliseconds - shownAt.milliseconds) / 1000
            let details = DecisionDetails(for: decision, in: play.engine.scenario, rationale: nil, decisionSeconds: seconds)
            try recording { [state] in try $0.decided(produced, details: details, state: state) }
            shownAt = Timestamp.now()
        }
    }

    /// Records how the session stands at the end: its ending and score, or a quit.
    private func close() throws {
        guard !endingRecorded else { return }
        try recording { [state, play] writer in
            if state.ending != nil { try writer.ended(state: state, score: play.scorer?.score(state)) } else { try writer.quit(state: state) }
        }
    }

    /// The next choice of `source` (the `count` taken so far), unless a signal came first; blank input lines are skipped.
    private func next(from source: ChoiceSource, after count: Int, input: inout StandardInputLines) -> Next {
        while true {
            if let signal = SignalFlag.take() { return .signal(signal) }
            switch source {
            case .list(let list):
                return count < list.count ? .choice(list[count]) : .end
            case .standardInput:
                // Waits are short so that a signal arriving just before one is still seen promptly.
                switch input.next(waitingAtMost: 100) {
                case .line(let line): if !line.trimmingSpaces.isEmpty { return .choice(line.trimmingSpaces) }
                case .end: return .end
                case .nothingYet: break
                }
            }
        }
    }

    /// Runs a journal write, if there is a journal; a failed write says what the journal holds and how to go on, and exits with 74.
    private func recording(_ write: (JournalWriter) throws -> Void) throws {
        guard let writer else { return }
        let resumable = writer.nextSeq > 0
        do {
            try write(writer)
        } catch let error as FileWriteError {
            Console.err("tabletop play: error: " + error.sessionStopped(resumeCommand: resumable ? SessionJournal.headlessResumeCommand(writer.path) : nil))
            throw Console.exit(error.status)
        }
    }
}
