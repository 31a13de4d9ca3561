import ArgumentParser
import TabletopCore

/// Measures `explore`: decisions per second of random runs and of exhaustive search on a loaded scenario.
struct ExploreBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Time explore's random runs and exhaustive search (decisions per second) on a scenario."
    )

    @Argument(help: "A scenario file, e.g. one written by scripts/generate-scenario.py 10000.")
    var scenario: String

    @Option(help: "Random runs per repetition.")
    var runs: Int = 20

    @Option(help: "States per exhaustive repetition.")
    var states: Int = 200_000

    @Option(help: "Stop a path after this many decisions (the generated 10,000-scene drill needs 10,000).")
    var maxDepth: Int = 20_000

    @Option(help: "Repetitions; the median is reported.")
    var repetitions: Int = 5

    func run() throws {
        let loaded = try BenchmarkInput.scenario(scenario)
        let explorer = Explorer(scenario: loaded, playbook: nil)
        var random: [Double] = [], exhaustive: [Double] = []
        var randomDecisions = 0, exhaustiveDecisions = 0
        for repetition in 0..<repetitions {
            var start = Stopwatch.now()
            let runs = explorer.randomRuns(self.runs, seed: UInt64(repetition), maxDepth: maxDepth)
            random.append(Double(runs.decisions) / (Double(Stopwatch.now() - start) / 1e9))
            randomDecisions = runs.decisions
            start = Stopwatch.now()
            let search = explorer.exhaustive(seed: UInt64(repetition), maxDepth: maxDepth, maxStates: states)
            exhaustive.append(Double(search.decisions) / (Double(Stopwatch.now() - start) / 1e9))
            exhaustiveDecisions = search.decisions
        }
        let randomRate = Int(Stopwatch.quantile(random, 0.5)), exhaustiveRate = Int(Stopwatch.quantile(exhaustive, 0.5))
        print(#"{"benchmark": "explore", "scenes": \#(loaded.scenes.count), "randomDecisions": \#(randomDecisions), "randomDecisionsPerSecond": \#(randomRate), "exhaustiveDecisions": \#(exhaustiveDecisions), "exhaustiveDecisionsPerSecond": \#(exhaustiveRate), "peakResidentBytes": \#(Stopwatch.peakResidentBytes())}"#)
    }
}
