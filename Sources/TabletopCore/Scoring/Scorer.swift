/// Scores a session against a playbook exactly as FORMATS.md section 3 says.
public struct Scorer: Sendable {
    public let playbook: Playbook
    /// Per expectation: the scenario's interned indices of its actions (ids the scenario never names are left out: never performed).
    private let expectationActions: [[Int]]
    private let avoidActions: [[Int]]

    public init(playbook: Playbook, scenario: Scenario) {
        self.playbook = playbook
        var index: [String: Int] = [:]
        for (position, id) in scenario.actionIDs.enumerated() { index[id] = position }
        expectationActions = playbook.expectations.map { $0.actions.compactMap { index[$0] } }
        avoidActions = playbook.avoid.map { $0.actions.compactMap { index[$0] } }
    }

    /// The score of the session as it stands.
    public func score(_ state: SessionState) -> ScoreReport {
        let firsts = expectationActions.map { first(of: $0, in: state) }
        var expectations: [ExpectationResult] = []
        for (position, expectation) in playbook.expectations.enumerated() {
            guard let use = firsts[position] else {
                expectations.append(ExpectationResult(id: expectation.id, status: .missed, reasons: [], credit: 0, first: nil))
                continue
            }
            var reasons: [String] = []
            if let by = expectation.by, use.clock > by { reasons.append("late") }
            let inOrder = expectation.after.allSatisfy { before in
                guard let earlier = firsts[before] else { return false }
                return earlier.sequence <= use.sequence
            }
            if !inOrder { reasons.append("out-of-order") }
            let weight = Double(expectation.weight)
            expectations.append(ExpectationResult(
                id: expectation.id, status: reasons.isEmpty ? .met : .partial, reasons: reasons,
                credit: reasons.isEmpty ? weight : weight * playbook.partialCredit, first: use))
        }
        let avoid = playbook.avoid.enumerated().map { position, item in
            let use = first(of: avoidActions[position], in: state)
            return AvoidResult(id: item.id, taken: use != nil, penalty: item.penalty, first: use)
        }
        let possible = playbook.expectations.reduce(0) { $0 + $1.weight }
        let earned = expectations.reduce(0.0) { $0 + $1.credit }
        let penalties = zip(playbook.avoid, avoid).reduce(0) { $0 + ($1.1.taken ? $1.0.penalty : 0) }
        guard possible > 0 else {
            return ScoreReport(score: nil, rating: nil, phases: [], expectations: expectations, avoid: avoid,
                               earned: earned, penalties: penalties, possible: 0)
        }
        let score = Self.round1(100 * max(0, earned - Double(penalties)) / Double(possible))
        let missedCritical = zip(playbook.expectations, expectations).filter { $0.0.critical && $0.1.status == .missed }.map(\.0.phase)
        var rating = Rating(ratio: score / 100)
        if !missedCritical.isEmpty { rating = rating.cappedAtM }
        let phases = phaseScores(expectations: expectations, avoid: avoid, missedCritical: Set(missedCritical))
        return ScoreReport(score: score, rating: rating, phases: phases, expectations: expectations, avoid: avoid,
                           earned: earned, penalties: penalties, possible: possible)
    }

    private func phaseScores(expectations: [ExpectationResult], avoid: [AvoidResult], missedCritical: Set<Phase>) -> [PhaseScore] {
        Phase.allCases.compactMap { phase in
            let members = playbook.expectations.indices.filter { playbook.expectations[$0].phase == phase }
            guard !members.isEmpty else { return nil }
            let possible = members.reduce(0) { $0 + playbook.expectations[$1].weight }
            let credit = members.reduce(0.0) { $0 + expectations[$1].credit }
            let penalty = playbook.avoid.indices.filter { playbook.avoid[$0].phase == phase && avoid[$0].taken }
                .reduce(0) { $0 + playbook.avoid[$1].penalty }
            let earned = max(0, credit - Double(penalty))
            var rating = Rating(ratio: earned / Double(possible))
            if missedCritical.contains(phase) { rating = rating.cappedAtM }
            return PhaseScore(phase: phase, earned: earned, possible: possible, rating: rating)
        }
    }

    /// The earliest first use (by sequence number) of any of `actions`.
    private func first(of actions: [Int], in state: SessionState) -> SessionState.ActionUse? {
        var best: SessionState.ActionUse?
        for action in actions {
            if let use = state.firstUse[action], use.sequence < (best?.sequence ?? Int.max) { best = use }
        }
        return best
    }

    /// Rounds to one decimal, halves away from zero; values within 1e-9 of a half count as the half.
    public static func round1(_ value: Double) -> Double {
        let scaled = value * 10
        let floor = scaled.rounded(.down)
        let fraction = scaled - floor
        let rounded: Double
        if abs(fraction - 0.5) < 1e-9 {
            rounded = scaled >= 0 ? floor + 1 : floor
        } else {
            rounded = scaled.rounded(.toNearestOrAwayFromZero)
        }
        return rounded / 10
    }
}
