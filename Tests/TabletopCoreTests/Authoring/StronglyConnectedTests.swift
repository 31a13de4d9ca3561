import Testing
@testable import TabletopCore

@Suite("Strongly connected components")
struct StronglyConnectedTests {
    /// A graph in the compact form `StronglyConnected` takes, from each node's list of targets.
    private struct Graph {
        let firstEdge: [Int32]
        let target: [Int32]

        init(_ adjacency: [[Int]]) {
            var firstEdge: [Int32] = [0], target: [Int32] = []
            for targets in adjacency {
                target += targets.map(Int32.init)
                firstEdge.append(Int32(target.count))
            }
            self.firstEdge = firstEdge
            self.target = target
        }
    }

    /// Which nodes each node reaches (itself included), by a plain walk from each: the reference.
    private static func reach(_ adjacency: [[Int]]) -> [Set<Int>] {
        adjacency.indices.map { origin in
            var seen: Set<Int> = [origin], pending = [origin]
            while let node = pending.popLast() {
                for next in adjacency[node] where next >= 0 && seen.insert(next).inserted { pending.append(next) }
            }
            return seen
        }
    }

    @Test func componentsAreTheMutuallyReachableNodesNumberedSinksFirst() {
        var random = SplitMix64(seed: 7)
        for trial in 0..<300 {
            let nodeCount = Int(random.next() % 40)
            let density = 1 + Int(random.next() % 3)
            // Edges to random nodes, and now and then one that leaves the graph (a negative target).
            let adjacency = (0..<nodeCount).map { _ in
                (0..<Int(random.next() % UInt64(density + 1))).map { _ in random.next() % 8 == 0 ? -1 : Int(random.next() % UInt64(nodeCount)) }
            }
            let graph = Graph(adjacency)
            let components = StronglyConnected(nodeCount: nodeCount, firstEdge: graph.firstEdge, target: graph.target)
            let reach = Self.reach(adjacency)
            for a in 0..<nodeCount {
                for b in 0..<nodeCount {
                    let together = reach[a].contains(b) && reach[b].contains(a)
                    #expect((components.component[a] == components.component[b]) == together, "trial \(trial): nodes \(a) and \(b)")
                }
                for next in adjacency[a] where next >= 0 {
                    #expect(components.component[next] <= components.component[a], "trial \(trial): edge \(a) -> \(next) leads to a later component")
                }
            }
            // Each node is listed once, under its own component.
            var listed: [Int] = []
            for component in 0..<components.count {
                for member in components.members(of: component) {
                    #expect(components.component[member] == component)
                    listed.append(member)
                }
            }
            #expect(listed.sorted() == Array(0..<nodeCount))
        }
    }

    @Test func aLongChainNeedsNoDeepStack() {
        // 200,000 nodes in one path, the last leading back to the first: one component.
        let nodeCount = 200_000
        let graph = Graph((0..<nodeCount).map { [($0 + 1) % nodeCount] })
        let components = StronglyConnected(nodeCount: nodeCount, firstEdge: graph.firstEdge, target: graph.target)
        #expect(components.count == 1)
        #expect(components.members(of: 0).count == nodeCount)
    }
}
