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

        /// Whether to draw in colour: not with `--no-color`, nor with `NO_COLOR` set.
        var colour: Bool { DrillTerminal.colourWanted(noColor: noColor) }

        /// The app's configuration for a terminal with `glyphs`.
        func configuration(canExportReport: Bool) -> (Glyphs) -> AppConfiguration {
            { glyphs in AppConfiguration(timers: !noTimers, facilitator: facilitator, glyphs: glyphs, canExportReport: canExportReport) }
        }
    }

    /// Whether to draw in colour: not with `--no-color`, nor when `NO_COLOR` is set and not empty.
    nonisolated static func colourWanted(noColor: Bool) -> Bool {
        !noColor && (getenv("NO_COLOR").map { String(cString: $0) }?.isEmpty ?? true)
    }

    /// Opens the terminal (exit 64 with a message when there is none), runs the app `makeApp` builds for it, restores the terminal.
    ///
    /// The debrief's export key is offered when the session has a journal; `headless` is the command suggested without a terminal.
    static func play(_ display: Display, services: AppServices, journal: SessionJournal, recorder: (any SessionRecorder)? = nil,
                     headless: String = "tabletop play SCENARIO --choices ...", makeApp: (AppConfiguration, Size) -> App) throws {
        let reason = try run(colour: display.colour, headless: headless, configuration: display.configuration(canExportReport: journal.isEnabled)) { configuration, size in
            AppDriver(app: makeApp(configuration, size), services: services, recorder: recorder)
        }
        try conclude(reason, journal: journal)
    }

    /// Names the journal, if there is one, says what happened and exits accordingly.
    static func conclude(_ reason: ExitReason, journal: SessionJournal) throws {
        // A journal whose start could not be written was removed: there is no path to give.
        if let path = journal.path, FilePath.exists(path) { Console.err("tabletop: journal: \(path)") }
        try finish(reason)
    }

    /// Opens the terminal (exit 64 with a message when there is none), runs the program `makeProgram` builds for it
    /// until it asks to exit, and restores the terminal; returns why it stopped.
    static func run<Program: LoopProgram>(colour: Bool, headless: String, configuration: (Glyphs) -> AppConfiguration,
                                          makeProgram: (AppConfiguration, Size) -> Program) throws -> ExitReason {
        let terminal: Terminal
        do {
            terminal = try Terminal(colour: colour)
        } catch {
            Console.err(error.message(headless: headless))
            throw Console.exit(.usage)
        }
        let reason = DrillLoop.run(makeProgram(configuration(terminal.glyphs), terminal.size), on: terminal)
        terminal.restore()
        return reason
    }

    /// Says what happened once the terminal is back, and exits with the matching status.
    nonisolated static func finish(_ reason: ExitReason) throws {
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
        case .closedByHost(let reason):
            Console.err("tabletop: the host closed the drill: \(reason).")
        }
    }
}
