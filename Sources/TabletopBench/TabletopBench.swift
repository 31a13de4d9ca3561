import ArgumentParser

/// `tabletop-bench`: in-process benchmarks, each printing one JSON object of medians (run in release mode by scripts/bench.py).
@main
struct TabletopBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tabletop-bench",
        abstract: "In-process benchmarks of tabletop; scripts/bench.py runs them all in release mode and writes docs/performance.md.",
        subcommands: [DecisionBenchmark.self, JournalAppendBenchmark.self, ResumeBenchmark.self, RenderBenchmark.self,
                      ExploreBenchmark.self, HostFanoutBenchmark.self]
    )
}
