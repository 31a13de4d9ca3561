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
        let unvisited = -1
        var index = Array(repeating: unvisited, count: nodeCount)
        var lowLink = Array(repeating: 0, count: nodeCount)
        var onStack = Array(repeating: false, count: nodeCount)
        var component = Array(repeating: 0, count: nodeCount)
        var order: [Int] = []
        var start: [Int] = [0]
        var stack: [Int] = []
        // The depth-first path: each node and the next of its edges to look at.
        var frames: [(node: Int, edge: Int)] = []
        var counter = 0
        for root in 0..<nodeCount where index[root] == unvisited {
            index[root] = counter; lowLink[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            frames.append((root, Int(firstEdge[root])))
            while let top = frames.indices.last {
                let node = frames[top].node
                if frames[top].edge < Int(firstEdge[node + 1]) {
                    let child = Int(target[frames[top].edge])
                    frames[top].edge += 1
                    guard child >= 0 else { continue }
                    if index[child] == unvisited {
                        index[child] = counter; lowLink[child] = counter; counter += 1
                        stack.append(child); onStack[child] = true
                        frames.append((child, Int(firstEdge[child])))
                    } else if onStack[child] {
                        lowLink[node] = min(lowLink[node], index[child])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
                guard lowLink[node] == index[node] else { continue }
                while let member = stack.popLast() {
                    onStack[member] = false
                    component[member] = start.count - 1
                    order.append(member)
                    if member == node { break }
                }
                start.append(order.count)
            }
        }
        self.component = component
        self.order = order
        self.start = start
    }
}
