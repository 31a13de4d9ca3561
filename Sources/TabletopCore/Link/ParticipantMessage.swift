/// A message a participant sends to the host (docs/protocol.md, "Participant to host").
public enum ParticipantMessage: Sendable, Hashable {
    /// The first message: the protocol version spoken and who is joining.
    case hello(LinkHello)
    /// A vote for an option of the decision `round`, replacing the participant's earlier vote in that round.
    case vote(LinkVote)
    /// Takes back the participant's vote in the decision `round`.
    case withdraw(round: Int)
    /// The participant leaves; its vote in the current round is withdrawn.
    case leave

    /// The message's `type` member.
    public var type: String {
        switch self {
        case .hello: return "hello"
        case .vote: return "vote"
        case .withdraw: return "withdraw"
        case .leave: return "leave"
        }
    }
}
