import ArgumentParser
import TabletopCore

/// `tabletop explore`: plays a drill many ways to find dead ends, unreachable scenes and endings, and the range of scores.
struct Explore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Play a drill many ways: reach of scenes and endings, dead ends, scores.",
        discussion: """
            By default plays --runs seeded random sessions; --exhaustive instead tries every choice \
            (timeouts included) from every state for the session seed --seed, remembering the states \
            it has seen. Reports how often each scene and ending was reached, every dead end (nothing \
            offered, no timeout) with choices that lead there, and with --playbook the lowest, median \
            and highest score with choices that reach them, and the expectations no path meets. Each \
            path is printed as the 'tabletop play' command that replays it. Exit status: 0 fine, 65 a \
            dead end was found or a file is invalid, 66 a file is missing, 64 usage.
            """
    )

    @Argument(help: "The scenario file.")
    var scenario: String

    @Option(help: "A playbook file to score the paths against.")
    var playbook: String?

    @Option(help: "How many random runs to play.")
    var runs: Int = 1000

    @Option(help: "The seed: random runs draw choices and session seeds from it; --exhaustive uses it as the session seed.")
    var seed: UInt64 = 0

    @Flag(help: "Search every path instead of playing random runs.")
    var exhaustive = false

    @Option(help: "Stop a path after this many decisions.")
    var maxDepth: Int = 1000

    @Option(help: "With --exhaustive: stop taking new states after this many.")
    var maxStates: Int = 1_000_000

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        guard maxDepth >= 1 else { throw ValidationError("--max-depth must be at least 1") }
        guard maxStates >= 1 else { throw ValidationError("--max-states must be at least 1") }
    }

    func run() throws {
        let scenario = try InputLoading.scenario(self.scenario)
        let playbook = try self.playbook.map { try InputLoading.playbook($0, for: scenario) }
        let explorer = Explorer(scenario: scenario, playbook: playbook)
        let report = exhaustive
            ? explorer.exhaustive(seed: seed, maxDepth: maxDepth, maxStates: maxStates)
            : explorer.randomRuns(runs, seed: seed, maxDepth: maxDepth)
        switch format {
        case .text: try Console.out(report.text(scenario: scenario, playbook: playbook, scenarioPath: self.scenario, playbookPath: self.playbook))
        case .json: try Console.out(report.json(scenario: scenario, playbook: playbook).rendered(pretty: true) + "\n")
        }
        if report.foundDeadEnd { throw Console.exit(.dataError) }
    }
}
