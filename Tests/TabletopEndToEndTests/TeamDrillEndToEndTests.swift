#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TabletopTestSupport

/// Host and join, end to end: the real binary, the facilitator and three participants in their own tmux servers,
/// joined through a Unix socket in the test's own folder.
@Suite("Team drill, end to end", .timeLimit(.minutes(3)))
struct TeamDrillEndToEndTests {
    /// A facilitator hosting `scenario` on a socket in its pane's folder, waiting at the briefing.
    private static func host(_ scenario: String = "Scenarios/dependency-confusion.json", _ extra: [String] = []) throws -> (pane: TmuxPane, socket: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tt-host-\(UUID().uuidString.prefix(8))")
        let socket = folder.appendingPathComponent("drill.sock").path
        let pane = try TmuxPane(["run", scenario, "--seed", "7", "--host", "--socket", socket] + extra, width: 120, height: 40, folder: folder)
        try pane.waitFor("[ Start the drill ]")
        return (pane, socket)
    }

    /// The sample drill hosted and started, with `people` (role, name) joined and shown its first scene.
    private static func started(_ extra: [String] = [], joining people: [(role: String, name: String)]) throws
        -> (host: TmuxPane, socket: String, participants: [TmuxPane]) {
        let (host, socket) = try Self.host("Scenarios/dependency-confusion.json", extra)
        try host.press("s")
        try host.waitFor("How do you respond to the alert?")
        let participants = try people.map { try Self.join(socket, role: $0.role, name: $0.name) }
        for pane in participants { try pane.waitFor("How do you respond to the alert?") }
        try host.waitFor("Team: 0 of \(people.count) voted")
        return (host, socket, participants)
    }

    /// The facilitator quits the running drill; every participant is told, exits with 0 and has its terminal back.
    private static func quit(_ host: TmuxPane, telling participants: [TmuxPane]) throws {
        try host.press("q", "y")
        #expect(try host.exitStatus() == 0)
        for pane in participants {
            #expect(try pane.exitStatus() == 0)
            try pane.expectRestored()
            try pane.waitFor("the host closed the drill")
        }
    }

    /// A participant joining `socket` as `name` in `role`.
    private static func join(_ socket: String, role: String, name: String) throws -> TmuxPane {
        try TmuxPane(["join", socket, "--role", role, "--name", name])
    }

