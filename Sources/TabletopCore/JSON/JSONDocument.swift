/// A parsed JSON file kept as a flat tape of nodes that remember their byte positions.
///
/// Values are addressed by node index (`JSONDocument.Index`). Strings and numbers are decoded only
/// when asked for, so a scenario is read without building an intermediate tree of Swift values.
/// Objects store each member as a key node immediately followed by its value node.
public struct JSONDocument: @unchecked Sendable {
    /// The address of one value in the document.
    public typealias Index = Int

    /// One value on the tape.
    ///
    /// Twelve bytes: the start offset, the kind and the escape flag share one word (a document is at most
    /// `maximumSize`, 2^28 bytes, so an offset into it takes 28 bits). A smaller tape is less fresh memory
    /// for the parser to fault in and less to read through for every reader that walks it.
    struct Node: Sendable {
        /// The start offset (low 28 bits), the kind (next 3) and the escape flag (top bit).
        private let head: UInt32
        /// Strings and numbers: byte offset one past the value. Containers: the number of nodes of the
        /// subtree, this one included, so that the node after it is that many places on. A size, not an
        /// index: a subtree's nodes are the same wherever it lies on the tape (see `JSONParser.spliceFragment`).
        var end: UInt32
        /// Containers: the number of members or elements.
        var count: UInt32

        init(kind: JSONKind, escaped: Bool, start: UInt32, end: UInt32, count: UInt32) {
            precondition(start < Self.startLimit, "offset beyond the largest document")
            head = start | UInt32(unsafeBitCast(kind, to: UInt8.self)) << 28 | (escaped ? 1 << 31 : 0)
            self.end = end
            self.count = count
        }

        private static var startLimit: UInt32 { 1 << 28 }

        /// Read back as the very byte `init` stored, so no check of the value is needed.
        var kind: JSONKind { unsafeBitCast(UInt8(truncatingIfNeeded: head >> 28) & 7, to: JSONKind.self) }
        /// For strings: whether the text contains escapes that must be decoded.
        var escaped: Bool { head >> 31 != 0 }
        /// Byte offset of the value's first byte (the opening quote of a string).
        var start: UInt32 { head & (Self.startLimit - 1) }
    }

    /// The largest file read; larger files are rejected before parsing.
    public static let maximumSize = 256 * 1024 * 1024
    /// The deepest nesting of arrays and objects accepted.
    public static let maximumDepth = 100

    /// A tape as the parser leaves it: in two parts when a large document was parsed on two threads,
    /// each part filled by one thread (see `JSONFragment`), else all in `tail`.
    struct TapeParts {
        /// The first nodes, or none.
        var head: TapeBuffer?
        /// The nodes after those of `head`.
        var tail: TapeBuffer
        /// The element nodes of the arrays just below the root.
        var elementLists = ElementLists()
    }

    /// The element nodes of each array one level below the root value (a member of the root object, such
    /// as a scenario's scenes), listed by the parser as it went. Listing the elements of a large array
    /// afterwards means reading one node per element, each on another part of the tape, each read waiting
    /// for the one before (an element's size says where the next starts): 0.8 ms for 10,000 scenes, on one
    /// thread, before anything else can start.
    struct ElementLists {
        private var arrays: [(array: Index, elements: [Index])] = []

        mutating func add(_ elements: [Index], ofArray array: Index) {
            arrays.append((array, elements))
        }

        /// The element nodes of the array at `array`, or nil when they were not listed.
        func elements(ofArray array: Index) -> [Index]? {
            arrays.first { $0.array == array }?.elements
        }
    }

    /// Keeps the file's bytes and the tape alive for the pointers below.
    final class Storage: @unchecked Sendable {
        /// The bytes when they were handed over as an array.
        let array: [UInt8]
        /// The bytes when they are a file mapped into memory.
        let file: MappedFile?
        let tape: TapeParts
        /// Where the tape's parts lie, for `Tape`.
        let layout: UnsafeMutablePointer<Tape.Layout>

