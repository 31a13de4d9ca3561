#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TabletopUI

/// What `DrillLoop` runs: a program that takes the terminal's events, draws frames, and may wait on more
/// descriptors than the keyboard (a host's socket, a participant's connection).
@MainActor
public protocol LoopProgram: AnyObject {
    /// Applies a terminal event (a key, a tick, a resize, a signal); returns why to exit, when the program should stop.
    func send(_ event: Event) -> ExitReason?
    /// Draws the current frame into `screen`.
    func render(into screen: inout Screen)
    /// The descriptors to wait on besides the keyboard, each with the `poll` events wanted (`POLLIN`, `POLLOUT`).
    func pollRequests() -> [pollfd]
    /// Does, without blocking, the I/O that became ready during the last wait; returns why to exit, if it must.
    func serviceDescriptors() -> ExitReason?
}

extension AppDriver: LoopProgram {
    /// Draws the app.
    public func render(into screen: inout Screen) {
        app.render(into: &screen)
    }

    /// A drill on its own waits on the keyboard only.
    public func pollRequests() -> [pollfd] { [] }

    /// Nothing to service: no descriptors.
    public func serviceDescriptors() -> ExitReason? { nil }
}
