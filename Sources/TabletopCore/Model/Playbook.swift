/// A team's prepared response: what it expects itself to do, by when and in what order, and what to avoid.
public struct Playbook: Sendable {
    public var id: String
    public var title: String
    public var summary: String?
    /// Scenario ids this playbook was written for.
    public var scenarios: [String]
    public var partialCredit: Double
    public var expectations: [Expectation]
    public var avoid: [AvoidItem]
}

/// One thing the team expects to do: an action (or any of several), with weight, deadline and order.
public struct Expectation: Sendable {
    public var id: String
    public var title: String
    public var phase: Phase
    /// The action ids; performing any one counts.
    public var actions: [String]
    public var weight: Int
    /// Deadline in scenario minutes.
    public var by: Int?
    /// Indices of expectations that must come first.
    public var after: [Int]
    public var critical: Bool
    /// The role id that owns this expectation.
    public var owner: String?
    public var why: String
}

/// A mistake the playbook penalises.
public struct AvoidItem: Sendable {
    public var id: String
    public var title: String
    public var actions: [String]
    public var penalty: Int
    public var phase: Phase?
    public var why: String
}
