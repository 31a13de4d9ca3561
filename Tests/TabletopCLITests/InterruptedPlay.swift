import Foundation
import TabletopTestSupport

/// Headless play reading its choices from standard input, stopped by a signal part-way through.
enum InterruptedPlay {
    /// What the stopped process left behind.
    struct Outcome {
        var process: Process
        var stdout: String
        var stderr: String
    }

    /// Runs `tabletop` with `arguments` plus `--choices - --format json` in the repository root, feeds `choices` one per
    /// line, and sends `signal` as soon as `journal` holds `decisions` decision lines (standard input still open).
    static func run(_ arguments: [String], feeding choices: [String], journal: String, signal: Int32, afterDecisions decisions: Int) throws -> Outcome {
        let process = Process()
        process.executableURL = Binary.tabletop
        process.arguments = arguments + ["--choices", "-", "--format", "json"]
        process.currentDirectoryURL = Binary.repositoryRoot
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try withTerminationSignalsUnblocked { try process.run() }
        for choice in choices { input.fileHandleForWriting.write(Data((choice + "\n").utf8)) }
        let deadline = Date().addingTimeInterval(30)
        while decisionLines(journal) < decisions, process.isRunning, Date() < deadline {
            usleep(2_000)
        }
        kill(process.processIdentifier, signal)
        let stdout = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try input.fileHandleForWriting.close()
        return Outcome(process: process, stdout: stdout, stderr: stderr)
    }

    /// Runs `body` with SIGINT, SIGTERM and SIGHUP unblocked on this thread: the test runner's threads block signals, and a
    /// child started meanwhile inherits this thread's mask (it would otherwise never see the signals sent to it).
    private static func withTerminationSignalsUnblocked(_ body: () throws -> Void) rethrows {
        var signals = sigset_t(), previous = sigset_t()
        sigemptyset(&signals)
        for number in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, number) }
        pthread_sigmask(SIG_UNBLOCK, &signals, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        try body()
    }

    /// How many decision lines the journal at `path` holds (0 while it does not exist).
    static func decisionLines(_ path: String) -> Int {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return 0 }
        return text.components(separatedBy: #""type": "decision""#).count - 1
    }
}
