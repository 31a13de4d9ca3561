#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import TabletopCore

/// Work handed to `BackgroundWork` runs on a worker thread, which is kept for the next piece of work.
@Suite("Worker threads")
struct WorkerThreadsTests {
    @Test("The work runs on another thread and its result comes back")
    func runsElsewhere() {
        let caller = currentThread()
        let task = BackgroundWork { (currentThread(), 6 * 7) }
        let (worker, answer) = task.wait()
        #expect(answer == 42)
        #expect(worker != caller)
        #expect(task.wait().1 == 42)
    }

    @Test("A worker that finished is handed later work: twenty pieces one after another take fewer threads")
    func reusesIdleWorkers() {
        WorkerThreads.prepare(count: 1)
        // Other tests hand work over meanwhile, so the same worker is not certain to come back every time.
        let threads = Set((0..<20).map { _ in BackgroundWork { currentThread() }.wait() })
        #expect(threads.count < 20)
    }

    @Test("A worker leaves interrupt, quit, hang-up, terminate and resize to other threads")
    func workersBlockTerminalSignals() {
        #expect(BackgroundWork { blockedSignals() }.wait() == [SIGINT, SIGQUIT, SIGHUP, SIGTERM, SIGWINCH])
    }

    @Test("A new thread starts with those signals blocked, and the thread that started it keeps its own")
    func newThreadsStartWithTerminalSignalsBlocked() {
        let before = blockedSignals()
        let lock = ConditionLock()
        var seen: Set<Int32>?
        #expect(ThreadStart.runDetached { let mask = blockedSignals(); lock.update { seen = mask } })
        #expect(lock.wait { seen } == [SIGINT, SIGQUIT, SIGHUP, SIGTERM, SIGWINCH])
        #expect(blockedSignals() == before)
    }

    @Test("Work that waits on work it handed over finishes, however many pieces are in flight")
    func nestedWorkNeverWaitsForAWorker() {
        let tasks = (0..<8).map { index in
            BackgroundWork { BackgroundWork { index * 2 }.wait() + 1 }
        }
        #expect(tasks.map { $0.wait() } == (0..<8).map { $0 * 2 + 1 })
    }

    @Test("Parallel.map returns the parts in order, run at once or one after another")
    func parallelMapKeepsOrder() {
        #expect(Parallel.map(parts: 4) { $0 * $0 } == [0, 1, 4, 9])
        #expect(Parallel.map(parts: 4, concurrently: false) { $0 * $0 } == [0, 1, 4, 9])
    }
}

/// A number of the calling thread, never given to another thread (a `pthread_t` may be reused once its thread ends).
private func currentThread() -> Int {
    ThreadNumbers.shared.number()
}

/// Numbers threads in the order they first ask, remembered in a thread-specific value.
private final class ThreadNumbers: @unchecked Sendable {
    static let shared = ThreadNumbers()
    private var key = pthread_key_t()
    private let lock = ConditionLock()
    private var next = 1

    private init() {
        pthread_key_create(&key, nil)
    }

    func number() -> Int {
        if let stored = pthread_getspecific(key) { return Int(bitPattern: stored) }
        let number = lock.withLock { () -> Int in
            defer { next += 1 }
            return next
        }
        pthread_setspecific(key, UnsafeRawPointer(bitPattern: number))
        return number
    }
}

/// Which of the signals a user or terminal sends are blocked on the calling thread.
private func blockedSignals() -> Set<Int32> {
    var mask = sigset_t()
    pthread_sigmask(SIG_BLOCK, nil, &mask)
    return Set([SIGINT, SIGQUIT, SIGHUP, SIGTERM, SIGWINCH].filter { sigismember(&mask, $0) == 1 })
}
