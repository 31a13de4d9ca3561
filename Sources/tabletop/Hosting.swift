import ArgumentParser
import TabletopCore
import TabletopLink
import TabletopTerminal
import TabletopUI

/// The options of `run --host` and `resume --host`: whether to host, where the socket goes, who may join, and whether a
/// unanimous team commits; and the drill, hosted or not, they play.
struct Hosting: ParsableArguments {
    @Flag(help: "Host the drill: participants follow it, vote and argue from their own terminals with 'tabletop join' (see docs/team-drills.md).")
    var host = false

    @Option(help: ArgumentHelp("With --host: the socket to listen on (default: $XDG_RUNTIME_DIR/tabletop/SCENARIO.sock).", valueName: "path"))
    var socket: String?

    @Option(help: ArgumentHelp("With --host: let the members of this group join too (socket mode 0660; default: only you, 0600).", valueName: "name"))
    var group: String?

    @Flag(help: "With --host: commit a decision by itself once every connected participant voted for the same option.")
    var consensus = false

    func validate() throws {
        if !host, socket != nil || group != nil || consensus {
            throw ValidationError("--socket, --group and --consensus need --host")
        }
    }

    /// Plays the drill `makeApp` builds for the terminal (and its team, with `--host`). Without `--host` it is an
    /// unhosted drill; with it, listens first, runs it with the socket, tells the participants why it ends, then says
    /// what happened like an unhosted drill.
    @MainActor
    func play(_ display: DrillTerminal.Display, services: AppServices, journal: SessionJournal, recorder: (any SessionRecorder)? = nil,
              scenario: Scenario?, headless: String, makeApp: (AppConfiguration, Size, HostedTeam?) -> App) throws {
        guard host else {
            try DrillTerminal.play(display, services: services, journal: journal, recorder: recorder, headless: headless) { makeApp($0, $1, nil) }
            return
        }
        let (server, team) = try listen(name: scenario?.id ?? "drill", scenario: scenario)
        var hosted: HostedDrill?
        let reason = try DrillTerminal.run(colour: display.colour, headless: headless,
                                           configuration: display.configuration(canExportReport: journal.isEnabled)) { configuration, size in
            let driver = AppDriver(app: makeApp(configuration, size, team), services: HostedDrill.services(services, server: server), recorder: recorder)
            let program = HostedDrill(driver: driver, server: server)
            hosted = program
            return program
        }
        hosted?.close(after: reason)
        try DrillTerminal.conclude(reason, journal: journal)
    }

    /// Starts listening for the drill named `name` (the scenario's id), before the terminal is taken over, so that a
    /// socket problem is a plain message and its exit status.
    private func listen(name: String, scenario: Scenario?) throws -> (server: HostServer, team: HostedTeam) {
        do {
            let access = try group.map { (name) throws(LinkError) in try SocketAccess.group(named: name) } ?? .owner
            let path = socket ?? SocketLocation.defaultPath(name: name, access: access)
            let server = try HostServer(options: HostOptions(socketPath: path, access: access), drill: SharedDrillState(waitingFor: scenario))
            let command = "tabletop join " + ShellWord.quote(path) + " --role ROLE"
            return (server, HostedTeam(joinCommand: command, consensus: consensus))
        } catch {
            Console.err("tabletop: error: \(error.message)")
            throw Console.exit(error.exitStatus)
        }
    }
}
