#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TabletopUI

/// The main loop: events from the terminal (and the program's own descriptors) into the program, frames out to
/// the terminal, until an exit.
@MainActor
public enum DrillLoop {
    /// Runs until the program asks to exit (which includes a caught signal); the caller restores the terminal.
    public static func run(_ program: some LoopProgram, on terminal: Terminal) -> ExitReason {
        var screen = Screen(terminal.size)
        if let reason = program.send(.tick(monotonicNanoseconds())) ?? program.send(.resize(terminal.size)) { return reason }
        program.render(into: &screen)
        terminal.draw(screen)
        while true {
            for event in terminal.nextEvents(now: monotonicNanoseconds, alsoWaitingOn: program.pollRequests()) {
                if let reason = program.send(event) { return reason }
            }
            if let reason = program.serviceDescriptors() { return reason }
            program.render(into: &screen)
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
