/// A stack of plain values that starts in memory the caller lends (normally a small stack allocation) and moves to the heap only when it outgrows it.
///
/// Compiling a typical condition thus allocates nothing for its working state, while hostile
/// input of any length still fits. Whoever creates one must call `release()` when done with it.
struct ExpressionScratchStack<Element: BitwiseCopyable> {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    private var ownsMemory = false
    /// How many elements the stack holds.
    private(set) var count = 0

    /// An empty stack in `memory`, which must outlive it (or its move to the heap).
    init(_ memory: UnsafeMutableBufferPointer<Element>) {
        base = memory.baseAddress!
        capacity = memory.count
    }

    var isEmpty: Bool { count == 0 }

    /// The element at `position`, counted from the bottom.
    subscript(position: Int) -> Element {
        get { base[position] }
        set { base[position] = newValue }
    }

    /// The top element; the stack must not be empty.
    var last: Element {
        get { base[count - 1] }
        set { base[count - 1] = newValue }
    }

    /// The elements from the bottom up, valid until the stack next changes.
    var elements: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    mutating func append(_ element: Element) {
        if count == capacity { grow() }
        base[count] = element
        count += 1
    }

    @discardableResult
    mutating func removeLast() -> Element {
        count -= 1
        return base[count]
    }

    /// Drops every element from `position` up.
    mutating func removeSuffix(from position: Int) {
        count = position
    }

    /// Frees the heap memory the stack moved to, if it did.
    mutating func release() {
        if ownsMemory { base.deallocate() }
        ownsMemory = false
        capacity = 0
        count = 0
    }

    /// Moves the elements to heap memory twice as large.
    @inline(never)
    private mutating func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: max(16, capacity * 2))
        larger.initialize(from: base, count: count)
        if ownsMemory { base.deallocate() }
        base = larger
        capacity = max(16, capacity * 2)
        ownsMemory = true
    }
}
