/// The votes of one decision round: at most one ballot per participant, the leading option, consensus and a prefilled rationale.
///
/// Ties between options with the most votes go to the option listed first in the scene (the order passed in).
///
/// ```swift
/// var tally = VoteTally()
/// tally.cast(Participant(role: "legal", name: "ann"), option: "notify", argument: "72 hours")
/// tally.leader(in: ["contain", "notify"])   // "notify"
/// ```
public struct VoteTally: Sendable, Hashable {
    /// One participant's current vote.
    public struct Ballot: Sendable, Hashable {
        public var voter: Participant
        /// The option id.
        public var option: String
        /// The one-line argument given with the vote, if any.
        public var argument: String?

        public init(voter: Participant, option: String, argument: String? = nil) {
            self.voter = voter
            self.option = option
            self.argument = argument
        }
    }

    /// The current ballots, in the order they were last cast or changed.
    public private(set) var ballots: [Ballot]

    public init(ballots: [Ballot] = []) {
        self.ballots = []
        for ballot in ballots { cast(ballot.voter, option: ballot.option, argument: ballot.argument) }
    }

    /// Records `voter`'s vote, replacing an earlier one.
    public mutating func cast(_ voter: Participant, option: String, argument: String?) {
        ballots.removeAll { $0.voter == voter }
        ballots.append(Ballot(voter: voter, option: option, argument: argument))
    }

    /// Takes back `voter`'s vote; whether there was one.
    @discardableResult
    public mutating func withdraw(_ voter: Participant) -> Bool {
        let before = ballots.count
        ballots.removeAll { $0.voter == voter }
        return ballots.count != before
    }

    /// The vote `voter` has cast, if any.
    public func ballot(of voter: Participant) -> Ballot? {
        ballots.first { $0.voter == voter }
    }

    /// The ballots for `option`, in casting order.
    public func ballots(for option: String) -> [Ballot] {
        ballots.filter { $0.option == option }
    }

    /// How many votes `option` has.
    public func count(for option: String) -> Int {
        ballots.reduce(0) { $0 + ($1.option == option ? 1 : 0) }
    }

    /// The option with the most votes among `options` (scene order); a tie goes to the one listed first; nil without votes for any of them.
    public func leader(in options: [String]) -> String? {
        var best: (option: String, count: Int)?
        for option in options {
            let votes = count(for: option)
            if votes > 0, votes > (best?.count ?? 0) { best = (option, votes) }
        }
        return best?.option
    }

    /// The option every one of `participants` voted for, when there is at least one and all agree.
    public func consensus(of participants: [Participant]) -> String? {
        guard let first = participants.first, let option = ballot(of: first)?.option else { return nil }
        return participants.allSatisfy({ ballot(of: $0)?.option == option }) ? option : nil
    }

    /// A rationale built from the arguments given for `option`: `name (role): argument`, joined by `; `; nil when none argued.
    public func rationale(for option: String) -> String? {
        let parts = ballots(for: option).compactMap { ballot in
            ballot.argument.map { "\(ballot.voter.name) (\(ballot.voter.role)): \($0)" }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
