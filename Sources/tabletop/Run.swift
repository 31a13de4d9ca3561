import ArgumentParser
import TabletopCore
import TabletopUI

/// `tabletop run` (the default command): the full-screen terminal drill, from the picker or a given scenario to the debrief.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Play a drill in the full-screen terminal interface (the default command).",
        discussion: """
            Without a file it opens a picker of the scenarios found. Keys: arrows or j/k move, 1-9 pick, \
            Enter chooses, Esc goes back, n adds a note, p pauses the countdown, f shows the facilitator \
            view, ? lists every key, q quits (asking first during a drill). Needs a terminal of at least \
            80x24; to play without one use 'tabletop play'. Ctrl-C, SIGTERM, SIGHUP or a closed terminal \
            record a quit and exit with 130, 143 or 129, printing the command that resumes the drill; a \
            journal that cannot be written stops the drill with exit 74 (73 if it cannot be created).

            With --host the drill also listens on a Unix domain socket (never a network address): \
            participants join with 'tabletop join SOCKET --role ROLE' (over SSH too), vote and argue; the \
            team pane shows who joined and how each voted, c commits the option with the most votes (Enter \
            commits the selected one), the rationale prefilled from the arguments. See docs/team-drills.md.
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

    @OptionGroup var display: DrillTerminal.Display

    @Option(help: ArgumentHelp("Write the session journal to this file, or a new file in this folder (default: $XDG_STATE_HOME/tabletop/sessions).", valueName: "path"))
    var journal: String?

    @OptionGroup var hosting: Hosting

    func run() throws {
        let seed = self.seed ?? UInt64.random(in: 0...UInt64.max)
        let start: DrillStart
        if let scenario {
            start = .setup(try DrillFiles.setup(scenario: scenario, playbook: playbook, seed: seed))
        } else {
            start = .picker(try PickerList.scan(folder: scenarios))
        }
        try MainActor.assumeIsolated {
            let journal = SessionJournal(journal: self.journal)
            let services = AppServices(load: { item in DrillFiles.load(item, seed: seed) }, openRecorder: journal.open,
                                       exportReport: journal.exportReport)
            func makeApp(_ configuration: AppConfiguration, _ size: Size, team: HostedTeam?) -> App {
                switch start {
                case .setup(let setup): return App(setup: setup, configuration: configuration, size: size, team: team)
                case .picker(let list): return App(picker: list.items, searched: list.searched, configuration: configuration, size: size, team: team)
                }
            }
            let scenario: Scenario? = if case .setup(let setup) = start { setup.scenario } else { nil }
            try hosting.play(display, services: services, journal: journal, scenario: scenario,
                             headless: "tabletop play SCENARIO --choices ...") { makeApp($0, $1, team: $2) }
        }
    }
}

/// What the terminal drill opens on: a loaded scenario's briefing, or the picker.
enum DrillStart {
    case setup(DrillSetup)
    case picker(PickerList)
}
