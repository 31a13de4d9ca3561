import Foundation
import TabletopTestSupport

/// Runs the built `tabletop` binary and captures what it prints.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `tabletop` with `arguments` in the repository root.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        try launch(Binary.tabletop, arguments, in: Binary.repositoryRoot, environment: environment)
    }

    /// A test helper that could not do its part.
    struct Failure: Error, CustomStringConvertible {
        var description: String

        init(_ description: String) {
            self.description = description
        }
    }

    /// Runs a bash script in `directory`, with the built `tabletop` first on the PATH; `arguments` are its `$0`, `$1`...
    static func shell(_ script: String, arguments: [String] = [], in directory: URL) throws -> Result {
        let path = Binary.tabletop.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        return try launch(URL(fileURLWithPath: "/bin/bash"), ["-c", script] + arguments, in: directory, environment: ["PATH": path])
    }

    private static func launch(_ program: URL, _ arguments: [String], in directory: URL, environment: [String: String]) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes before waiting, so a large output cannot fill a pipe and block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}
