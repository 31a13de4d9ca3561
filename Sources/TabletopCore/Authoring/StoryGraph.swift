/// The static shape of a scenario: every way one decision can lead from a scene to a scene or an ending.
///
/// Conditions are not evaluated, so an edge is a way the story *may* go. A timeout counts only in a
/// scene with a `timeLimit` (without one it is never taken), and a route after a route without
/// `when` is left out (it is never tried). The graph itself is kept compact (a destination and a
/// time per edge) so that linting a huge scenario stays cheap; `edges()` describes each edge in full.
public struct StoryGraph: Sendable {
    /// One way out of a scene: an option or the timeout, and one of its destinations.
    public struct Edge: Sendable {
        public var scene: Int
        public var choice: Choice
        /// The route's position in `next`, or nil when `next` names one destination.
        public var route: Int?
        public var destination: Destination
        /// The option's `when`; nil for timeouts and options always offered.
        public var optionCondition: Condition?
        /// The route's `when`; nil for the fallback route and for a plain `next`.
        public var routeCondition: Condition?
        /// Scenario minutes the decision takes.
        public var takes: Int

        /// Whether a condition decides if this edge is taken.
        public var isConditional: Bool { optionCondition != nil || routeCondition != nil }
    }

    private let scenario: Scenario
    /// Per scene, and one more: where its edges start (they end where the next scene's start).
    private let firstEdge: [Int32]
    /// Per edge: the scene it leads to, or `-1 - ending` for an ending.
    private let target: [Int32]
    /// Per edge: the scenario minutes the decision takes.
    private let takes: [Int32]
    /// Per scene: whether some path from the start scene enters it.
    public let reachableScenes: [Bool]
    /// Per ending: whether some path from the start scene ends there.
    public let reachableEndings: [Bool]

    /// The edges out of a run of scenes, in compact form: the graph of a large scenario is built from
    /// parts made at once (see `init(scenario:parts:)`).
    struct EdgeList: Sendable {
        /// Per scene of the run: where its edges start in `target`.
        fileprivate var firstEdge: [Int32] = []
        fileprivate var target: [Int32] = []
        fileprivate var takes: [Int32] = []

        /// The edges out of the scenes of `range`.
        ///
        /// The scenes are read in place, into local arrays: the threads that build parts at once then
        /// count no references to what they share (the scenario's array of scenes).
        init(scenario: Scenario, scenes range: Range<Int>) {
            var firstEdge: [Int32] = [], target: [Int32] = [], takes: [Int32] = []
            firstEdge.reserveCapacity(range.count)
            scenario.scenes.forEachAddress(in: range) { _, scene in
                firstEdge.append(Int32(target.count))
                StoryGraph.forEachEdge(of: scene) { _, minutes, _, destination, _ in
                    switch destination {
                    case .scene(let index): target.append(Int32(index))
                    case .ending(let index): target.append(-1 - Int32(index))
                    }
                    takes.append(Int32(clamping: minutes))
                }
            }
            self.firstEdge = firstEdge
            self.target = target
            self.takes = takes
        }
    }

    public init(scenario: Scenario) {
        self.init(scenario: scenario, parts: [EdgeList(scenario: scenario, scenes: scenario.scenes.indices)])
    }

    /// The graph whose edges are `parts`, the edge lists of consecutive runs of scenes that cover them all, in order.
    init(scenario: Scenario, parts: [EdgeList]) {
        self.scenario = scenario
        var firstEdge: [Int32] = [], target: [Int32] = [], takes: [Int32] = []
        firstEdge.reserveCapacity(scenario.scenes.count + 1)
        target.reserveCapacity(parts.reduce(0) { $0 + $1.target.count })
        takes.reserveCapacity(target.capacity)
        for part in parts {
            let offset = Int32(target.count)
            firstEdge.append(contentsOf: part.firstEdge.lazy.map { $0 + offset })
            target.append(contentsOf: part.target)
            takes.append(contentsOf: part.takes)
        }
        precondition(firstEdge.count == scenario.scenes.count, "the parts must cover every scene")
        firstEdge.append(Int32(target.count))
        self.firstEdge = firstEdge
        self.target = target
        self.takes = takes
        var scenes = Array(repeating: false, count: scenario.scenes.count)
        var endings = Array(repeating: false, count: scenario.endings.count)
        var queue = [scenario.startScene]
        scenes[scenario.startScene] = true
        while let scene = queue.popLast() {
            for edge in Int(firstEdge[scene])..<Int(firstEdge[scene + 1]) {
                let next = Int(target[edge])
                if next < 0 {
                    endings[-1 - next] = true
                } else if !scenes[next] {
                    scenes[next] = true
                    queue.append(next)
                }
            }
        }
        reachableScenes = scenes
        reachableEndings = endings
    }

