import ArgumentParser
import TabletopCore

/// Measures one engine decision on a loaded scenario: the median and p99 of many single-decision timings.
struct DecisionBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decision",
        abstract: "Time single decisions of the engine on a scenario (first offered option each time)."
    )

    @Argument(help: "A scenario file, e.g. one written by scripts/generate-scenario.py.")
    var scenario: String

    @Option(help: "How many decisions to time.")
    var decisions: Int = 200_000

    func run() throws {
        let loaded = try BenchmarkInput.scenario(scenario)
        let engine = Engine(scenario: loaded)
        var samples: [Double] = []
        samples.reserveCapacity(decisions)
        var seed: UInt64 = 1
        var (state, _) = engine.start(seed: seed)
        for _ in 0..<decisions {
            if state.currentScene == nil {
                seed += 1
                (state, _) = engine.start(seed: seed)
            }
            let offered = engine.offeredOptions(state)
            let choice: Choice = offered.first.map { .option($0) } ?? .timeout
            let start = Stopwatch.now()
            _ = try? engine.decide(choice, state: &state)
            samples.append(Double(Stopwatch.now() - start) / 1000)
        }
        print(#"{"benchmark": "decision", "scenes": \#(loaded.scenes.count), "decisions": \#(decisions), "p50Microseconds": \#(Stopwatch.quantile(samples, 0.5)), "p99Microseconds": \#(Stopwatch.quantile(samples, 0.99))}"#)
    }
}
