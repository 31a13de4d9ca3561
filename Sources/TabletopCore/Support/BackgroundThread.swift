#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Work run on a thread of its own from the moment it is made, its result collected with `wait()`.
///
/// Unlike a dispatch queue, the thread is certain to exist: the caller may block on the result in the
/// middle of its own work without the risk of both waiting on one worker. When no thread can be
/// started, the work runs at once on the caller's thread.
final class BackgroundThread<Result>: @unchecked Sendable {
    /// The result, written by the thread before it ends and read only after joining it.
    private final class Outcome: @unchecked Sendable {
        var value: Result?
    }

    private let outcome = Outcome()
    private var thread: pthread_t?

    /// Starts `work` on a new thread. `work` must not touch what the caller changes until `wait()` returns.
    init(_ work: @escaping () -> Result) {
        let outcome = self.outcome
        thread = ThreadStart.run { outcome.value = work() }
        if thread == nil { outcome.value = work() }
    }

    /// Waits for the work to finish (once; later calls return at once) and returns its result.
    func wait() -> Result {
        if let thread {
            pthread_join(thread, nil)
            self.thread = nil
        }
        return outcome.value!
    }

    deinit {
        // Never waited for: the thread cleans up after itself when it ends.
        if let thread { pthread_detach(thread) }
    }
}

/// The body of a new thread, handed to `pthread_create` (which takes a C function, not a generic closure).
private final class ThreadStart: @unchecked Sendable {
    let body: () -> Void

    private init(_ body: @escaping () -> Void) {
        self.body = body
    }

    /// Runs `body` on a new thread; nil when none could be started.
    static func run(_ body: @escaping () -> Void) -> pthread_t? {
        #if canImport(Darwin)
        var thread: pthread_t?
        #else
        var thread = pthread_t()
        #endif
        let context = Unmanaged.passRetained(ThreadStart(body)).toOpaque()
        let status = pthread_create(&thread, nil, { context in
            Unmanaged<ThreadStart>.fromOpaque(context!).takeRetainedValue().body()
            return nil
        }, context)
        guard status == 0 else {
            Unmanaged<ThreadStart>.fromOpaque(context).release()
            return nil
        }
        return thread
    }
}
