import Foundation
import Testing

/// `run --host` and `join` at the command line, before any terminal: usage errors and the sockets they refuse.
@Suite("Host and join commands")
struct TeamCommandTests {
    @Test("--socket, --group and --consensus without --host are a usage error")
    func hostOptionsNeedHost() throws {
        for option in [["--socket", "/tmp/x.sock"], ["--group", "staff"], ["--consensus"]] {
            let result = try CLIRunner.run(["run", "Scenarios/dependency-confusion.json"] + option)
            #expect(result.status == 64)
            #expect(result.stderr.contains("need --host"))
        }
    }

    @Test("An unknown group is a usage error, said before the terminal is taken over")
    func unknownGroup() throws {
        let result = try CLIRunner.run(["run", "Scenarios/dependency-confusion.json", "--host", "--group", "no-such-group-\(UUID().uuidString.prefix(6))"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("no group named"))
    }

    @Test("A path that is not a socket is never replaced: exit 73, the file untouched")
    func notASocket() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-not-a-socket-\(UUID().uuidString.prefix(8))")
        try "keep me".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CLIRunner.run(["run", "Scenarios/dependency-confusion.json", "--host", "--socket", file.path])
        #expect(result.status == 73)
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me")
    }

    @Test("join needs --role, and says when nothing is hosted at the socket (66)")
    func joinErrors() throws {
        let noRole = try CLIRunner.run(["join", "/tmp/x.sock"])
        #expect(noRole.status == 64)
        #expect(noRole.stderr.contains("--role"))
        let missing = try CLIRunner.run(["join", "/tmp/tabletop-none-\(UUID().uuidString.prefix(8)).sock", "--role", "lead"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("no drill is hosted at"))
    }
}
