#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TabletopTestSupport

/// A program running in its own tmux server (a unique socket per test), driven with keys and read from the pane.
///
/// The command runs under `sh`; when it exits, the wrapper writes its status and `stty -a` to files and waits,
/// so a test can check that the terminal was given back.
final class TmuxPane {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let socket = "tabletop-e2e-\(UUID().uuidString.prefix(8))"
    /// A folder of this test's own: status files, and the journals (`XDG_STATE_HOME` is `folder/state`).
    let folder: URL
    private let ownsFolder: Bool
    private var statusFile: URL { folder.appendingPathComponent("status") }
    private var sttyFile: URL { folder.appendingPathComponent("stty") }

    /// Starts `arguments` (the `tabletop` binary's) in a `width`x`height` pane, in the repository root;
    /// `folder` is shared with an earlier pane (to resume its journal), else a new one. `shellPrefix` is shell text
    /// put just before the command: a limit (`ulimit -f 4 &&`) or a launcher that execs the command after it.
    init(_ arguments: [String], width: Int = 100, height: Int = 30, environment: [String: String] = [:], folder: URL? = nil,
         shellPrefix: String = "") throws {
        guard Self.tmuxPath != nil else {
            throw Failure(description: "tmux is not installed; the end-to-end tests need it (apt-get install tmux)")
        }
        self.folder = folder ?? FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        ownsFolder = folder == nil
        try FileManager.default.createDirectory(at: self.folder, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(at: statusFile)
        try? FileManager.default.removeItem(at: sttyFile)
        // A clean environment: the test runner's own (NO_COLOR=1 under swift test, say) must not leak in.
        let inherited = ProcessInfo.processInfo.environment
        var variables = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "tmux-256color",
                         "PATH": inherited["PATH"] ?? "/usr/bin:/bin", "HOME": inherited["HOME"] ?? "/tmp",
                         "XDG_STATE_HOME": self.folder.appendingPathComponent("state").path]
        variables.merge(environment) { $1 }
        let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let command = ([Binary.tabletop.path] + arguments).map(Self.quote).joined(separator: " ")
        // `trap : INT` keeps the shell alive through a Ctrl-C meant for the program (which gets the default action back at exec).
        let script = "trap : INT; cd \(Self.quote(Binary.repositoryRoot.path)) && \(shellPrefix) env -i \(assignments) \(command); echo $? > \(Self.quote(statusFile.path)); stty -a > \(Self.quote(sttyFile.path)); sleep 120"
        try tmux(["-u", "new-session", "-d", "-x", String(width), "-y", String(height), "sh", "-c", script])
    }

    deinit {
        let socketPath = try? format("#{socket_path}")
        _ = try? tmux(["kill-server"])
        if let socketPath, !socketPath.isEmpty { try? FileManager.default.removeItem(atPath: socketPath) }
        if ownsFolder { try? FileManager.default.removeItem(at: folder) }
    }

    /// Sends tmux key names (`Enter`, `Escape`, `Up`, `C-c`) or single characters.
    func press(_ keys: String...) throws {
        try tmux(["send-keys"] + keys)
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-l", text])
    }

    /// The pane's text (with SGR escapes when `escapes`).
    func capture(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-J"] + (escapes ? ["-e"] : []))
    }

    /// A tmux format value such as `#{alternate_on}` or `#{pane_title}`.
    func format(_ format: String) throws -> String {
        try tmux(["display-message", "-p", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Closes the terminal under the program: the tmux session goes, and with it the pane's pseudo-terminal.
    func killSession() throws {
        try tmux(["kill-session"])
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", String(width), "-y", String(height)])
    }

    /// Polls the pane until it contains `text` (or any of `alternatives`); fails after `timeout` seconds with the pane's content.
    @discardableResult
    func waitFor(_ text: String, or alternatives: String..., timeout: Double = 15) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        repeat {
            screen = try capture()
            if ([text] + alternatives).contains(where: screen.contains) {
                // A frame can be caught half drawn: the screen is returned once a second look finds it unchanged.
                Thread.sleep(forTimeInterval: 0.05)
                if try capture() == screen { return screen }
                continue
            }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        throw Failure(description: "'\(text)' did not appear within \(timeout) s; the pane shows:\n\(screen)")
    }

    /// The journals written so far (in `folder/state/tabletop/sessions`).
    func journals() throws -> [String] {
        let sessions = folder.appendingPathComponent("state/tabletop/sessions")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: sessions.path)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.sorted().map { sessions.appendingPathComponent($0).path }
    }

    /// Waits for the program to exit; returns its status.
    func exitStatus(timeout: Double = 15) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let text = try? String(contentsOf: statusFile, encoding: .utf8), let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)),
               FileManager.default.fileExists(atPath: sttyFile.path) {
                return status
            }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        throw Failure(description: "the program did not exit within \(timeout) s; the pane shows:\n\((try? capture()) ?? "")")
    }

    /// The pid of the program (the shell's child).
    func programPID() throws -> Int32 {
        let shell = try format("#{pane_pid}")
        let children = try Self.run("/bin/ps", ["-o", "pid=", "--ppid", shell])
        guard let pid = children.split(separator: "\n").compactMap({ Int32($0.trimmingCharacters(in: .whitespaces)) }).first else {
            throw Failure(description: "no child process of the pane's shell \(shell)")
        }
        return pid
    }

    /// Waits until process `pid` has exited (gone, or a zombie nobody reaped yet); false after `timeout` seconds.
    static func waitForExit(of pid: Int32, timeout: Double = 15) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            guard let status = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
            // The state follows the command name in parentheses: "123 (tabletop) S ...".
            if let close = status.lastIndex(of: ")"), status[close...].dropFirst(2).first == "Z" { return true }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return false
    }

    /// Checks the terminal was given back after the program exited: normal screen, cursor shown, cooked modes with echo.
    func expectRestored(sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try format("#{alternate_on}") == "0", "still on the alternate screen", sourceLocation: sourceLocation)
        #expect(try format("#{cursor_flag}") == "1", "the cursor is hidden", sourceLocation: sourceLocation)
        let modes = try String(contentsOf: sttyFile, encoding: .utf8)
            .split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init)
        for mode in ["icanon", "echo", "isig", "icrnl", "opost"] {
            #expect(modes.contains(mode) && !modes.contains("-" + mode), "stty shows \(mode) off", sourceLocation: sourceLocation)
        }
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try Self.run(Self.tmuxPath ?? "tmux", ["-L", socket, "-f", "/dev/null"] + arguments)
    }

    static let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs a program to its end and returns what it printed (standard output and error, through a file).
    ///
    /// Uses `posix_spawn` and `waitpid`, not `Process`: Foundation's `Process` on Linux waits for a descriptor
    /// that the tmux server started by `new-session` inherits and keeps open, so it would never return.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-e2e-output-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The test runner's threads block signals; without this the tmux server would inherit that mask and
        // ignore the signals that stop it.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw Failure(description: "cannot run \(executable): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw Failure(description: "\(executable) \(arguments.joined(separator: " ")) failed (\(status)): \(text)")
        }
        return text
    }

    /// `text` quoted for `sh`.
    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
