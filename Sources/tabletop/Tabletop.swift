#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import TabletopCore

/// The `tabletop` command: incident-response tabletop drills in the terminal.
@main
struct Tabletop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tabletop",
        abstract: "Run incident-response tabletop drills: scenarios and playbooks as code, scored.",
        version: ToolInfo.version,
        subcommands: [Run.self, Join.self, Validate.self, Play.self, Resume.self, Verify.self, Report.self, Compare.self,
                      Explore.self, Graph.self, Schema.self, New.self, List.self, Actions.self],
        defaultSubcommand: Run.self
    )

    /// Runs the command line; a file-size limit (`ulimit -f`) then fails a write with EFBIG, which is reported, instead of killing the process.
    static func main() {
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(reporting: error)
        }
    }

    /// Ends the process after an error or a request such as `--help`, as ArgumentParser would, except
    /// that help or a version that cannot be written (a full disk, a closed pipe) exits with 74.
    private static func exit(reporting error: Error) -> Never {
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if code == .success, !message.isEmpty {
            do {
                try Console.out(message + "\n")
            } catch {
                Console.finish(.ioError)
            }
        } else if !message.isEmpty {
            Console.err(message)
        }
        Glibc.exit(code.rawValue)
    }
}
