extension Array {
    /// Calls `body` with each position and the address of the element there.
    ///
    /// `for element in array` hands out a copy of each element, and so does handing a stored element to
    /// a closure or capturing it in one: copying a struct that holds arrays and strings counts a reference
    /// to each of them, an atomic operation. Lint walks every scene and option of a scenario on two
    /// threads; through the elements' addresses it counts a reference only to what it reads.
    @inline(__always)
    func forEachAddress(_ body: (_ position: Int, _ element: UnsafePointer<Element>) -> Void) {
        forEachAddress(in: indices, body)
    }

    /// Calls `body` with each position in `range` and the address of the element there.
    @inline(__always)
    func forEachAddress(in range: Range<Int>, _ body: (_ position: Int, _ element: UnsafePointer<Element>) -> Void) {
        precondition(range.clamped(to: indices) == range, "range out of bounds")
        withUnsafeBufferPointer { elements in
            for position in range { body(position, elements.baseAddress! + position) }
        }
    }
}
