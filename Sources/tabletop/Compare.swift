import ArgumentParser
import TabletopCore

/// `tabletop compare`: several recorded drills side by side.
struct Compare: ParsableCommand {
    /// How the comparison is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Put several recorded drills side by side: score, rating per phase, ending, and the expectations that changed status.",
        discussion: """
            For the same team before and after a playbook change, or different teams on one scenario. \
            Each journal is replayed with its own scenario and playbook.
            """
    )

    @Argument(help: "Two or more journal files, oldest first.")
    var journals: [String] = []

    @Option(help: "Output format: text, markdown or json.")
    var format: Format = .text

    func validate() throws {
        guard journals.count >= 2 else { throw ValidationError("give at least two journals to compare") }
    }

    func run() throws {
        let comparison: DrillComparison
        do {
            comparison = try DrillComparison(journals.map { path throws(JournalProblem) in try JournalInspection.inspect(path) })
        } catch {
            Console.err(error.text)
            throw Console.exit(error.status)
        }
        switch format {
        case .text: try Console.out(comparison.text)
        case .markdown: try Console.out(comparison.markdown)
        case .json: try Console.out(comparison.json.rendered(pretty: true) + "\n")
        }
    }
}
