import ArgumentParser
import TabletopCore
import TabletopTerminal
import TabletopUI

/// `tabletop resume`: reopens a recorded drill in the terminal where it stopped.
struct Resume: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Reopen a recorded drill in the terminal, exactly where it stopped.",
        discussion: """
            The journal is checked first (hash chain, scenario and playbook hashes, a replay of every \
            decision); the drill then goes on from the scene where it stopped, appending to the same \
            journal. With --host the resumed drill is hosted again: participants rejoin with 'tabletop join' \
            (see docs/team-drills.md). To continue headlessly instead: tabletop play --resume JOURNAL --choices a,b,c
            """
    )

    @Argument(help: "The journal file.")
    var journal: String

    @OptionGroup var display: DrillTerminal.Display

    @OptionGroup var hosting: Hosting

    func run() throws {
        let resumed = try InputLoading.resumedSession(journal)
        let start = resumed.start
        let setup = DrillSetup(scenario: start.scenario, scenarioFile: start.scenarioFile, playbook: start.playbook,
                               playbookFile: start.playbookFile, seed: start.seed)
        let timeline = TimelineItem.items(resuming: resumed)
        try MainActor.assumeIsolated {
            let sessionJournal = SessionJournal(resumed: resumed.writer.path)
            let services = AppServices(load: { _ in .failure(Failure("a resumed drill has no picker")) }, exportReport: sessionJournal.exportReport)
            let headless = SessionJournal.headlessResumeCommand(journal)
            @MainActor func makeApp(_ configuration: AppConfiguration, _ size: Size, team: HostedTeam?) -> App {
                let now = DrillLoop.monotonicNanoseconds()
                let session = DrillSession(setup: setup, participants: start.participants, state: resumed.state, timeline: timeline,
                                           timers: configuration.timers, now: now, paused: resumed.endsPaused)
                return App(resuming: session, resumeCommand: SessionJournal.resumeCommand(resumed.writer.path),
                           configuration: configuration, size: size, now: now, team: team)
            }
            try hosting.play(display, services: services, journal: sessionJournal, recorder: resumed.writer, scenario: setup.scenario,
                             headless: headless) { makeApp($0, $1, team: $2) }
        }
    }
}
