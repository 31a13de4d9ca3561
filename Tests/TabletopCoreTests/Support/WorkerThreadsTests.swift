#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
@testable import TabletopCore

/// Work handed to `BackgroundThread` runs on a worker thread, which is kept for the next piece of work.
@Suite("Worker threads")
struct WorkerThreadsTests {
    @Test("The work runs on another thread and its result comes back")
    func runsElsewhere() {
        let caller = currentThread()
        let task = BackgroundThread { (currentThread(), 6 * 7) }
        let (worker, answer) = task.wait()
        #expect(answer == 42)
        #expect(worker != caller)
        #expect(task.wait().1 == 42)
    }

    @Test("A worker that finished is handed later work: twenty pieces one after another take fewer threads")
    func reusesIdleWorkers() {
        WorkerThreads.prepare(count: 1)
        // Other tests hand work over meanwhile, so the same worker is not certain to come back every time.
        let threads = Set((0..<20).map { _ in BackgroundThread { currentThread() }.wait() })
        #expect(threads.count < 20)
    }

    @Test("Work that waits on work it handed over finishes, however many pieces are in flight")
    func nestedWorkNeverWaitsForAWorker() {
        let tasks = (0..<8).map { index in
            BackgroundThread { BackgroundThread { index * 2 }.wait() + 1 }
        }
        #expect(tasks.map { $0.wait() } == (0..<8).map { $0 * 2 + 1 })
    }

    @Test("Parallel.map returns the parts in order, run at once or one after another")
    func parallelMapKeepsOrder() {
        #expect(Parallel.map(parts: 4) { $0 * $0 } == [0, 1, 4, 9])
        #expect(Parallel.map(parts: 4, concurrently: false) { $0 * $0 } == [0, 1, 4, 9])
    }
}

/// An id of the calling thread.
private func currentThread() -> String {
    String(describing: pthread_self())
}
