import TabletopCore

/// Something that happened on the host's socket, returned by `HostServer.pump` for the drill to show and journal.
public enum HostEvent: Sendable, Hashable {
    /// A participant joined; `rejoined` when it replaced a connection with the same role and name.
    case joined(Participant, rejoined: Bool)
    /// A participant left: it said `leave`, its connection closed, or the host dropped it (the reason says which).
    case left(Participant, reason: String)
    /// A participant voted for `option` in `round`, or changed its vote.
    case voted(Participant, round: Int, option: String, argument: String?)
    /// A participant took back its vote in `round`.
    case withdrew(Participant, round: Int)
    /// A connection that had not joined was closed: `peer` is its process and user id, `reason` why.
    case refused(peer: String, reason: String)
}
