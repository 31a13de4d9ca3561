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
