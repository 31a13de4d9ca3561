import ArgumentParser

/// `tabletop-bench`: in-process benchmarks, each printing one JSON object of medians (run in release mode by scripts/bench.sh).
@main
struct TabletopBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tabletop-bench",
        abstract: "In-process benchmarks of tabletop; scripts/bench.sh runs them all in release mode.",
        subcommands: [DecisionBenchmark.self, RenderBenchmark.self]
    )
}
