/// Work run on another thread from the moment it is handed over, its result collected with `wait()`.
///
/// The work goes to an idle worker thread, or to a new one (see `WorkerThreads`). Unlike a dispatch
/// queue of a fixed width, a thread is certain to take it: the caller may block on the result in the
/// middle of its own work without the risk of both waiting on one worker. When no thread can be
/// started, the work runs at once on the caller's thread.
final class BackgroundWork<Result>: @unchecked Sendable {
    private let lock = ConditionLock()
    /// The result until taken, guarded by `lock`.
    private var result: Result?
    /// Whether the work has finished, guarded by `lock`.
    private var isFinished = false

    /// Starts `work` on another thread. `work` must not touch what the caller changes until `wait()` returns.
    init(_ work: @escaping () -> Result) {
        var pending: (() -> Result)? = work
        let started = WorkerThreads.run { [self] in
            let value = pending!()
            // Let go of the work before its result is out: a caller back from `wait()` may count on nothing
            // holding it any more (`Parallel.map` hands over closures that must not escape).
            pending = nil
            return {
                self.lock.update {
                    self.result = value
                    self.isFinished = true
                }
            }
        }
        if !started {
            pending = nil
            result = work()
            isFinished = true
        }
    }

    /// Waits for the work to finish (later calls return at once) and returns its result; not after `take()`.
    func wait() -> Result {
        lock.wait { result }
    }

    /// Waits for the work to finish and hands its result over, keeping no copy: an array in it is then
    /// referenced once, and appending to it does not copy it first. At most once, and not after `wait()`.
    func take() -> Result {
        lock.wait { result.take() }
    }

    /// Waits for the work to finish, whether or not its result was taken.
    func finish() {
        lock.wait { isFinished ? () : nil }
    }
}
