#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import TabletopCore
import TabletopTerminal
import TabletopUI

/// `tabletop run` (the default command): the full-screen terminal drill, from the picker or a given scenario to the debrief.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Play a drill in the full-screen terminal interface (the default command).",
        discussion: """
            Without a file it opens a picker of the scenarios found. Keys: arrows or j/k move, 1-9 pick, \
            Enter chooses, Esc goes back, n adds a note, p pauses the countdown, f shows the facilitator \
            view, ? lists every key, q quits (asking first during a drill). Needs a terminal of at least \
            80x24; to play without one use 'tabletop play'.
            """
    )

    @Argument(help: "A scenario file; without one, a picker lists the scenarios found.")
    var scenario: String?

    @Option(help: "A playbook file to score the drill against (default: the one that names the scenario in its 'scenarios').")
    var playbook: String?

    @Option(help: "A folder of scenarios for the picker (default: ./Scenarios).")
    var scenarios: String?

    @Option(help: "The session seed for dice rolls (default: a random one).")
    var seed: UInt64?

    @Flag(help: "Turn scenes' real-time limits off.")
    var noTimers = false

    @Flag(help: "Draw without colours (NO_COLOR in the environment does the same).")
    var noColor = false

    @Flag(help: "Show the facilitator view (expectations and live score) from the start.")
    var facilitator = false

    @Option(help: "Where to write the session journal (journals are not written by this build yet).")
    var journal: String?

    func run() throws {
        let recording = try SessionRecording(journal: journal)
        let seed = self.seed ?? UInt64.random(in: 0...UInt64.max)
        let start: DrillStart
        if let scenario {
            start = .setup(try DrillFiles.setup(scenario: scenario, playbook: playbook, seed: seed))
        } else {
            start = .picker(try PickerList.scan(folder: scenarios))
        }
        let colour = !noColor && (getenv("NO_COLOR").map { String(cString: $0) }?.isEmpty ?? true)
        let reason = try MainActor.assumeIsolated {
            let terminal: Terminal
            do {
                terminal = try Terminal(colour: colour)
            } catch let error as TerminalError {
                Console.err(error.message)
                throw Console.exit(.usage)
            }
            defer { terminal.restore() }
            let configuration = AppConfiguration(timers: !noTimers, facilitator: facilitator, glyphs: terminal.glyphs,
                                                 canExportReport: ReportExport.writer != nil)
            let app: App
            switch start {
            case .setup(let setup): app = App(setup: setup, configuration: configuration, size: terminal.size)
            case .picker(let list): app = App(picker: list.items, searched: list.searched, configuration: configuration, size: terminal.size)
            }
            let services = AppServices(
                load: { item in DrillFiles.load(item, seed: seed) },
                openRecorder: recording.open,
                exportReport: ReportExport.writer)
            return DrillLoop.run(AppDriver(app: app, services: services), on: terminal)
        }
        try finish(reason)
    }

    /// Says what happened once the terminal is back, and exits with the matching status.
    private func finish(_ reason: ExitReason) throws {
        switch reason {
        case .finished:
            return
        case .quit(let resume):
            Console.err("tabletop: you left the drill before its end. " + resumeAdvice(resume))
        case .signal(let signal, let resume):
            Console.err("tabletop: stopped by \(signal.name)." + (resume.map { " To resume the drill: \($0)" } ?? ""))
            throw ExitCode(signal.exitStatus)
        case .failed(let message):
            Console.err("tabletop: error: \(message)")
            throw Console.exit(.ioError)
        }
    }

    private func resumeAdvice(_ command: String?) -> String {
        command.map { "To resume it: \($0)" } ?? "The session was not saved, so it cannot be resumed."
    }
}

/// What the terminal drill opens on: a loaded scenario's briefing, or the picker.
enum DrillStart {
    case setup(DrillSetup)
    case picker(PickerList)
}
