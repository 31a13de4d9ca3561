extension Array {
    /// Calls `body` with each position and element, reading the element where it is stored.
    ///
    /// `for element in array` hands out a copy of each element, and copying a struct that holds arrays
    /// and strings counts a reference to each of them: an atomic operation, which threads that count
    /// the same references contend for. Lint walks every scene and option of a scenario on two threads.
    @inline(__always)
    func forEachInPlace(_ body: (_ position: Int, _ element: Element) -> Void) {
        forEachInPlace(in: indices, body)
    }

    /// Calls `body` with each position in `range` and the element there, read where it is stored.
    @inline(__always)
    func forEachInPlace(in range: Range<Int>, _ body: (_ position: Int, _ element: Element) -> Void) {
        precondition(range.clamped(to: indices) == range, "range out of bounds")
        withUnsafeBufferPointer { elements in
            for position in range { body(position, elements[position]) }
        }
    }
}
