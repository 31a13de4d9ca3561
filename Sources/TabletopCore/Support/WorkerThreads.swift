#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Threads kept for `BackgroundWork`: an idle one takes new work at once.
///
/// A thread made for each piece of work may start on the core of the thread that made it, busy with
/// its own part, and wait there for the scheduler to move it: on a two-core machine both parts then
/// share one core for milliseconds. A worker that sleeps between pieces wakes where it last ran.
/// Work never waits for a worker: when none is idle, a new one is started.
enum WorkerThreads {
    private static let lock = ConditionLock()
    nonisolated(unsafe) private static var idle: [Worker] = []

    /// Runs `work` on an idle worker, or on a new one; false when no thread could be started.
    ///
    /// `work` returns what to do once its worker is idle again, such as publishing a result: the
    /// thread that waited for it may then hand the same worker its next piece at once.
    static func run(_ work: @escaping () -> () -> Void) -> Bool {
        guard let worker = lock.withLock({ idle.popLast() }) ?? Worker.started() else { return false }
        worker.hand(work)
        return true
    }

    /// Starts idle workers up to `count`, so that the first work handed over does not wait for a thread to
    /// start and to be moved to a free core: for a command about to share work out, such as `validate`.
    static func prepare(count: Int) {
        let missing = count - lock.withLock { idle.count }
        for _ in 0..<max(0, missing) {
            guard let worker = Worker.started() else { return }
            park(worker)
        }
    }

    /// Takes back a worker that finished its work.
    fileprivate static func park(_ worker: Worker) {
        lock.withLock { idle.append(worker) }
    }

    /// One thread that runs the work handed to it, one piece after another, for as long as the process lives.
    fileprivate final class Worker: @unchecked Sendable {
        private let lock = ConditionLock()
        /// The next piece of work, guarded by `lock`.
        private var job: (() -> () -> Void)?

        /// A worker on a thread of its own, waiting for work; nil when no thread could be started.
        static func started() -> Worker? {
            let worker = Worker()
            return ThreadStart.runDetached({ worker.serve() }) ? worker : nil
        }

        func hand(_ work: @escaping () -> () -> Void) {
            lock.update { job = work }
        }

        /// The thread's body: runs each piece handed over, then waits idle for the next.
        func serve() -> Never {
            var heapAdvised = false
            while true {
                let work = lock.wait { () -> (() -> () -> Void)? in
                    defer { job = nil }
                    return job
                }
                if !heapAdvised, HugePageHeap.isStarted {
                    HugePageHeap.adviseCurrentThread()
                    heapAdvised = true
                }
                let finish = work()
                WorkerThreads.park(self)
                finish()
            }
        }
    }
}

/// The body of a new thread, handed to `pthread_create` (which takes a C function, not a generic closure).
final class ThreadStart: @unchecked Sendable {
    let body: () -> Void

    private init(_ body: @escaping () -> Void) {
        self.body = body
    }

    /// Runs `body` on a new thread that cleans up after itself when it ends; false when none could be started.
    ///
    /// The thread starts with the signals a user or terminal sends the process blocked (interrupt, quit,
    /// hang-up, terminate, resize), so that they reach the thread that polls for them (the terminal's).
    /// Crash signals stay unblocked: they go to the thread that faults, whose handler restores the terminal.
    static func runDetached(_ body: @escaping () -> Void) -> Bool {
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        for signal in [SIGINT, SIGQUIT, SIGHUP, SIGTERM, SIGWINCH] { sigaddset(&blocked, signal) }
        // A new thread inherits its creator's mask: block them here for the moment it is created.
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        #if canImport(Darwin)
        var thread: pthread_t?
        #else
        var thread = pthread_t()
        #endif
        let context = Unmanaged.passRetained(ThreadStart(body)).toOpaque()
        let status = pthread_create(&thread, nil, { context in
            pthread_detach(pthread_self())
            Unmanaged<ThreadStart>.fromOpaque(context!).takeRetainedValue().body()
            return nil
        }, context)
        guard status == 0 else {
            Unmanaged<ThreadStart>.fromOpaque(context).release()
            return false
        }
        return true
    }
}
