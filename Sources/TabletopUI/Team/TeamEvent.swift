import TabletopCore

/// What a hosted drill's participants did, as the host's connections report it to the facilitator's app.
public enum TeamEvent: Sendable, Hashable {
    /// A participant joined (or joined again after a drop).
    case joined(Participant)
    /// A participant left or was disconnected, and why (`left`, `connection closed`, `sent garbage: ...`).
    case left(Participant, reason: String)
    /// A connection that never joined was refused: who was at the other end, and why.
    case refused(peer: String, reason: String)
    /// A participant voted for an option of a decision round, with an optional one-line argument.
    case voted(Participant, LinkVote)
    /// A participant took back their vote in a decision round.
    case withdrew(Participant, round: Int)
}
