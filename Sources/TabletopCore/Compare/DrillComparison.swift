/// Several drills side by side (same or different teams, before and after a playbook change): score, ratings per phase, ending, and the expectations whose status changed.
public struct DrillComparison: Sendable {
    /// One drill's results.
    public struct Drill: Sendable {
        /// The journal path as given.
        public var journal: String
        public var date: String
        public var scenarioID: String
        public var playbookID: String?
        public var endingID: String?
        public var outcome: Outcome?
        public var decisions: Int
        public var score: Double?
        public var rating: Rating?
        public var phaseRatings: [Phase: Rating]
        /// Expectation id -> its status, with reasons for partial credit (`partial (late)`).
        public var expectations: [String: String]
        /// Whether `tabletop verify` would find the journal intact.
        public var verified: Bool
    }

    /// An expectation across the drills.
    public struct ExpectationRow: Sendable {
        public var id: String
        public var title: String
        /// Per drill, its status, or nil when that drill's playbook does not have it.
        public var statuses: [String?]
        public var changed: Bool { Set(statuses.map { $0 ?? "" }).count > 1 }
    }

    public var drills: [Drill]
    /// Every phase rated in any drill, in canonical order.
    public var phases: [Phase]
    /// Every expectation of any drill's playbook, in order of first appearance.
    public var expectations: [ExpectationRow]

    /// Compares inspected journals; throws for the first one that could not be replayed.
    public init(_ inspections: [JournalInspection]) throws(JournalProblem) {
        var drills: [Drill] = []
        var titles: [(id: String, title: String)] = []
        for inspection in inspections {
            guard let replay = inspection.replay else {
                throw inspection.fileProblem ?? inspection.replayProblem ?? JournalProblem(.invalid, "the journal could not be replayed", file: inspection.journal.path)
            }
            let score = replay.score
            var statuses: [String: String] = [:]
            if let playbook = replay.files.playbook, let score {
                for (expectation, result) in zip(playbook.expectations, score.expectations) {
                    statuses[expectation.id] = result.reasons.isEmpty ? result.status.rawValue : "\(result.status.rawValue) (\(result.reasons.joined(separator: ", ")))"
                    if !titles.contains(where: { $0.id == expectation.id }) { titles.append((expectation.id, expectation.title)) }
                }
            }
            let ending = replay.state.ending.map { replay.files.scenario.endings[$0] }
            drills.append(Drill(
                journal: inspection.journal.path, date: replay.entries.first?.entry.at.date ?? "", scenarioID: replay.start.scenario.id,
                playbookID: replay.start.playbook?.id, endingID: ending?.id, outcome: ending?.outcome, decisions: replay.state.decisions,
                score: score?.score, rating: score?.rating,
                phaseRatings: Dictionary((score?.phases ?? []).map { ($0.phase, $0.rating) }, uniquingKeysWith: { first, _ in first }),
                expectations: statuses, verified: inspection.verdict == nil))
        }
        self.drills = drills
        phases = Phase.allCases.filter { phase in drills.contains { $0.phaseRatings[phase] != nil } }
        expectations = titles.map { id, title in ExpectationRow(id: id, title: title, statuses: drills.map { $0.expectations[id] }) }
    }

    /// The expectations whose status is not the same in every drill.
    public var changed: [ExpectationRow] { expectations.filter(\.changed) }
}
