#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import TabletopCore
import TabletopTerminal
import TabletopUI

/// Runs an app full-screen, gives the terminal back on every way out, then says what happened and exits accordingly.
@MainActor
enum DrillTerminal {
    /// How the drill is shown and timed: the options `run` and `resume` share.
    struct Display: ParsableArguments {
        @Flag(help: "Turn scenes' real-time limits off.")
        var noTimers = false

        @Flag(help: "Draw without colours (NO_COLOR in the environment does the same).")
        var noColor = false

        @Flag(help: "Show the facilitator view (expectations and live score) from the start.")
        var facilitator = false
    }

    /// Opens the terminal (exit 64 with a message when there is none), runs the app `makeApp` builds for it, restores the terminal.
    ///
    /// The debrief's export key is offered when the session has a journal; `headless` is the command suggested without a terminal.
    static func play(_ display: Display, services: AppServices, journal: SessionJournal, recorder: (any SessionRecorder)? = nil,
                     headless: String = "tabletop play SCENARIO --choices ...", makeApp: (AppConfiguration, Size) -> App) throws {
        let colour = !display.noColor && (getenv("NO_COLOR").map { String(cString: $0) }?.isEmpty ?? true)
        let terminal: Terminal
        do {
            terminal = try Terminal(colour: colour)
        } catch {
            Console.err(error.message(headless: headless))
            throw Console.exit(.usage)
        }
        let configuration = AppConfiguration(timers: !display.noTimers, facilitator: display.facilitator, glyphs: terminal.glyphs,
                                             canExportReport: journal.isEnabled)
        let driver = AppDriver(app: makeApp(configuration, terminal.size), services: services, recorder: recorder)
        let reason = DrillLoop.run(driver, on: terminal)
        terminal.restore()
        // A journal whose start could not be written was removed: there is no path to give.
        if let path = journal.path, FilePath.exists(path) { Console.err("tabletop: journal: \(path)") }
        try finish(reason)
    }

    /// Says what happened once the terminal is back, and exits with the matching status.
    private static func finish(_ reason: ExitReason) throws {
        switch reason {
        case .finished:
            return
        case .quit(let resume):
            Console.err("tabletop: you left the drill before its end. "
                + (resume.map { "To resume it: \($0)" } ?? "The session was not saved, so it cannot be resumed."))
        case .signal(let signal, let resume):
            Console.err("tabletop: stopped by \(signal.name)." + (resume.map { " To resume the drill: \($0)" } ?? ""))
            throw ExitCode(signal.exitStatus)
        case .failed(let message, let status):
            Console.err("tabletop: error: \(message)")
            throw Console.exit(status)
        }
    }
}
