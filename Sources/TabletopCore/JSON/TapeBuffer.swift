/// The memory behind one part of a JSON tape: filled by the parser, then kept by the document.
///
/// The parser writes a node for every value of a file, 1.1 million for a scenario of 10,000 scenes.
/// Appending to an array checks each time that its buffer is not shared and keeps its count in the
/// buffer; the parser keeps this buffer's address, count and capacity in its own fields instead (see
/// `JSONParser.append`), which took a fifth of the parse's instructions off. This object owns the
/// memory: it grows it when the parser asks, and frees it when the last document using it goes.
final class TapeBuffer: @unchecked Sendable {
    /// The first node's address; it changes when the buffer grows.
    private(set) var base: UnsafeMutablePointer<JSONDocument.Node>
    /// The nodes there is room for.
    private(set) var capacity: Int
    /// The nodes written, set by the parser when it hands the buffer over.
    var count = 0

    /// Room for `capacity` nodes (16 at least).
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
        MemoryAdvice.useHugePages(base, bytes: self.capacity * MemoryLayout<JSONDocument.Node>.stride)
    }

    deinit {
        // Nodes are plain values: there is nothing to destroy, only the memory to free.
        base.deallocate()
    }

    /// Doubles the room, keeping the first `written` nodes.
    func grow(keeping written: Int) {
        let larger = UnsafeMutablePointer<JSONDocument.Node>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: written)
        base.deallocate()
        base = larger
        capacity *= 2
        MemoryAdvice.useHugePages(base, bytes: capacity * MemoryLayout<JSONDocument.Node>.stride)
    }

    /// The nodes written, valid while this buffer lives and does not grow.
    var nodes: UnsafeBufferPointer<JSONDocument.Node> { UnsafeBufferPointer(start: base, count: count) }
}
