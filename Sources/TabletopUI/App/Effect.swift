import TabletopCore

/// What the app asks the world to do after an event; `AppDriver` carries effects out, in order, before drawing.
public enum Effect: Sendable {
    /// Record a happening through the session's `SessionRecorder`.
    case record(RecordedHappening)
    /// Load the scenario (and playbook) of a picker item; answered by `.loaded` or `.loadFailed`.
    case load(PickerItem)
    /// Export the debrief's report; answered by `.reportExported`.
    case exportReport
    /// Hosting: send the participants this state of the drill (the host adds the votes and the roster).
    case publish(SharedDrillState)
    /// Leave the program.
    case exit(ExitReason)
}

/// Why the program leaves, which decides the message printed after the terminal is restored and the exit status.
public enum ExitReason: Hashable, Sendable {
    /// Nothing left unfinished: the picker or debrief was closed.
    case finished
    /// The team quit a drill before its end; how to resume it, when it can be.
    case quit(resumeCommand: String?)
    /// A signal stopped the program; how to resume the drill in progress, if any.
    case signal(TerminationSignal, resumeCommand: String?)
    /// Something failed (a recorder error, say): the message to print and the exit status (sysexits).
    case failed(String, status: ExitStatus)
    /// A participant's host closed the drill, saying why (`tabletop join` then exits with 0).
    case closedByHost(String)
}

/// One call to make on a `SessionRecorder`, mirroring its methods.
public enum RecordedHappening: Sendable {
    case started(SessionStart)
    case decided([SessionEvent], details: DecisionDetails, state: SessionState)
    case noted(String, state: SessionState)
    case paused(state: SessionState)
    case resumed(state: SessionState)
    case ended(state: SessionState, score: ScoreReport?)
    case quit(state: SessionState)
    /// Something a hosted drill's participant did (joined, left, voted).
    case team(TeamHappening, state: SessionState)

    /// Makes the call on `recorder`.
    public func deliver(to recorder: any SessionRecorder) throws {
        switch self {
        case .started(let start): try recorder.started(start)
        case .decided(let events, let details, let state): try recorder.decided(events, details: details, state: state)
        case .noted(let text, let state): try recorder.noted(text, state: state)
        case .paused(let state): try recorder.paused(state: state)
        case .resumed(let state): try recorder.resumed(state: state)
        case .ended(let state, let score): try recorder.ended(state: state, score: score)
        case .quit(let state): try recorder.quit(state: state)
        case .team(let happening, let state): try happening.deliver(to: recorder, state: state)
        }
    }
}
