import TabletopCore

/// Everything that can happen to the app: keys, time, the terminal's size, signals, the answers to its effects, and
/// what a hosted drill's participants did.
public enum Event: Sendable {
    case key(Key)
    /// Time passed: the monotonic clock, in nanoseconds. The app never reads a clock itself.
    case tick(UInt64)
    case resize(Size)
    /// The process was asked to stop (SIGINT, SIGTERM or SIGHUP).
    case signal(TerminationSignal)
    /// A scenario chosen in the picker was loaded (the answer to `Effect.load`).
    case loaded(DrillSetup)
    /// A scenario chosen in the picker could not be loaded: why, in one line.
    case loadFailed(Failure)
    /// The session's recorder is open; how to resume the session, if it can be resumed.
    case recorderOpened(resumeCommand: String?)
    /// The report was exported: where it was written, or why it was not.
    case reportExported(Result<String, Failure>)
    /// Hosting: what a participant did.
    case team(TeamEvent)
}

/// The signals that stop a drill, with the exit status each conventionally gives.
public enum TerminationSignal: Int32, Sendable, CaseIterable {
    case hangup = 1
    case interrupt = 2
    case terminate = 15

    /// 128 plus the signal number: 129, 130, 143.
    public var exitStatus: Int32 { 128 + rawValue }

    /// `SIGINT` and so on.
    public var name: String {
        switch self {
        case .hangup: return "SIGHUP"
        case .interrupt: return "SIGINT"
        case .terminate: return "SIGTERM"
        }
    }
}

/// Why something the app asked for did not work, in one line.
public struct Failure: Error, Sendable, Hashable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
