import ArgumentParser
import TabletopCore

/// `tabletop resume`: reopens a recorded drill in the terminal where it stopped.
///
/// The full-screen drill is not built yet: this checks that the journal can be resumed, then says how to
/// continue headlessly. The terminal drill replaces the last step with `ResumedSession.open` and its UI.
struct Resume: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Reopen a recorded drill in the terminal, exactly where it stopped.",
        discussion: """
            Needs the terminal drill, which is not built yet. Until then, continue a session headlessly \
            with: tabletop play --resume JOURNAL --choices a,b,c
            """
    )

    @Argument(help: "The journal file.")
    var journal: String

    func run() throws {
        let inspection: JournalInspection
        do {
            inspection = try JournalInspection.inspect(journal)
        } catch {
            Console.err(error.text)
            throw Console.exit(error.status)
        }
        if let problem = inspection.chainProblem ?? inspection.fileProblem ?? inspection.replayProblem {
            Console.err(problem.text)
            throw Console.exit(problem.status)
        }
        Console.err("tabletop resume: error: reopening a drill needs the terminal drill, which this build does not have yet")
        Console.err("tabletop resume: to continue headlessly: tabletop play --resume \(journal) --choices OPTION,OPTION,...")
        throw Console.exit(.usage)
    }
}
