import TabletopCore

/// The team of a hosted drill as the facilitator sees it: who joined (and who dropped), the votes of the decision
/// being made, and whether a unanimous team commits by itself (`--consensus`).
public struct HostedTeam: Sendable, Hashable {
    /// Someone who joined, connected now or not.
    public struct Member: Sendable, Hashable {
        public var participant: Participant
        public var connected: Bool
        /// Why the connection ended, while not connected.
        public var reason: String?
    }

    /// How participants join, shown until the first one does (`tabletop join SOCKET --role ROLE`).
    public let joinCommand: String
    /// Whether the decision is committed once every connected participant voted for the same option.
    public let consensus: Bool
    /// Everyone who joined, in the order they first did.
    public private(set) var members: [Member] = []
    /// The votes of the decision being made; empty again at each new decision.
    public private(set) var tally = VoteTally()
    /// The last connection refused before it joined (garbage, a wrong role...): who and why, shown in the team pane.
    public internal(set) var lastRefusal: String?
    /// Which drill was last published to the participants, so that only a change is published again.
    var publishedRevision: SharedDrillRevision?

    public init(joinCommand: String, consensus: Bool) {
        self.joinCommand = joinCommand
        self.consensus = consensus
    }

    /// The participants connected now, in joining order.
    public var connected: [Participant] { members.filter(\.connected).map(\.participant) }

    /// `participant` joined, or joined again.
    mutating func join(_ participant: Participant) {
        if let index = members.firstIndex(where: { $0.participant == participant }) {
            members[index].connected = true
            members[index].reason = nil
        } else {
            members.append(Member(participant: participant, connected: true))
        }
    }

    /// `participant` left or was disconnected, for `reason`. A vote stays counted unless withdrawn (as leaving on
    /// purpose does), as the host's own tally keeps it; consensus counts connected participants only.
    mutating func leave(_ participant: Participant, reason: String) {
        guard let index = members.firstIndex(where: { $0.participant == participant }) else { return }
        members[index].connected = false
        members[index].reason = reason
    }

    /// Records a participant's vote (or its withdrawal, when `option` is nil); whether it changed the tally.
    mutating func vote(_ participant: Participant, option: String?, argument: String?) -> Bool {
        if let option {
            tally.cast(participant, option: option, argument: argument)
            return true
        }
        return tally.withdraw(participant)
    }

    /// Forgets the votes: a new decision is being made.
    mutating func startRound() {
        tally = VoteTally()
    }

    /// The option every connected participant voted for, when consensus commits and they all agree.
    var unanimousOption: String? {
        consensus ? tally.consensus(of: connected) : nil
    }
}
