/// How a session measured up to a playbook: the score, ratings and the status of each expectation and avoid item.
public struct ScoreReport: Sendable, Hashable {
    /// 0 to 100, one decimal; nil when the playbook has no expectations.
    public var score: Double?
    /// The overall HSEEP rating; nil when there is no score.
    public var rating: Rating?
    /// One entry per phase that has expectations, in canonical order.
    public var phases: [PhaseScore]
    public var expectations: [ExpectationResult]
    public var avoid: [AvoidResult]
    /// Credit earned, before penalties.
    public var earned: Double
    /// The sum of the penalties of taken avoid items.
    public var penalties: Int
    /// The sum of all weights.
    public var possible: Int
}

/// A phase's share of the score.
public struct PhaseScore: Sendable, Hashable {
    public var phase: Phase
    /// Credit earned in the phase minus the penalties of its taken avoid items, floored at 0.
    public var earned: Double
    public var possible: Int
    public var rating: Rating
}

/// Whether an expectation was met, and why not.
public enum ExpectationStatus: String, Sendable, Hashable {
    case met, partial, missed
}

/// How one expectation fared.
public struct ExpectationResult: Sendable, Hashable {
    public var id: String
    public var status: ExpectationStatus
    /// For partial credit: `late`, `out-of-order`, in that order.
    public var reasons: [String]
    public var credit: Double
    /// The first decision that performed one of its actions.
    public var first: SessionState.ActionUse?
}

/// Whether an avoid item was taken.
public struct AvoidResult: Sendable, Hashable {
    public var id: String
    public var taken: Bool
    /// The item's penalty (counted only when taken).
    public var penalty: Int
    public var first: SessionState.ActionUse?
}
