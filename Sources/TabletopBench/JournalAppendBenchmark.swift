import ArgumentParser
import TabletopCore

/// Measures one journal append: a decision line written with one `write` and made durable with `fsync`.
struct JournalAppendBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal-append",
        abstract: "Time single journal appends (one write and one fsync each) of a decision line."
    )

    @Argument(help: "A scenario file (its first option gives the decision line).")
    var scenario: String

    @Option(help: "How many appends to time.")
    var appends: Int = 2_000

    @Option(help: "The folder to write the journal in (use the disk the journals will live on).")
    var directory: String = "/tmp"

    func run() throws {
        let session = try BenchmarkInput.journaledSession(scenario, in: directory)
        let (loaded, writer) = (session.scenario, session.writer)
        let scene = loaded.scenes[session.state.currentScene ?? 0]
        let option = scene.options[0]
        let decision = JournalEvent.decision(JournalDecision(
            scene: scene.id, option: option.id, actions: option.consequence.actions.map { loaded.actionIDs[$0] },
            role: option.role.map { loaded.roles[$0].id }, rationale: "Contain first: the agent is still building.", decisionSeconds: 42.125,
            rolls: [RecordedRoll(variable: "luck", value: 4)]))
        var samples: [Double] = []
        samples.reserveCapacity(appends)
        var bytes = 0
        for _ in 0..<appends {
            let start = Stopwatch.now()
            let entry = try writer.append(decision, clock: 0)
            samples.append(Double(Stopwatch.now() - start) / 1000)
            bytes = entry.line.utf8.count + 1
        }
        print(#"{"benchmark": "journal-append", "appends": \#(appends), "lineBytes": \#(bytes), "directory": "\#(directory)", "p50Microseconds": \#(Stopwatch.quantile(samples, 0.5)), "p99Microseconds": \#(Stopwatch.quantile(samples, 0.99)), "journal": "\#(writer.path)"}"#)
    }
}
