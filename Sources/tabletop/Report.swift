import ArgumentParser
import TabletopCore

extension ReportFormat: ExpressibleByArgument {}

/// `tabletop report`: the after-action report and improvement plan of a recorded drill.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the after-action report and improvement plan of a recorded drill.",
        discussion: """
            HSEEP layout: exercise overview, executive summary, timeline, analysis by phase, \
            improvement plan, appendix (seed, file hashes, tool version, verification status). \
            markdown renders on GitHub; html is one self-contained file with charts that prints well; \
            csv has one row per decision; json holds everything. The journal is verified and replayed \
            first: the scenario and playbook must be the files it was played from.
            """
    )

    @Argument(help: "The journal file.")
    var journal: String

    @Option(help: "Output format: markdown, html, json or csv.")
    var format: ReportFormat = .markdown

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        let report: AfterActionReport
        do {
            let inspection = try JournalInspection.inspect(journal)
            if let problem = inspection.verdict, inspection.replay != nil {
                Console.err(problem.asWarning.text)
                Console.err("tabletop report: warning: the journal did not verify; the report says so in its appendix")
            }
            report = try AfterActionReport(inspection: inspection)
        } catch {
            Console.err(error.text)
            throw Console.exit(error.status)
        }
        let text = ReportWriter.render(report, format: format)
        guard let output else { return try Console.out(text) }
        do {
            try OutputFile.write(Array(text.utf8), to: output)
        } catch {
            Console.err(error.text)
            throw Console.exit(error.status)
        }
        Console.err("tabletop: report: \(output)")
    }
}
