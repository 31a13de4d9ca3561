/// A message the host sends to a participant (docs/protocol.md, "Host to participant").
public enum HostMessage: Sendable, Hashable {
    /// The answer to a valid `hello`: the participant as the host knows it (name cleaned and bounded).
    case welcome(Participant)
    /// The whole state a participant renders; sent after `welcome` and after every change.
    case snapshot(DrillSnapshot)
    /// The host is going away (the drill ended or the facilitator quit); the connection closes next.
    case closing(reason: String)
    /// The host refused or dropped this participant; the connection closes next.
    case rejected(reason: String)

    /// The message's `type` member.
    public var type: String {
        switch self {
        case .welcome: return "welcome"
        case .snapshot: return "snapshot"
        case .closing: return "closing"
        case .rejected: return "rejected"
        }
    }
}
