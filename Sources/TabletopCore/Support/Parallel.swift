#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs independent parts of one piece of work on the machine's cores at once.
enum Parallel {
    /// The number of cores this process may run on (at least 1).
    ///
    /// On Linux, those of its CPU affinity, which `taskset` and a container's CPU set narrow, as `nproc`
    /// counts them (read from /proc/self/status); elsewhere, or when that cannot be read, the cores online.
    /// A container's CPU quota (cgroup `cpu.max`) is not counted.
    static let coreCount: Int = {
        #if os(Linux)
        if let status = try? InputFile.read("/proc/self/status", limit: 1 << 20), let allowed = allowedCores(inStatus: status) {
            return allowed
        }
        #endif
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }()

    /// The number of cores in the `Cpus_allowed_list:` line of a Linux /proc status file (`0-3,8` is 5), or nil.
    static func allowedCores(inStatus bytes: [UInt8]) -> Int? {
        // Only that line becomes a String: splitting the whole file into lines of Characters took 0.7 million
        // instructions on the main thread before `validate` began.
        let field = Array("Cpus_allowed_list:".utf8)
        var lineStart = 0
        while lineStart < bytes.count, !bytes[lineStart...].starts(with: field) {
            guard let newline = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            lineStart = newline + 1
        }
        guard lineStart < bytes.count else { return nil }
        let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        let line = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        var count = 0
        for range in line.dropFirst(field.count).trimmedOfWhitespace.split(separator: ",") {
            let bounds = range.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
            guard bounds.count <= 2, let low = bounds.first ?? nil, let high = bounds.last ?? nil, low <= high else { return nil }
            count += high - low + 1
        }
        return count > 0 ? count : nil
    }

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