    /// Every edge, scene by scene in file order (a scene's timeout last), described in full.
    public func edges() -> [Edge] {
        var edges: [Edge] = []
        scenario.scenes.forEachAddress { scene, address in
            Self.forEachEdge(of: address) { choice, takes, route, destination, routeCondition in
                var optionCondition: Condition?
                if case .option(let position) = choice { optionCondition = scenario.scenes[scene].options[position].condition }
                edges.append(Edge(scene: scene, choice: choice, route: route, destination: destination, optionCondition: optionCondition,
                                  routeCondition: routeCondition.pointee, takes: takes))
            }
        }
        return edges
    }

    /// Calls `body` for each way out of the scene at `scene`: the choice, the minutes it takes, the route position,
    /// destination and the address of the route condition.
    private static func forEachEdge(of scene: UnsafePointer<Scene>, _ body: (Choice, Int, Int?, Destination, UnsafePointer<Condition?>) -> Void) {
        scene.pointee.options.forEachAddress { position, option in
            let consequence = option.pointer(to: \.consequence)!
            let takes = consequence.pointee.takes
            forEachRoute(at: consequence.pointer(to: \.next)!) { body(.option(position), takes, $0, $1, $2) }
        }
        if scene.pointee.timeLimitSeconds != nil, let timeout = scene.pointee.onTimeout {
            withUnsafePointer(to: timeout.next) { next in forEachRoute(at: next) { body(.timeout, timeout.takes, $0, $1, $2) } }
        }
    }

    /// Calls `body` with each destination `next` may lead to, its route position and condition; routes after an unconditional one are left out.
    public static func forEachRoute(of next: Next, _ body: (_ route: Int?, _ destination: Destination, _ condition: Condition?) -> Void) {
        withUnsafePointer(to: next) { next in
            forEachRoute(at: next) { route, destination, condition in body(route, destination, condition.pointee) }
        }
    }

    /// `forEachRoute(of:_:)` for the `next` at `next`, handing out the address of each condition: a walk that does
    /// not read the conditions counts no reference to them, which two threads walking the scenes at once share.
    private static func forEachRoute(at next: UnsafePointer<Next>, _ body: (_ route: Int?, _ destination: Destination, _ condition: UnsafePointer<Condition?>) -> Void) {
        switch next.pointee {
        case .destination(let destination):
            withUnsafePointer(to: Condition?.none) { body(nil, destination, $0) }
        case .routes(let routes):
            routes.withUnsafeBufferPointer { routes in
                for position in routes.indices {
                    let route = routes.baseAddress! + position, condition = route.pointer(to: \.condition)!
                    body(position, route.pointee.destination, condition)
                    if Condition.isAbsent(at: condition) { return }
                }
            }
        }
    }

    /// The most scenario minutes any path from the start scene can run, or nil when a loop that takes time makes it unbounded.
    ///
    /// A timed inject can fire only if its `at` is at most this.
    public func longestTime(from start: Int) -> Int? {
        let components = StronglyConnected(nodeCount: firstEdge.count - 1, firstEdge: firstEdge, target: target)
        // Components come sinks first, so each one's successors are done before it.
        var longest = Array(repeating: 0, count: components.count)
        for component in 0..<components.count {
            var best = 0
            for scene in components.members(of: component) where reachableScenes[scene] {
                for edge in Int(firstEdge[scene])..<Int(firstEdge[scene + 1]) {
                    let next = Int(target[edge]), minutes = Int(takes[edge])
                    if next < 0 {
                        best = max(best, minutes)
                    } else if components.component[next] == component {
                        if minutes > 0 { return nil }
                    } else {
                        best = max(best, minutes + longest[components.component[next]])
                    }
                }
            }
            longest[component] = best
        }
        return longest[components.component[start]]
    }
}
