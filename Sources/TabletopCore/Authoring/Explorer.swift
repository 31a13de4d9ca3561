/// Plays a drill many ways to find what its author missed: dead ends, scenes and endings no path reaches, the range of scores.
///
/// Random runs are seeded: the same seed gives the same runs. Exhaustive search tries every choice
/// (the timeout included) from every state for one session seed, remembering the states it has
/// seen; dice follow that seed, so a roll's result depends on how many dice came before, as in a
/// real session. Both stop a path after `maxDepth` decisions, and exhaustive search stops taking
/// new states after `maxStates`, so exploring always ends.
/// ```
/// let report = Explorer(scenario: scenario, playbook: playbook).randomRuns(1000, seed: 7, maxDepth: 500)
/// report.deadEnds.map { scenario.scenes[$0.scene].id }
/// ```
public struct Explorer: Sendable {
    /// The engine and scorer, set up as for headless play.
    public let play: HeadlessPlay

    public init(scenario: Scenario, playbook: Playbook?) {
        play = HeadlessPlay(scenario: scenario, playbook: playbook)
    }

    public var engine: Engine { play.engine }
    public var scorer: Scorer? { play.scorer }

    /// What the team may choose now: the options on offer, then the timeout when the scene has a time limit.
    public func choices(_ state: SessionState) -> [Choice] {
        guard let scene = state.currentScene else { return [] }
        var result = engine.offeredOptions(state).map(Choice.option)
        let definition = engine.scenario.scenes[scene]
        if definition.timeLimitSeconds != nil, definition.onTimeout != nil { result.append(.timeout) }
        return result
    }

    /// Plays `runs` sessions, choosing uniformly among what is on offer; the choices and each run's session seed come from `seed`.
    public func randomRuns(_ runs: Int, seed: UInt64, maxDepth: Int) -> ExploreReport {
        let scenario = engine.scenario
        var tally = ExploreTally(scenario: scenario, scorer: scorer, mode: .random(runs: runs), seed: seed, maxDepth: maxDepth)
        var chooser = SplitMix64(seed: seed)
        var steps: [ExplorePath.Step] = []
        for _ in 0..<runs {
            let sessionSeed = chooser.next()
            var (state, _) = engine.start(seed: sessionSeed)
            steps.removeAll(keepingCapacity: true)
            while let scene = state.currentScene {
                let offered = choices(state)
                if offered.isEmpty {
                    tally.deadEnd(at: scene, length: steps.count) { ExplorePath(seed: sessionSeed, steps: steps) }
                    break
                }
                if steps.count >= maxDepth {
                    tally.countCutOff()
                    break
                }
                let choice = offered[Int(chooser.next() % UInt64(offered.count))]
                steps.append(.init(scene: scene, choice: choice))
                guard decide(choice, &state) else { break }
                tally.countDecision()
            }
            tally.ended(state, length: steps.count) { ExplorePath(seed: sessionSeed, steps: steps) }
            for scene in scenario.scenes.indices where state.hasVisited(scene: scene) { tally.countScene(scene) }
        }
        return tally.finish(states: 0, stateCapReached: false, completeDepth: 0)
    }

    /// Tries every choice from every state reachable with session seed `seed`, remembering the states it has seen.
    ///
    /// Depth first, with iterative deepening: passes with depth limits 1, 2, 4, 8 ... up to
    /// `maxDepth`, each skipping states it has already explored at the same depth or shallower. So
    /// when the state cap stops the search, every path up to the last finished pass's limit was
    /// tried, and paths in the report are the shortest found.
    public func exhaustive(seed: UInt64, maxDepth: Int, maxStates: Int) -> ExploreReport {
        var tally = ExploreTally(scenario: engine.scenario, scorer: scorer, mode: .exhaustive, seed: seed, maxDepth: maxDepth)
        let digester = StateDigester(scoredActions: scoredActions)
        /// A state on the current path, the choices it offers and how many have been tried.
        struct Frame {
            var state: SessionState
            var choices: [Choice]
            var tried = 0
        }
        /// Per state: the shallowest depth it was explored from in the latest pass that reached it.
        var seen: [StateDigest: (depth: Int, pass: Int)] = [:]
        var stack: [Frame] = []
        var capReached = false
        var (root, _) = engine.start(seed: seed)
        root.path.removeAll()
        var pass = 0
        var limit = 1
        var deeper = false
        var completeDepth = 0
        func path(to frames: [Frame]) -> ExplorePath {
            ExplorePath(seed: seed, steps: frames.map { .init(scene: $0.state.currentScene!, choice: $0.choices[$0.tried - 1]) })
        }
        /// Counts a state reached after `depth` decisions; returns its choices when the search goes on from it.
        func arrive(_ state: SessionState, depth: Int) -> [Choice]? {
            let digest = digester.digest(state)
            if let earlier = seen[digest] {
                guard earlier.pass < pass || depth < earlier.depth else { return nil }
            } else {
                guard seen.count < maxStates else {
                    capReached = true
                    return nil
                }
                if let scene = state.currentScene { tally.countScene(scene) }
                tally.ended(state, length: depth) { path(to: stack) }
            }
            let isNew = seen[digest] == nil
            seen[digest] = (depth, pass)
            guard let scene = state.currentScene else { return nil }
            let offered = choices(state)
            if offered.isEmpty {
                if isNew { tally.deadEnd(at: scene, length: depth) { path(to: stack) } }
                return nil
            }
            guard depth < limit else {
                if limit == maxDepth { tally.countCutOff() } else { deeper = true }
                return nil
            }
            return offered
        }
        repeat {
            pass += 1
            deeper = false
            if let offered = arrive(root, depth: 0) { stack.append(Frame(state: root, choices: offered)) }
            while let top = stack.indices.last, !capReached {
                guard stack[top].tried < stack[top].choices.count else {
                    stack.removeLast()
                    continue
                }
                let choice = stack[top].choices[stack[top].tried]
                stack[top].tried += 1
                var child = stack[top].state
                guard decide(choice, &child) else { continue }
                tally.countDecision()
                if let offered = arrive(child, depth: stack.count) { stack.append(Frame(state: child, choices: offered)) }
            }
            stack.removeAll()
            if !capReached { completeDepth = limit }
            limit = min(limit * 2, maxDepth)
        } while deeper && !capReached
        return tally.finish(states: seen.count, stateCapReached: capReached, completeDepth: completeDepth)
    }

    /// Takes one decision and drops the state's path, which exploring does not need and which would grow with every step.
    private func decide(_ choice: Choice, _ state: inout SessionState) -> Bool {
        guard (try? engine.decide(choice, state: &state)) != nil else { return false }
        state.path.removeAll(keepingCapacity: true)
        return true
    }

    /// The interned indices of the actions the playbook's expectations and avoid items name.
    private var scoredActions: Set<Int> {
        guard let playbook = scorer?.playbook else { return [] }
        let ids = Set(playbook.expectations.flatMap(\.actions) + playbook.avoid.flatMap(\.actions))
        return Set(engine.scenario.actionIDs.indices.filter { ids.contains(engine.scenario.actionIDs[$0]) })
    }
}
