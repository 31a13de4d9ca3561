/// A token bucket: a burst of `burst` messages, refilled at `perSecond` a second; a message without a token breaks the limit.
struct MessageRateLimit {
    let burst: Double
    let perSecond: Double
    private var tokens: Double
    private var last: UInt64

    init(burst: Int, perSecond: Int, now: UInt64) {
        self.burst = Double(burst)
        self.perSecond = Double(perSecond)
        self.tokens = Double(burst)
        self.last = now
    }

    /// Takes a token for one message at monotonic time `now` (nanoseconds); false when none is left.
    mutating func admit(now: UInt64) -> Bool {
        if now > last {
            tokens = min(burst, tokens + Double(now - last) / 1e9 * perSecond)
            last = now
        }
        guard tokens >= 1 else { return false }
        tokens -= 1
        return true
    }
}
