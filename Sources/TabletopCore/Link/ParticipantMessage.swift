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

/// The `hello` message: the protocol version the participant speaks and the role and name it joins with.
public struct LinkHello: Sendable, Hashable {
    /// The protocol version; the host rejects any but `LinkProtocol.version`.
    public var protocolVersion: Int
    public var participant: Participant

    public init(protocolVersion: Int = LinkProtocol.version, participant: Participant) {
        self.protocolVersion = protocolVersion
        self.participant = participant
    }
}

/// The `vote` message: an option of one decision round and an optional one-line argument for it.
public struct LinkVote: Sendable, Hashable {
    /// The decision round the vote is for (`SharedDrillState.round`); a vote for another round is ignored.
    public var round: Int
    /// The option id.
    public var option: String
    /// Why, on one line (cut to `LinkProtocol.maximumArgumentLength` characters).
    public var argument: String?

    public init(round: Int, option: String, argument: String? = nil) {
        self.round = round
        self.option = option
        self.argument = argument
    }
}
