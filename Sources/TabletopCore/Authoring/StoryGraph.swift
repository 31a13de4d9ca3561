/// The static shape of a scenario: every way one decision can lead from a scene to a scene or an ending.
///
/// Conditions are not evaluated, so an edge is a way the story *may* go. A timeout counts only in a
/// scene with a `timeLimit` (without one it is never taken), and a route after a route without
/// `when` is left out (it is never tried).
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

    public let edges: [Edge]
    /// Per scene: the indices into `edges` of the edges leaving it, in file order (timeout last).
    public let outgoing: [[Int]]
    /// Per scene: whether some path from the start scene enters it.
    public let reachableScenes: [Bool]
    /// Per ending: whether some path from the start scene ends there.
    public let reachableEndings: [Bool]

    public init(scenario: Scenario) {
        var edges: [Edge] = []
        var outgoing: [[Int]] = []
        for (sceneIndex, scene) in scenario.scenes.enumerated() {
            var mine: [Int] = []
            func add(_ choice: Choice, _ consequence: Consequence, _ condition: Condition?) {
                for (route, destination, routeCondition) in Self.routes(of: consequence.next) {
                    mine.append(edges.count)
                    edges.append(Edge(scene: sceneIndex, choice: choice, route: route, destination: destination,
                                      optionCondition: condition, routeCondition: routeCondition, takes: consequence.takes))
                }
            }
            for (position, option) in scene.options.enumerated() {
                add(.option(position), option.consequence, option.condition)
            }
            if scene.timeLimitSeconds != nil, let timeout = scene.onTimeout {
                add(.timeout, timeout, nil)
            }
            outgoing.append(mine)
        }
        self.edges = edges
        self.outgoing = outgoing
        var scenes = Array(repeating: false, count: scenario.scenes.count)
        var endings = Array(repeating: false, count: scenario.endings.count)
        var queue = [scenario.startScene]
        scenes[scenario.startScene] = true
        while let scene = queue.popLast() {
            for edge in outgoing[scene] {
                switch edges[edge].destination {
                case .ending(let ending): endings[ending] = true
                case .scene(let next) where !scenes[next]:
                    scenes[next] = true
                    queue.append(next)
                case .scene: break
                }
            }
        }
        reachableScenes = scenes
        reachableEndings = endings
    }

    /// The destinations `next` may lead to, with the route position and condition; routes after an unconditional one are left out.
    public static func routes(of next: Next) -> [(route: Int?, destination: Destination, condition: Condition?)] {
        switch next {
        case .destination(let destination):
            return [(nil, destination, nil)]
        case .routes(let routes):
            var result: [(Int?, Destination, Condition?)] = []
            for (position, route) in routes.enumerated() {
                result.append((position, route.destination, route.condition))
                if route.condition == nil { break }
            }
            return result
        }
    }

    /// The most scenario minutes any path from the start scene can run, or nil when a loop that takes time makes it unbounded.
    ///
    /// A timed inject can fire only if its `at` is at most this.
    public func longestTime(from start: Int) -> Int? {
        let components = StronglyConnected(nodeCount: outgoing.count, successors: { scene in
            self.outgoing[scene].compactMap { if case .scene(let next) = self.edges[$0].destination { return next } else { return nil } }
        })
        // Components come sinks first, so each one's successors are done before it.
        var longest = Array(repeating: 0, count: components.count)
        for component in 0..<components.count {
            var best = 0
            for scene in components.members[component] where reachableScenes[scene] {
                for index in outgoing[scene] {
                    let edge = edges[index]
                    switch edge.destination {
                    case .ending:
                        best = max(best, edge.takes)
                    case .scene(let next):
                        let target = components.component[next]
                        if target == component {
                            if edge.takes > 0 { return nil }
                        } else {
                            best = max(best, edge.takes + longest[target])
                        }
                    }
                }
            }
            longest[component] = best
        }
        return longest[components.component[start]]
    }
}
