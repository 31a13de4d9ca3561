/// What exploring a drill found: where the paths went, where they got stuck, and how they scored.
public struct ExploreReport: Sendable {
    /// How the drill was explored.
    public enum Mode: Sendable, Hashable {
        /// Seeded random playthroughs, each with its own session seed.
        case random(runs: Int)
        /// Every choice from every state, for one session seed, remembering states already seen.
        case exhaustive
    }

    /// A scene where the team is stuck: nothing is offered and there is no timeout.
    public struct DeadEnd: Sendable {
        public var scene: Int
        /// Runs (random) or distinct states (exhaustive) that got stuck here.
        public var count: Int
        /// The shortest path found that gets here.
        public var path: ExplorePath
    }

    /// The best or worst score and a path that reaches it.
    public struct Extreme: Sendable {
        public var score: Double
        public var ending: Int
        /// The shortest path found with this score.
        public var path: ExplorePath
    }

    /// The spread of the scores of the paths that reached an ending.
    public struct Scores: Sendable {
        public var lowest: Extreme
        public var median: Double
        public var highest: Extreme
    }

    public var mode: Mode
    /// `--seed`: random runs draw their choices and session seeds from it; exhaustive search uses it as the session seed.
    public var seed: UInt64
    public var maxDepth: Int
    /// Decisions taken while exploring.
    public var decisions = 0
    /// Per scene: runs that entered it (random), or distinct states seen in it (exhaustive).
    public var sceneCounts: [Int]
    /// Per ending: runs that ended there (random), or distinct final states there (exhaustive).
    public var endingCounts: [Int]
    /// Paths that reached an ending: runs (random) or distinct final states (exhaustive).
    public var finished = 0
    /// In scene order.
    public var deadEnds: [DeadEnd] = []
    /// Runs, or states, where exploring stopped at `maxDepth` decisions.
    public var cutOff = 0
    /// Exhaustive only: distinct states seen, and whether the state cap stopped the search early.
    public var states = 0
    public var stateCapReached = false
    /// Exhaustive only: every path of up to this many decisions was tried (all of them, up to `maxDepth`, unless the cap stopped the search).
    public var completeDepth = 0
    /// With a playbook whose expectations give a score, over the paths that reached an ending.
    public var scores: Scores?
    /// With a playbook: per expectation, the best status any path that reached an ending gave it.
    public var bestStatus: [ExpectationStatus] = []

    /// Whether a dead end was found (explore then exits with 65).
    public var foundDeadEnd: Bool { !deadEnds.isEmpty }

    /// Positions of the expectations that no path to an ending meets.
    public var unmetExpectations: [Int] { bestStatus.indices.filter { bestStatus[$0] != .met } }
}

/// Choices from the start of a session: enough to replay it with `tabletop play --seed --choices`.
public struct ExplorePath: Sendable, Hashable {
    /// One decision: the scene and what was chosen there.
    public struct Step: Sendable, Hashable {
        public var scene: Int
        public var choice: Choice
    }

    /// The session seed the path was played with.
    public var seed: UInt64
    public var steps: [Step]

    /// The option ids (or `timeout`) in order, as `--choices` takes them.
    public func choiceIDs(in scenario: Scenario) -> [String] {
        steps.map { step in
            switch step.choice {
            case .option(let position): return scenario.scenes[step.scene].options[position].id
            case .timeout: return "timeout"
            }
        }
    }
}
