/// Memory a command that exits right after its work leaves for the operating system to reclaim.
///
/// Freeing a large load piece by piece, or unmapping its file while a worker thread still runs, takes
/// longer than letting the process end with it: on 10,000 scenes, about 1.5 ms of `validate`'s 65 went
/// to freeing the loader's tables, the lint's and the document. Compilers skip the same work for the
/// same reason (clang's `-disable-free`). Nothing is kept until a command turns it on (`validate` does),
/// so a library caller or a long-lived process, such as the terminal drill, keeps nothing.
public final class LeftForExit: @unchecked Sendable {
    /// The process's keeper, which `validate` turns on.
    public static let shared = LeftForExit()

    private let lock = ConditionLock()
    /// Whether `keep` keeps; guarded by `lock`.
    private var isOn = false
    /// What was kept; guarded by `lock`, and never emptied.
    private var kept: [Any] = []

    init() {}

    /// Turns keeping on, for the rest of the process: for a command about to exit once its work is done.
    public func turnOn() {
        lock.withLock { isOn = true }
    }

    /// Keeps `value` (and whatever it references) alive until the process exits, when turned on.
    func keep(_ value: Any) {
        lock.withLock {
            if isOn { kept.append(value) }
        }
    }
}
