/// Adds up what the paths of an exploration ended in: endings and their scores, dead ends and cut-offs.
///
/// Paths are passed as closures so that they are built only when a report keeps them.
struct ExploreTally {
    let scorer: Scorer?
    private(set) var report: ExploreReport
    private var scores: [Double] = []
    private var deadEnds: [Int: ExploreReport.DeadEnd] = [:]
    private var lowest: ExploreReport.Extreme?
    private var highest: ExploreReport.Extreme?

    init(scenario: Scenario, scorer: Scorer?, mode: ExploreReport.Mode, seed: UInt64, maxDepth: Int) {
        self.scorer = scorer
        report = ExploreReport(mode: mode, seed: seed, maxDepth: maxDepth,
                               sceneCounts: Array(repeating: 0, count: scenario.scenes.count),
                               endingCounts: Array(repeating: 0, count: scenario.endings.count))
        if let scorer { report.bestStatus = Array(repeating: .missed, count: scorer.playbook.expectations.count) }
    }

    mutating func countDecision() { report.decisions += 1 }
    mutating func countScene(_ scene: Int) { report.sceneCounts[scene] += 1 }
    mutating func countCutOff() { report.cutOff += 1 }

    /// A path reached an ending in `state` after `length` decisions.
    mutating func ended(_ state: SessionState, length: Int, path: () -> ExplorePath) {
        guard let ending = state.ending else { return }
        report.endingCounts[ending] += 1
        report.finished += 1
        guard let scorer else { return }
        let result = scorer.score(state)
        for (position, expectation) in result.expectations.enumerated() where Self.rank(expectation.status) > Self.rank(report.bestStatus[position]) {
            report.bestStatus[position] = expectation.status
        }
        guard let score = result.score else { return }
        scores.append(score)
        if Self.better(score, length, than: lowest, lower: true) {
            lowest = ExploreReport.Extreme(score: score, ending: ending, path: path())
        }
        if Self.better(score, length, than: highest, lower: false) {
            highest = ExploreReport.Extreme(score: score, ending: ending, path: path())
        }
    }

    /// A path got stuck in `scene` after `length` decisions.
    mutating func deadEnd(at scene: Int, length: Int, path: () -> ExplorePath) {
        if var known = deadEnds[scene] {
            known.count += 1
            if length < known.path.steps.count { known.path = path() }
            deadEnds[scene] = known
        } else {
            deadEnds[scene] = ExploreReport.DeadEnd(scene: scene, count: 1, path: path())
        }
    }

    /// The report, with dead ends in scene order and the score spread.
    mutating func finish(states: Int, stateCapReached: Bool, completeDepth: Int) -> ExploreReport {
        report.states = states
        report.stateCapReached = stateCapReached
        report.completeDepth = completeDepth
        report.deadEnds = deadEnds.values.sorted { $0.scene < $1.scene }
        if let lowest, let highest {
            scores.sort()
            let middle = scores.count / 2
            let median = scores.count % 2 == 1 ? scores[middle] : Scorer.round1((scores[middle - 1] + scores[middle]) / 2)
            report.scores = ExploreReport.Scores(lowest: lowest, median: median, highest: highest)
        }
        return report
    }

    /// Whether `score` reached in `length` decisions beats `current`: a more extreme score, or the same one by a shorter path.
    private static func better(_ score: Double, _ length: Int, than current: ExploreReport.Extreme?, lower: Bool) -> Bool {
        guard let current else { return true }
        if score != current.score { return lower ? score < current.score : score > current.score }
        return length < current.path.steps.count
    }

    private static func rank(_ status: ExpectationStatus) -> Int {
        switch status {
        case .missed: return 0
        case .partial: return 1
        case .met: return 2
        }
    }
}