    @Test("Three participants join, vote, change a vote and argue; the facilitator commits; one is killed and rejoins; the host quits")
    func hostAndThreeParticipants() throws {
        let (host, socket, joined) = try Self.started(joining: [("incident-commander", "Ana"), ("comms-lead", "Bo"), ("platform-lead", "Cy")])
        let (ana, bo) = (joined[0], joined[1])
        var cy = joined[2]
        try bo.waitFor("Incident commander's")

        try ana.press("1")
        try bo.press("a")
        try bo.waitFor("Your argument")
        try bo.type("customers will ask")
        try bo.press("Enter")
        try cy.press("2")
        try host.waitFor("Team: 3 of 3 voted")
        try cy.waitFor("your vote")
        try cy.press("1")
        let tallied = try host.waitFor("3 votes")
        #expect(tallied.contains("“customers will ask”"))
        try ana.waitFor("Team: 3 of 3 voted")

        try host.press("c")
        let dialog = try host.waitFor("Why this option?")
        #expect(dialog.contains("customers will ask"))
        try host.press("Enter")
        for pane in [ana, bo, cy] { try pane.waitFor("How do you find every build") }
        try host.waitFor("Team: 0 of 3 voted")

        try TmuxPane.run("/bin/kill", ["-KILL", String(try cy.programPID())])
        try host.waitFor("gone:")
        cy = try Self.join(socket, role: "platform-lead", name: "Cy")
        let rejoined = try cy.waitFor("How do you find every build")
        #expect(rejoined.contains("Declare an incident and open a bridge"))
        try host.waitFor("Team: 0 of 3 voted")

        try Self.quit(host, telling: [ana, bo, cy])

        let journal = try String(contentsOfFile: try #require(host.journals().first), encoding: .utf8)
        #expect(journal.contains("\"type\": \"joined\""))
        #expect(journal.contains("\"type\": \"vote\""))
        #expect(journal.contains("customers will ask"))
    }

    @Test("A participant who joins before the start follows the countdown, and the timeout applies at its end")
    func timeout() throws {
        let (host, socket) = try Self.host(Fixtures.path("quick-timeout.json"))
        let lead = try Self.join(socket, role: "lead", name: "Lee")
        try lead.waitFor("Waiting for the facilitator to start the drill.")
        try host.waitFor("Team: 1 joined")
        try host.press("s")
        try lead.waitFor("Block the package?")
        try lead.waitFor("time left 0:0")
        let ended = try lead.waitFor("The drill has ended", timeout: 20)
        #expect(ended.contains("Time ran out"))
        try host.press("Enter", "q")
        #expect(try host.exitStatus() == 0)
        #expect(try lead.exitStatus() == 0)
        try lead.expectRestored()
    }

    @Test("A host killed without a goodbye: its participants say the connection was lost, exit with 69, terminals restored")
    func hostKilled() throws {
        let (host, _, joined) = try Self.started(joining: [("incident-commander", "Ana")])
        try TmuxPane.run("/bin/kill", ["-KILL", String(try host.programPID())])
        #expect(try joined[0].exitStatus() == 69)
        try joined[0].expectRestored()
        try joined[0].waitFor("the connection to the host was lost")
    }

    @Test("resume --host hosts a journaled drill again where it stopped; a participant rejoins and sees it")
    func resumeHosted() throws {
        let (host, socket, joined) = try Self.started(joining: [("incident-commander", "Ana")])
        try joined[0].press("1")
        try host.waitFor("Team: 1 of 1 voted")
        try host.press("c")
        try host.waitFor("Why this option?")
        try host.press("Enter")
        try joined[0].waitFor("How do you find every build")
        try Self.quit(host, telling: joined)
        let journal = try #require(host.journals().first)
        let resumed = try TmuxPane(["resume", journal, "--host", "--socket", socket], width: 120, height: 40)
        try resumed.waitFor("How do you find every build")
        let ana = try Self.join(socket, role: "incident-commander", name: "Ana")
        let rejoined = try ana.waitFor("How do you find every build")
        #expect(rejoined.contains("Declare an incident and open a bridge"))
        try resumed.waitFor("Team: 0 of 1 voted")
        try Self.quit(resumed, telling: [ana])
    }

    @Test("--consensus commits once every participant voted the same option")
    func consensus() throws {
        let (host, _, joined) = try Self.started(["--consensus"], joining: [("incident-commander", "Ana"), ("comms-lead", "Bo")])
        let (ana, bo) = (joined[0], joined[1])
        try ana.press("2")
        try host.waitFor("Team: 1 of 2 voted")
        try bo.press("2")
        try host.waitFor("How do you find every build")
        try ana.waitFor("Let on-call dig in before escalating")
        try Self.quit(host, telling: joined)
    }

    @Test("Hostile clients (garbage, a declared 100 MB frame, a flood) are refused with a reason; the host and its participants go on")
    func hostileClients() throws {
        let (host, socket, joined) = try Self.started(joining: [("incident-commander", "Ana")])
        let ana = joined[0]
        try TmuxPane.run("/usr/bin/env", ["python3", "-c", Self.hostileScript, socket])
        try host.waitFor("Refused: ")
        try ana.press("2")
        try host.waitFor("Team: 1 of 1 voted")
        try host.press("c")
        try host.waitFor("Why this option?")
        try host.press("Enter")
        try ana.waitFor("How do you find every build")
        try Self.quit(host, telling: [ana])
    }

    /// Three hostile connections to the socket named by the first argument: a frame of garbage, a frame that declares
    /// 100 MB, and a flood of bytes written until the host hangs up.
    private static let hostileScript = """
        import socket, struct, sys, time
        def send(chunks, seconds):
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.connect(sys.argv[1])
            s.settimeout(seconds)
            deadline = time.time() + seconds
            try:
                for chunk in chunks:
                    s.sendall(chunk)
                    if time.time() > deadline: break
            except OSError:
                pass
            return s
        kept = [send([struct.pack(">I", 9) + b"not json!"], 1),
                send([struct.pack(">I", 100 * 1024 * 1024) + b"x" * 1024], 1),
                send(iter(lambda: struct.pack(">I", 8) + b"\\x00" * 8, None), 5)]
        time.sleep(0.5)
        """

    @Test("Joining a socket that does not exist says so and exits with 66; a wrong role is refused with 64")
    func refused() throws {
        let missing = try Self.join("/tmp/tabletop-no-such-\(UUID().uuidString.prefix(8)).sock", role: "lead", name: "Lee")
        #expect(try missing.exitStatus() == 66)
        try missing.waitFor("no drill is hosted at")
        let (host, socket) = try Self.host()
        let stranger = try Self.join(socket, role: "janitor", name: "Jo")
        #expect(try stranger.exitStatus() == 64)
        try stranger.expectRestored()
        try stranger.waitFor("unknown role 'janitor'")
        try host.press("q")
        #expect(try host.exitStatus() == 0)
    }

    @Test("A user who may not open the socket cannot join (root only: a temporary user is created)")
    func noAccess() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/sbin/useradd"),
              FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") else {
            print("skipped: creating a second user needs root, useradd and runuser")
            return
        }
        let user = "ttjoin\(UInt32.random(in: 1000...99999))"
        do {
            try TmuxPane.run("/usr/sbin/useradd", ["--no-create-home", "--shell", "/bin/sh", user])
        } catch {
            print("skipped: this machine does not allow creating a user (\(error))")
            return
        }
        defer { _ = try? TmuxPane.run("/usr/sbin/userdel", [user]) }
        let (host, socket) = try Self.host()
        // The folder is traversable, the socket (mode 0600) is the host's: only the permission on the socket stops the user.
        chmod(URL(fileURLWithPath: socket).deletingLastPathComponent().path, 0o755)
        let outcome = Self.runAs(user, [Binary.tabletop.path, "join", socket, "--role", "incident-commander"])
        #expect(outcome.status == 66)
        #expect(outcome.output.contains("permission denied"))
        try host.press("q")
        #expect(try host.exitStatus() == 0)
    }

    /// Runs `arguments` as `user` (through runuser) and returns its exit status and output.
    private static func runAs(_ user: String, _ arguments: [String]) -> (status: Int32, output: String) {
        let script = arguments.map { "'" + $0 + "'" }.joined(separator: " ") + "; echo \"status=$?\""
        let output = (try? TmuxPane.run("/usr/sbin/runuser", ["-u", user, "--", "/bin/sh", "-c", script])) ?? ""
        let status = output.split(separator: "\n").last { $0.hasPrefix("status=") }.flatMap { Int32($0.dropFirst(7)) } ?? -1
        return (status, output)
    }
}
