/// The strongly connected components of a directed graph (Tarjan's algorithm, iterative so that long chains cannot overflow the stack).
///
/// Components are numbered sinks first: every edge leads to a component with the same or a lower number.
struct StronglyConnected {
    /// Per node: its component.
    let component: [Int]
    /// Per component: its nodes.
    let members: [[Int]]

    var count: Int { members.count }

    init(nodeCount: Int, successors: (Int) -> [Int]) {
        let unvisited = -1
        var index = Array(repeating: unvisited, count: nodeCount)
        var lowLink = Array(repeating: 0, count: nodeCount)
        var onStack = Array(repeating: false, count: nodeCount)
        var component = Array(repeating: 0, count: nodeCount)
        var members: [[Int]] = []
        var stack: [Int] = []
        var counter = 0
        for root in 0..<nodeCount where index[root] == unvisited {
            // Each frame: a node, its successors and how many of them have been looked at.
            var frames: [(node: Int, next: [Int], position: Int)] = [(root, successors(root), 0)]
            index[root] = counter; lowLink[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while !frames.isEmpty {
                let top = frames.count - 1
                let node = frames[top].node
                if frames[top].position < frames[top].next.count {
                    let child = frames[top].next[frames[top].position]
                    frames[top].position += 1
                    if index[child] == unvisited {
                        index[child] = counter; lowLink[child] = counter; counter += 1
                        stack.append(child); onStack[child] = true
                        frames.append((child, successors(child), 0))
                    } else if onStack[child] {
                        lowLink[node] = min(lowLink[node], index[child])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
                guard lowLink[node] == index[node] else { continue }
                var group: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    component[member] = members.count
                    group.append(member)
                    if member == node { break }
                }
                members.append(group)
            }
        }
        self.component = component
        self.members = members
    }
}