        init(array: [UInt8], file: MappedFile?, tape: TapeParts) {
            self.array = array
            self.file = file
            self.tape = tape
            // Neither part is ever changed, so their buffers stay where they are while this lives.
            layout = .allocate(capacity: 1)
            layout.initialize(to: Tape.Layout(head: tape.head?.nodes ?? UnsafeBufferPointer(start: nil, count: 0), tail: tape.tail.nodes,
                                              elementLists: tape.elementLists))
        }

        deinit {
            layout.deinitialize(count: 1)
            layout.deallocate()
        }
    }

    /// Nil in a borrowed document (see `borrowed()`).
    private let storage: Storage?
    /// The file's bytes, read without counting references to them (`storage` owns them; in a borrowed
    /// document, the document it was borrowed from).
    let source: UnsafeBufferPointer<UInt8>
    /// The tape, read the same way, each read checked against its length as an array's would be.
    let nodes: Tape

    /// The nodes of a document, read through pointers to its two parts (see `TapeParts`).
    ///
    /// One pointer, to where the parts lie, so that a document stays four words: it is copied into every
    /// object reader and handed to most calls of a load. With both parts' pointers in it (seven words),
    /// it was copied through outlined helpers, and reading the scenes of a large scenario took a third longer.
    struct Tape {
        private let layout: UnsafePointer<Layout>

        /// Where the parts of a tape lie.
        struct Layout {
            let head: UnsafeBufferPointer<Node>
            let tail: UnsafeBufferPointer<Node>
            let elementLists: ElementLists
        }

        init(_ layout: UnsafePointer<Layout>) {
            self.layout = layout
        }

        /// A tape of no nodes.
        nonisolated(unsafe) static let empty = Tape(UnsafePointer(emptyLayout))
        nonisolated(unsafe) private static let emptyLayout: UnsafeMutablePointer<Layout> = {
            let layout = UnsafeMutablePointer<Layout>.allocate(capacity: 1)
            layout.initialize(to: Layout(head: UnsafeBufferPointer(start: nil, count: 0), tail: UnsafeBufferPointer(start: nil, count: 0),
                                         elementLists: ElementLists()))
            return layout
        }()

        var count: Int { layout.pointee.head.count + layout.pointee.tail.count }
        /// The element lists the parser made (see `ElementLists`).
        var elementLists: ElementLists { layout.pointee.elementLists }
        var indices: Range<Int> { 0..<count }

        @inline(__always)
        subscript(index: Int) -> Node {
            let head = layout.pointee.head, tail = layout.pointee.tail
            precondition(index >= 0 && index < head.count + tail.count, "node index out of range")
            return index < head.count ? head[index] : tail[index - head.count]
        }

        /// The index of the node after the subtree rooted at `index`.
        @inline(__always)
        func skip(_ index: Int) -> Int {
            let node = self[index]
            return node.kind == .array || node.kind == .object ? index + Int(node.end) : index + 1
        }
    }

    /// The file's bytes, as read (a copy, for a mapped file).
    public var bytes: [UInt8] {
        if let storage, storage.file == nil { return storage.array }
        return Array(source)
    }

    /// The root value.
    public var root: Index { 0 }

