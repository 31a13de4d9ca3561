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

    /// Calls `body` with each part number in `0..<parts` and returns the results in part order: the parts
    /// at the same time (each past the first on a `BackgroundWork`), or one after another in order when
    /// `concurrently` is false.
    ///
    /// `body` must not write anything the other parts read: each part works on its own copy of any state.
    static func map<Result>(parts: Int, concurrently: Bool = true, _ body: (Int) -> Result) -> [Result] {
        guard concurrently, parts > 1 else { return (0..<parts).map(body) }
        return withoutActuallyEscaping(body) { body in
            // Each part's worker has let go of `body` once that part's `wait()` returns (see `BackgroundWork`).
            let others = (1..<parts).map { part in BackgroundWork { body(part) } }
            let first = body(0)
            return [first] + others.map { $0.wait() }
        }
    }
}
