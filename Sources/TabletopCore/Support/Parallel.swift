import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs independent parts of one piece of work on the machine's cores at once.
enum Parallel {
    /// The number of cores online (at least 1).
    static let coreCount = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    /// Calls `body` with each part number in `0..<parts`, the parts at the same time, and returns the results in part order.
    ///
    /// `body` must not write anything the other parts read: each part works on its own copy of any state.
    static func map<Result>(parts: Int, _ body: (Int) -> Result) -> [Result] {
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: parts)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        withoutActuallyEscaping(body) { body in
            // Each part writes only its own slot, and `concurrentPerform` returns once every part has.
            nonisolated(unsafe) let body = body
            nonisolated(unsafe) let slots = results
            DispatchQueue.concurrentPerform(iterations: parts) { part in slots[part] = body(part) }
        }
        return (0..<parts).map { results.moveElement(from: $0)! }
    }
}