    /// Parses `bytes`, or throws the first syntax error.
    public init(bytes: [UInt8]) throws(JSONSyntaxError) {
        let tape = try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in try JSONParser.parse(buffer) }
        self.init(storage: Storage(array: bytes, file: nil, tape: tape))
    }

    /// Parses `bytes`, in two parts at once whenever they are `splittingFrom` bytes or more and a place
    /// to split is found, whatever the machine's cores (`Int.max`: on one thread). For tests and fuzzing,
    /// which compare both ways with `sameTape(as:)`; other callers let `init(bytes:)` decide.
    public init(bytes: [UInt8], splittingFrom minimum: Int) throws(JSONSyntaxError) {
        let tape = try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in try JSONParser.parse(buffer, splittingFrom: minimum) }
        self.init(storage: Storage(array: bytes, file: nil, tape: tape))
    }

    /// Whether two documents hold the same tape: every node of the same kind, place and size.
    public func sameTape(as other: JSONDocument) -> Bool {
        nodes.count == other.nodes.count && nodes.indices.allSatisfy { index in
            let one = nodes[index], two = other.nodes[index]
            return one.kind == two.kind && one.escaped == two.escaped && one.start == two.start && one.end == two.end && one.count == two.count
        }
    }

    /// Parses a file mapped into memory, which the document then keeps mapped; throws the first syntax error.
    public init(file: MappedFile) throws(JSONSyntaxError) {
        self.init(storage: Storage(array: [], file: file, tape: try JSONParser.parse(file.bytes)))
    }

    private init(storage: Storage) {
        self.storage = storage
        // Neither array is ever changed, so their buffers stay where they are while `storage` lives.
        source = storage.file?.bytes ?? storage.array.withUnsafeBufferPointer { $0 }
        nodes = Tape(storage.layout)
    }

    /// The same document, not keeping its memory alive: copying it counts no reference.
    ///
    /// Readers that copy the document into every object they read (see `ObjectReader`), or on several
    /// threads at once, use it while the owning document lives: each retain is an atomic operation,
    /// and threads that count references to one object wait on each other.
    ///
    /// Nothing made from a borrowed document may outlive the owning one: not its child sequences,
    /// nor a `DiagnosticSink` or `LineIndex` made from it. The loader and lint keep theirs inside
    /// the call that was handed the owning document, and hand out only node indices and finished diagnostics.
    func borrowed() -> JSONDocument {
        JSONDocument(borrowing: self)
    }

    private init(borrowing document: JSONDocument) {
        storage = nil
        source = document.source
        nodes = document.nodes
    }

    /// The kind of the value at `index`.
    public func kind(_ index: Index) -> JSONKind { nodes[index].kind }

    /// Byte offset where the value at `index` starts.
    public func offset(_ index: Index) -> Int { Int(nodes[index].start) }

    /// The number of members of an object or elements of an array (0 for scalars).
    public func count(_ index: Index) -> Int { Int(nodes[index].count) }

    /// The elements of an array, in order.
    public func elements(_ index: Index) -> ChildSequence {
        ChildSequence(nodes: nodes, owner: storage, first: index + 1, remaining: nodes[index].kind == .array ? Int(nodes[index].count) : 0, stride: 1)
    }

    /// The elements of an array as a list: the one the parser made for an array just below the root (see
    /// `ElementLists`), else found by walking the array.
    func elementList(_ index: Index) -> [Index] {
        nodes.elementLists.elements(ofArray: index) ?? Array(elements(index))
    }

    /// The key nodes of an object, in order; each key's value is at `key + 1`.
    public func keys(_ index: Index) -> ChildSequence {
        ChildSequence(nodes: nodes, owner: storage, first: index + 1, remaining: nodes[index].kind == .object ? Int(nodes[index].count) : 0, stride: 2)
    }

    /// The value of the member named `name` of an object (the first one, if duplicated).
    ///
    /// A literal name takes the `StaticString` overload, which compares bytes without a `String`.
    @_disfavoredOverload
    public func member(_ index: Index, _ name: String) -> Index? {
        for key in keys(index) where stringEquals(key, name) { return key + 1 }
        return nil
    }

    /// The value of the member named by a static key (the first one, if duplicated).
    public func member(_ index: Index, _ name: StaticString) -> Index? {
        for key in keys(index) where stringEquals(key, name) { return key + 1 }
        return nil
    }

    /// Whether the string at `index` equals `text`, compared without decoding when possible.
    public func stringEquals(_ index: Index, _ text: String) -> Bool {
        let node = nodes[index]
        guard node.kind == .string else { return false }
        if node.escaped { return string(index) == text }
        var text = text
        return text.withUTF8 { other in
            let length = Int(node.end - node.start) - 2
            guard other.count == length else { return false }
            return other.isEmpty || memoryEqual(source.baseAddress! + Int(node.start) + 1, other.baseAddress!, length)
        }
    }

    /// Whether the string at `index` equals a static key, compared byte for byte.
    @inline(__always)
    public func stringEquals(_ index: Index, _ text: StaticString) -> Bool {
        let node = nodes[index]
        let length = text.utf8CodeUnitCount
        guard node.kind == .string, Int(node.end - node.start) - 2 == length else { return false }
        if node.escaped { return string(index) == text.description }
        return memoryEqual(source.baseAddress! + Int(node.start) + 1, text.utf8Start, length)
    }

    /// The decoded text of a string value (empty for other kinds).
    public func string(_ index: Index) -> String {
        let node = nodes[index]
        guard node.kind == .string else { return "" }
        let start = Int(node.start) + 1, end = Int(node.end) - 1
        let raw = UnsafeBufferPointer(rebasing: source[start..<end])
        return node.escaped ? JSONStringDecoder.decode(raw) : String(decoding: raw, as: UTF8.self)
    }

    /// Calls `body` with the UTF-8 text of the string at `index`: straight from the file's bytes when it
    /// has no escapes, decoded otherwise (empty for other kinds). Looks a name up without making a `String`.
    public func withUTF8<Result>(_ index: Index, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let node = nodes[index]
        guard node.kind == .string, !node.escaped else {
            var text = string(index)
            return text.withUTF8(body)
        }
        return body(UnsafeBufferPointer(rebasing: source[Int(node.start) + 1 ..< Int(node.end) - 1]))
    }

    /// The raw bytes of a number or string value as written, quotes included.
    public func rawText(_ index: Index) -> String {
        let node = nodes[index]
        let end = node.kind == .string || node.kind == .number ? Int(node.end) : Int(node.start) + 1
        return String(decoding: UnsafeBufferPointer(rebasing: source[Int(node.start)..<end]), as: UTF8.self)
    }

    /// The number as an integer, when its literal is exactly a whole number within `Int`'s range (see `integerReading`).
    public func integer(_ index: Index) -> Int? {
        guard case .value(let value)? = integerReading(index) else { return nil }
        return value
    }

    /// The number as a double (nil for other kinds or values beyond the range of `Double`).
    public func number(_ index: Index) -> Double? {
        guard nodes[index].kind == .number, let value = Double(rawText(index)), value.isFinite else { return nil }
        return value
    }

    /// The RFC 6901 pointer of the value at `index`, e.g. `/scenes/3/options/0/next`.
    ///
    /// Builds the ancestry table each call; to locate many values, build it once with `ancestry()`.
    public func pointer(_ index: Index) -> String {
        pointer(index, ancestry: ancestry())
    }

    /// The RFC 6901 pointer of the value at `index`, given the table from `ancestry()`: time proportional to its depth.
    public func pointer(_ index: Index, ancestry: Ancestry) -> String {
        var parts: [String] = []
        var current = index
        while ancestry.parents[current] != UInt32.max {
            let parent = Int(ancestry.parents[current])
            if nodes[parent].kind == .object {
                // Children of an object alternate key, value: an even ordinal is a key (reported as the member's place).
                let key = ancestry.ordinals[current] % 2 == 0 ? current : current - 1
                parts.append(escapePointer(string(key)))
            } else {
                parts.append(String(ancestry.ordinals[current]))
            }
            current = parent
        }
        return parts.reversed().map { "/" + $0 }.joined()
    }

    /// The RFC 6901 pointer of the value at `index`, found by walking down from the root, past whole
    /// subtrees: time proportional to the children passed on the way (the elements before it in each
    /// array, the members before it in each object), with no table to build. For a few values of a large
    /// document; `pointer(_:ancestry:)` for many. A key is placed at its member, as there.
    public func pointerFromRoot(_ index: Index) -> String {
        var parts: [String] = []
        var current = root
        descent: while current != index {
            let container = nodes[current]
            let isObject = container.kind == .object
            guard isObject || container.kind == .array else { break }
            var child = current + 1, ordinal = 0
            while child < current + Int(container.end) {
                let value = isObject ? child + 1 : child
                let after = nodes.skip(value)
                if index < after {
                    parts.append(isObject ? escapePointer(string(child)) : String(ordinal))
                    current = index == child ? index : value
                    continue descent
                }
                child = after
                ordinal += 1
            }
            break
        }
        return parts.map { "/" + $0 }.joined()
    }

    /// For every node, its enclosing container and its position among that container's children.
    public struct Ancestry: Sendable {
        /// The index of each node's container, `UInt32.max` for the root.
        public var parents: [UInt32]
        /// Each node's position among its container's children (keys and values both count in objects).
        public var ordinals: [UInt32]
    }

    /// Every node's container and position, in one pass over the tape.
    public func ancestry() -> Ancestry {
        var parents = [UInt32](repeating: UInt32.max, count: nodes.count)
        var ordinals = [UInt32](repeating: 0, count: nodes.count)
        var open: [(index: Int, end: Int, children: UInt32)] = []
        for index in nodes.indices {
            while let last = open.last, last.end <= index { open.removeLast() }
            if !open.isEmpty {
                parents[index] = UInt32(open[open.count - 1].index)
                ordinals[index] = open[open.count - 1].children
                open[open.count - 1].children += 1
            }
            let node = nodes[index]
            if node.kind == .array || node.kind == .object { open.append((index, index + Int(node.end), 0)) }
        }
        return Ancestry(parents: parents, ordinals: ordinals)
    }

    private func escapePointer(_ text: String) -> String {
        text.replacing("~", with: "~0").replacing("/", with: "~1")
    }

    /// Iterates the direct children of a container.
    public struct ChildSequence: Sequence, IteratorProtocol, @unchecked Sendable {
        /// The document's tape, kept alive by `owner` (nil for a borrowed document's: see `borrowed()`).
        let nodes: Tape
        let owner: Storage?
        var upcoming: Int
        var remaining: Int
        let stride: Int

        init(nodes: Tape, owner: Storage?, first: Int, remaining: Int, stride: Int) {
            self.nodes = nodes
            self.owner = owner
            self.upcoming = first
            self.remaining = remaining
            self.stride = stride
        }

        /// A sequence with no children.
        public static let empty = ChildSequence(nodes: .empty, owner: nil, first: 0, remaining: 0, stride: 1)

        /// The number of children not yet iterated.
        public var count: Int { remaining }

        public var underestimatedCount: Int { remaining }

        public mutating func next() -> Int? {
            guard remaining > 0 else { return nil }
            remaining -= 1
            let current = upcoming
            // Skip the child (and, for objects, the key before the value).
            var after = current
            for _ in 0..<stride { after = nodes.skip(after) }
            upcoming = after
            return current
        }

        /// The non-nil results of `transform` for each child, in order, in an array made with room for all of
        /// them: `compactMap` grows its result as it goes, moving what it holds at each step.
        public func compactMapReserved<Element>(_ transform: (Int) throws -> Element?) rethrows -> [Element] {
            var result: [Element] = []
            result.reserveCapacity(remaining)
            for child in self {
                if let element = try transform(child) { result.append(element) }
            }
            return result
        }
    }
}

/// Whether two byte buffers hold the same bytes.
@inline(__always)
func bytesEqual(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    a.count == b.count && (a.isEmpty || memoryEqual(a.baseAddress!, b.baseAddress!, a.count))
}

/// Compares `count` bytes at two addresses, eight at a time while eight remain.
@inline(__always)
func memoryEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    var index = 0
    while count - index >= 8 {
        let one = UnsafeRawPointer(a).loadUnaligned(fromByteOffset: index, as: UInt64.self)
        if one != UnsafeRawPointer(b).loadUnaligned(fromByteOffset: index, as: UInt64.self) { return false }
        index += 8
    }
    while index < count {
        if a[index] != b[index] { return false }
        index += 1
    }
    return true
}
