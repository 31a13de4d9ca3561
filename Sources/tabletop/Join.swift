#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import TabletopCore
import TabletopLink
import TabletopUI

/// `tabletop join`: a participant's full-screen view of a drill hosted with `run --host`.
struct Join: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "join",
        abstract: "Join a hosted drill from your own terminal: follow it, vote on the options and argue for them.",
        discussion: """
            The facilitator runs 'tabletop run SCENARIO --host'; you see the same timeline, state, options and \
            countdown. Keys: arrows or j/k select, 1-9 or Enter vote (vote again to change it), a types a \
            one-line argument and votes with it, w withdraws the vote, PgUp/PgDn scroll, ? lists every key, \
            q leaves (run the same command to rejoin: you see the current state). From another machine: \
            ssh -t HOST tabletop join --role ROLE (docs/team-drills.md has a ForceCommand recipe). Exit \
            status: 0 when you left or the host closed the drill, 64 for a wrong role or name, 66 when no \
            drill is hosted at the socket or you may not open it, 69 when the connection to the host was lost \
            or the host dropped it.
            """
    )

    @Argument(help: ArgumentHelp("The host's socket (default: the one drill hosted in $XDG_RUNTIME_DIR/tabletop/ or /tmp/tabletop-UID/).",
                                 valueName: "socket"))
    var socket: String?

    @Option(help: "Your role: a role id of the drill's scenario.")
    var role: String

    @Option(help: "Your name as the team sees it (default: your login name).")
    var name: String?

    @Flag(help: "Draw without colours (NO_COLOR in the environment does the same).")
    var noColor = false

    func run() throws {
        let participant = Participant(role: role, name: name ?? Self.loginName())
        let path = try socket ?? Self.onlyHostedSocket()
        let link: ParticipantConnection
        do {
            link = try ParticipantConnection(socketPath: path, participant: participant)
        } catch {
            Console.err("tabletop: error: \(error.message)")
            throw Console.exit(error.exitStatus)
        }
        try MainActor.assumeIsolated {
            let reason = try DrillTerminal.run(colour: DrillTerminal.colourWanted(noColor: noColor), headless: "nothing: joining needs one (over SSH: ssh -t HOST tabletop join ...)",
                                               configuration: { AppConfiguration(glyphs: $0) }) { configuration, size in
                JoinedDrill(app: ParticipantApp(joining: participant, at: path, configuration: configuration, size: size), link: link)
            }
            try DrillTerminal.finish(reason)
        }
    }

    /// The login name (`USER`, else the password database's), or `participant`.
    private static func loginName() -> String {
        if let user = getenv("USER").map({ String(cString: $0) }), !user.isEmpty { return user }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "participant"
    }

    /// The socket of the one drill hosted in the default folders; a message and 66 when there is none, 64 when there are several.
    private static func onlyHostedSocket() throws -> String {
        let folders = [SocketLocation.defaultDirectory(for: .owner), SocketLocation.defaultDirectory(for: .group(getgid()))]
        let sockets = Array(Set(folders.flatMap(SocketLocation.sockets(in:)))).sorted()
        switch sockets.count {
        case 1:
            return sockets[0]
        case 0:
            Console.err("tabletop: error: no drill is hosted in \(Set(folders).sorted().joined(separator: " or ")); give the host's socket: tabletop join SOCKET --role ROLE")
            throw Console.exit(.noInput)
        default:
            Console.err("tabletop: error: several drills are hosted; name one: " + sockets.joined(separator: ", "))
            throw Console.exit(.usage)
        }
    }
}
