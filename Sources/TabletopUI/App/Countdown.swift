import TabletopCore

/// A scene's real-time limit, counted from ticks while it runs.
public struct Countdown: Hashable, Sendable {
    /// The limit, in nanoseconds.
    public var limit: UInt64
    /// Time counted so far, in nanoseconds; pauses do not count.
    public var elapsed: UInt64 = 0

    public init(seconds: Int) {
        limit = UInt64(max(0, seconds)) * 1_000_000_000
    }

    /// Whole seconds left, rounded up, so the display reaches 0 only when time is up.
    public var secondsLeft: Int {
        guard elapsed < limit else { return 0 }
        return Int((limit - elapsed + 999_999_999) / 1_000_000_000)
    }

    /// The countdown a host shared: `secondsLeft` of `limitSeconds`, counted on from here.
    public init(shared: LinkCountdown) {
        self.init(seconds: shared.limitSeconds)
        elapsed = min(limit, UInt64(max(0, shared.limitSeconds - shared.secondsLeft)) * 1_000_000_000)
    }

    public var expired: Bool { elapsed >= limit }

    /// Counts `nanoseconds` more.
    public mutating func advance(by nanoseconds: UInt64) {
        elapsed = min(limit, elapsed &+ nanoseconds)
    }

    /// `m:ss`, e.g. `1:45`.
    public var text: String {
        let seconds = secondsLeft
        let rest = seconds % 60
        return "\(seconds / 60):" + (rest < 10 ? "0" : "") + String(rest)
    }
}
