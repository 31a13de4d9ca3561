/// A participant's copy of the drill, kept up to date by applying the host's messages in order.
public struct ParticipantMirror: Sendable, Hashable {
    /// Where the participant stands with the host.
    public enum Status: Sendable, Hashable {
        /// `hello` sent, no `welcome` yet.
        case joining
        /// Welcomed: snapshots follow.
        case joined
        /// The host said it is closing, with its reason.
        case closed(reason: String)
        /// The host refused or dropped the participant, with its reason.
        case rejected(reason: String)
    }

    /// The participant as the host knows it (after `welcome`, the cleaned name).
    public private(set) var me: Participant
    public private(set) var status: Status = .joining
    /// The latest snapshot, nil until the first arrives.
    public private(set) var snapshot: DrillSnapshot?

    public init(me: Participant) {
        self.me = me
    }

    /// This participant's vote in the current round, if any.
    public var myVote: VoteTally.Ballot? { snapshot?.tally.ballot(of: me) }

    /// Whether an option is owned by a role other than this participant's (shown, but marked).
    public func isOwnedByAnotherRole(_ option: LinkOption) -> Bool {
        option.role.map { $0 != me.role } ?? false
    }

    /// Applies one message from the host.
    public mutating func apply(_ message: HostMessage) {
        switch message {
        case .welcome(let participant):
            me = participant
            status = .joined
        case .snapshot(let snapshot):
            self.snapshot = snapshot
        case .closing(let reason):
            status = .closed(reason: reason)
        case .rejected(let reason):
            status = .rejected(reason: reason)
        }
    }
}
