#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A mutex with one condition variable, for threads that hand work and results to each other.
///
/// ```
/// lock.update { job = work }              // changes the shared state, then wakes the waiting threads
/// let work = lock.wait { job.take() }     // sleeps until the state yields a value
/// ```
final class ConditionLock: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    /// Runs `body` holding the lock.
    func withLock<Value>(_ body: () -> Value) -> Value {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body()
    }

    /// Runs `change` holding the lock, then wakes every thread waiting in `wait(for:)`.
    func update(_ change: () -> Void) {
        withLock(change)
        pthread_cond_broadcast(condition)
    }

    /// Holding the lock, calls `take` until it returns a value, sleeping between calls until an `update`.
    func wait<Value>(for take: () -> Value?) -> Value {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while true {
            if let value = take() { return value }
            pthread_cond_wait(condition, mutex)
        }
    }
}
