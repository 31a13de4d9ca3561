/// A countdown as it stood when the snapshot was made; participants count down locally from there.
public struct LinkCountdown: Sendable, Hashable {
    public var secondsLeft: Int
    public var limitSeconds: Int
    public var paused: Bool

    public init(secondsLeft: Int, limitSeconds: Int, paused: Bool) {
        self.secondsLeft = secondsLeft
        self.limitSeconds = limitSeconds
        self.paused = paused
    }
}
