import ArgumentParser
import TabletopCore

/// `tabletop validate`: checks scenario and playbook files like a compiler checks code.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenario and playbook files, alone and against each other.",
        discussion: """
            Files are recognised by their "format" key. A playbook is also checked against the \
            scenarios it names in "scenarios" (or the only scenario given). Problems are printed as \
            FILE:LINE:COL: error|warning: [CODE] message; scenarios are also linted (W3xx warnings). \
            Exit status: 0 valid (warnings allowed unless --strict), 65 invalid, 66 a file is missing \
            or unreadable, 64 usage. Every code is explained in docs/diagnostics.md.
            """
    )

    @Argument(help: "Scenario and playbook files.")
    var files: [String] = []

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(help: "Treat warnings as errors (exit 65 when there is any).")
    var strict = false

    func run() throws {
        guard !files.isEmpty else {
            throw ValidationError("give at least one scenario or playbook file")
        }
        // The process ends right after the report: the load is left for it to reclaim.
        LeftForExit.shared.turnOn()
        let report = Validation.run(paths: files, strict: strict)
        switch format {
        case .text:
            for file in report.files {
                if let error = file.readError { Console.err(error.text) }
                Console.report(file.diagnostics)
            }
            let summary = "\(report.files.count) file\(report.files.count == 1 ? "" : "s") checked: \(report.errorCount) error\(report.errorCount == 1 ? "" : "s"), \(report.warningCount) warning\(report.warningCount == 1 ? "" : "s")"
            if report.status == .ok { try Console.out(summary + "\n") } else { Console.err(summary) }
        case .json:
            let files: [JSONOutput] = report.files.map { file in
                .object([
                    ("path", .string(file.path)),
                    ("kind", .string(file.kind)),
                    ("valid", .bool(file.readError == nil && !file.diagnostics.contains { $0.severity == .error })),
                    ("readError", .string(file.readError?.message)),
                    ("diagnostics", .array(file.diagnostics.map(\.json))),
                ])
            }
            let output = JSONOutput.object([
                ("files", .array(files)),
                ("errors", .int(report.errorCount)),
                ("warnings", .int(report.warningCount)),
                ("status", .int(Int(report.status.rawValue))),
            ])
            try Console.out(output.rendered(pretty: true) + "\n")
        }
        Console.finish(report.status)
    }
}
