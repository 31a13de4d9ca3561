/// The strongly connected components of a directed graph (Tarjan's algorithm, iterative so that long chains cannot overflow the stack).
///
/// The graph is given compactly: node `n`'s edges are `firstEdge[n]..<firstEdge[n + 1]`, and
/// `target[edge]` is where an edge leads (negative for an edge that leaves the graph). Components
/// are numbered sinks first: every edge leads to a component with the same or a lower number.
struct StronglyConnected {
    /// Per node: its component.
    let component: [Int]
    /// The nodes of all components, component by component; component `c` is `order[start[c]..<start[c + 1]]`.
    private let order: [Int]
    private let start: [Int]

    var count: Int { start.count - 1 }

    func members(of component: Int) -> ArraySlice<Int> {
        order[start[component]..<start[component + 1]]
    }

    init(nodeCount: Int, firstEdge: [Int32], target: [Int32]) {
        precondition(firstEdge.count == nodeCount + 1 && nodeCount < Int(Int32.max), "an edge list that does not match the node count")
        // The walk keeps its lists in one block of memory, each sized for every node (a node is on the path
        // and on the stack at most once): a step of the walk, of which there is one per edge of a story graph,
        // then reads and writes without checking bounds or uniqueness. The lint runs it on one thread.
        let scratch = UnsafeMutablePointer<Int32>.allocate(capacity: 7 * max(nodeCount, 1))
        defer { scratch.deallocate() }
        // Per node: its depth-first number plus one (0 while unvisited), and its low link (Int32.max once it is in a component).
        let number = scratch, lowLink = scratch + nodeCount
        number.initialize(repeating: 0, count: 2 * nodeCount)
        // The nodes visited but not yet in a component; the depth-first path, each node with the next of its
        // edges to look at; each node's component; the nodes in the order their components were found.
        let stack = scratch + 2 * nodeCount, pathNode = scratch + 3 * nodeCount, pathEdge = scratch + 4 * nodeCount
        let componentOf = scratch + 5 * nodeCount, members = scratch + 6 * nodeCount
        var start: [Int] = [0]
        firstEdge.withUnsafeBufferPointer { firstEdge in
            target.withUnsafeBufferPointer { target in
                var counter: Int32 = 0, stackCount = 0, found = 0
                for root in 0..<nodeCount where number[root] == 0 {
                    counter += 1
                    number[root] = counter; lowLink[root] = counter
                    stack[stackCount] = Int32(root); stackCount += 1
                    pathNode[0] = Int32(root); pathEdge[0] = firstEdge[root]
                    var depth = 1
                    while depth > 0 {
                        let node = Int(pathNode[depth - 1]), edge = Int(pathEdge[depth - 1])
                        if edge < Int(firstEdge[node + 1]) {
                            pathEdge[depth - 1] += 1
                            let child = Int(target[edge])
                            guard child >= 0 else { continue }
                            if number[child] == 0 {
                                counter += 1
                                number[child] = counter; lowLink[child] = counter
                                stack[stackCount] = Int32(child); stackCount += 1
                                pathNode[depth] = Int32(child); pathEdge[depth] = firstEdge[child]
                                depth += 1
                            } else if lowLink[child] != .max {
                                lowLink[node] = min(lowLink[node], number[child])
                            }
                            continue
                        }
                        depth -= 1
                        if depth > 0 {
                            let parent = Int(pathNode[depth - 1])
                            lowLink[parent] = min(lowLink[parent], lowLink[node])
                        }
                        guard lowLink[node] == number[node] else { continue }
                        let component = Int32(start.count - 1)
                        while stackCount > 0 {
                            stackCount -= 1
                            let member = Int(stack[stackCount])
                            lowLink[member] = .max
                            componentOf[member] = component
                            members[found] = Int32(member); found += 1
                            if member == node { break }
                        }
                        start.append(found)
                    }
                }
            }
        }
        component = (0..<nodeCount).map { Int(componentOf[$0]) }
        order = (0..<nodeCount).map { Int(members[$0]) }
        self.start = start
    }
}
