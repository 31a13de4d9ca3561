import TabletopCore

/// What a hosted drill's journal records about its participants: joins, leaves and votes.
public enum TeamHappening: Sendable, Hashable {
    case joined(Participant)
    /// Left or disconnected, and why.
    case left(Participant, reason: String)
    /// A vote for an option of the current scene (nil: the vote was withdrawn), with its argument.
    case voted(Participant, option: String?, argument: String?)

    /// Makes the matching call on `recorder`, at the session's `state`.
    func deliver(to recorder: any SessionRecorder, state: SessionState) throws {
        switch self {
        case .joined(let participant): try recorder.joined(participant, state: state)
        case .left(let participant, let reason): try recorder.left(participant, reason: reason, state: state)
        case .voted(let participant, let option, let argument): try recorder.voted(participant, option: option, argument: argument, state: state)
        }
    }
}
