/// Warnings about a drill that loads but will not play as its author meant: the W3xx codes of docs/diagnostics.md.
///
/// One pass over a loaded scenario and the source map its loader returned; like a compiler's
/// warnings, each points at the offending value, and `validate --strict` turns them into errors.
/// ```
/// let (result, map) = ScenarioLoader.loadLocated(document: document, file: path)
/// let warnings = ScenarioLint.diagnostics(for: result.value!, sourceMap: map, document: document, file: path)
/// ```
struct ScenarioLint {
    let scenario: Scenario
    let map: ScenarioSourceMap
    /// Borrowed (see `JSONDocument.borrowed()`): the caller's document outlives the lint.
    let document: JSONDocument
    let graph: StoryGraph
    let usage: ScenarioUsage
    /// The most scenario minutes any path can run; nil when unbounded.
    let longestTime: Int?
    var sink: DiagnosticSink

    /// Every lint warning of a loaded scenario, in file order.
    ///
    /// A large scenario (see `ScenarioLoader.threads(forScenes:)`; tests pass `threads`) is checked on two
    /// threads, each taking half of the scenes through every step that walks scenes: a scene's strings and
    /// arrays are then counted by one thread, where two threads counting references to the same ones would
    /// wait on each other. The halves' story graph edges and usage tables are built at once and joined; then
    /// the checks run in two groups, each with its own sink: one half's scene checks with the checks of the
    /// whole scenario (reachability, variables, inject times), the other half's with the declared actions.
    /// The groups' warnings are joined in order and sorted by place, so the result is the one a single thread gives.
    static func diagnostics(for scenario: Scenario, sourceMap: ScenarioSourceMap, document: JSONDocument, file: String,
                            threads: Int? = nil) -> [Diagnostic] {
        let concurrently = (threads ?? ScenarioLoader.threads(forScenes: scenario.scenes.count)) > 1
        let middle = scenario.scenes.count / 2
        let halves = [0..<middle, middle..<scenario.scenes.count]
        let built = Parallel.map(parts: halves.count, concurrently: concurrently) { part in
            (edges: StoryGraph.EdgeList(scenario: scenario, scenes: halves[part]),
             usage: ScenarioUsage(scenario: scenario, scenes: halves[part], timedInjects: part == halves.count - 1))
        }
        let graph = StoryGraph(scenario: scenario, parts: built.map(\.edges))
        var usage = built[0].usage
        for part in built.dropFirst() { usage.add(part.usage) }
        let lint = ScenarioLint(scenario: scenario, map: sourceMap, document: document.borrowed(), graph: graph, usage: usage,
                                longestTime: graph.longestTime(from: scenario.startScene), sink: DiagnosticSink(file: file, document: document))
        let space = ConditionSpace(scenario: scenario, graph: graph, usage: usage, longestTime: lint.longestTime)
        let groups: [(inout ScenarioLint) -> Void] = [
            { $0.checkReachability(); $0.checkVariables(); $0.checkInjectTimes(); $0.checkScenes(halves[0], space: space) },
            { $0.checkScenes(halves[1], space: space); $0.checkDeclaredActions() },
        ]
        let sinks = Parallel.map(parts: groups.count, concurrently: concurrently) { part in
            var checker = lint
            checker.sink = DiagnosticSink(file: file, document: checker.document)
            groups[part](&checker)
            return checker.sink
        }
        var sink = lint.sink
        for part in sinks { sink.append(contentsOf: part) }
        LeftForExit.shared.keep((lint, space))
        return sink.sorted
    }

    /// The checks that look at each scene alone, on the scenes of `range`.
    private mutating func checkScenes(_ range: Range<Int>, space: ConditionSpace) {
        checkOffers(ofScenes: range, space: space)
        checkRoutes(ofScenes: range)
        checkOptions(ofScenes: range)
    }

    /// W301 unreachable scene, W309 unreachable ending.
    private mutating func checkReachability() {
        let start = scenario.scenes[scenario.startScene].id
        for index in scenario.scenes.indices where !graph.reachableScenes[index] {
            let scene = scenario.scenes[index]
            sink.warning("W301", "scene '\(scene.id)' is unreachable: no option, route or timeout on a path from '\(start)' leads to it", at: map.scenes[index].id)
        }
        for (index, ending) in scenario.endings.enumerated() where !graph.reachableEndings[index] {
            sink.warning("W309", "ending '\(ending.id)' is unreachable: no option, route or timeout on a path from '\(start)' leads to it", at: map.endings[index])
        }
    }

    /// W307: a timed inject set later than the longest path through the drill can never fire.
    private mutating func checkInjectTimes() {
        guard let longest = longestTime else { return }
        for (index, inject) in scenario.injects.enumerated() where inject.at > longest {
            sink.warning("W307", "inject '\(inject.id)' at \(DurationText.format(minutes: inject.at)) can never fire: the longest path through the drill takes \(DurationText.format(minutes: longest))", at: map.injectTimes[index])
        }
    }

    /// W310: a route after a route without `when` is never tried (in the scenes of `range`).
    private mutating func checkRoutes(ofScenes range: Range<Int>) {
        scenario.scenes.forEachAddress(in: range) { sceneIndex, scene in
            scene.pointee.options.forEachAddress { _, option in
                checkRoutes(option.pointee.consequence.next, at: map.options[option.pointee.globalIndex].next)
            }
            if let next = scene.pointee.onTimeout?.next, let node = map.scenes[sceneIndex].onTimeout.flatMap({ document.member($0, "next") }) {
                checkRoutes(next, at: node)
            }
        }
    }

    private mutating func checkRoutes(_ next: Next, at node: JSONDocument.Index) {
        guard case .routes(let routes) = next, let open = routes.firstIndex(where: { $0.condition == nil }), open < routes.count - 1 else { return }
        sink.warning("W310", "this route is never tried: route \(open + 1) has no 'when', so it is always taken first", at: Array(document.elements(node))[open + 1])
    }

    /// W311: an action the scenario declares that no option or timeout performs.
    private mutating func checkDeclaredActions() {
        var indices: [String: Int] = [:]
        for (index, id) in scenario.actionIDs.enumerated() { indices[id] = index }
        for (position, declared) in scenario.declaredActions.enumerated() {
            let performed = indices[declared.id].map { usage.isPerformed[$0] } ?? false
            if !performed {
                sink.warning("W311", "action '\(declared.id)' is declared but no option or timeout performs it", at: map.declaredActions[position])
            }
        }
    }
}
