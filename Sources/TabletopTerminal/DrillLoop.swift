#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TabletopUI

/// The main loop: events from the terminal into the driver, frames from the app out to the terminal, until an exit.
@MainActor
public enum DrillLoop {
    /// Runs until the app asks to exit (which includes a caught signal); the caller restores the terminal.
    public static func run(_ driver: AppDriver, on terminal: Terminal) -> ExitReason {
        var screen = Screen(driver.app.size)
        if let reason = driver.send(.tick(monotonicNanoseconds())) ?? driver.send(.resize(terminal.size)) { return reason }
        driver.app.render(into: &screen)
        terminal.draw(screen)
        while true {
            for event in terminal.nextEvents(now: monotonicNanoseconds) {
                if let reason = driver.send(event) { return reason }
            }
            driver.app.render(into: &screen)
            terminal.draw(screen)
        }
    }

    /// Nanoseconds on the monotonic clock.
    public static func monotonicNanoseconds() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }
}
