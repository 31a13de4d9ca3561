/// Everything a participant renders: the shared drill, the live tally of the current round and who has joined.
public struct DrillSnapshot: Sendable, Hashable {
    public var drill: SharedDrillState
    /// The votes cast in `drill.round`.
    public var tally: VoteTally
    /// The participants connected now, in joining order.
    public var roster: [Participant]

    public init(drill: SharedDrillState, tally: VoteTally, roster: [Participant]) {
        self.drill = drill
        self.tally = tally
        self.roster = roster
    }
}
