import ArgumentParser
import TabletopCore

/// Measures reopening a long journal: read, check the hash chain and the files' hashes, replay every decision, open for appending.
struct ResumeBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Record a journal of many decisions on a looping scenario, then time ResumedSession.open on it.",
        discussion: """
            The scenario is written by the benchmark: twelve scenes in a loop, with conditions, dice, \
            scene injects and a timed inject every half hour, so that any number of decisions fits in a \
            drill-sized file. A scenario file given instead must not end before the decisions run out.
            """
    )

    @Argument(help: "A scenario file to use instead of the looping one.")
    var scenario: String?

    @Option(help: "How many decisions the journal holds.")
    var decisions: Int = 1_000

    @Option(help: "How many times to reopen it.")
    var runs: Int = 30

    @Option(help: "The folder to write the journal in.")
    var directory: String = "/tmp"

    func run() throws {
        let scenario = try self.scenario ?? writeLoopingScenario()
        var session = try BenchmarkInput.journaledSession(scenario, in: directory)
        let (loaded, engine, writer) = (session.scenario, session.engine, session.writer)
        for number in 0..<decisions {
            // Cycle through the options on offer, so that rolls, skips and timed injects all occur.
            let offered = engine.offeredOptions(session.state)
            guard !offered.isEmpty else { throw ValidationError("the drill ended after \(number) decisions; generate a longer scenario") }
            let events = try engine.decide(.option(offered[number % offered.count]), state: &session.state)
            guard case .decision(let decision) = events[0] else { continue }
            try writer.decided(events, details: DecisionDetails(for: decision, in: loaded, rationale: "Decision \(number).", decisionSeconds: 30), state: session.state)
        }
        try writer.quit(state: session.state)
        var samples: [Double] = []
        var lines = 0
        for _ in 0..<runs {
            let start = Stopwatch.now()
            let resumed = try ResumedSession.open(writer.path)
            samples.append(Double(Stopwatch.now() - start) / 1_000_000)
            lines = resumed.timeline.count
        }
        let size = try InputFile.read(writer.path).count
        let scenarioBytes = try InputFile.read(scenario).count
        print(#"{"benchmark": "resume", "decisions": \#(decisions), "lines": \#(lines), "journalBytes": \#(size), "scenarioBytes": \#(scenarioBytes), "runs": \#(runs), "p50Milliseconds": \#(Stopwatch.quantile(samples, 0.5)), "maxMilliseconds": \#(samples.max() ?? 0), "journal": "\#(writer.path)"}"#)
    }

    /// Writes the looping scenario into `directory` and returns its path.
    private func writeLoopingScenario() throws -> String {
        let count = 12
        let scenes = (0..<count).map { index in
            let next = "s\((index + 1) % count)"
            return """
                {"id": "s\(index)", "title": "Shift \(index)", "phase": "\(["detection", "containment", "eradication", "recovery"][index % 4])",
                 "narrative": "The on-call engineer reports another build that pulled an unexpected version.",
                 "injects": [{"from": "SOC", "channel": "alert", "text": "EDR flagged build-agent-\(index)", "when": "trust > 2"}],
                 "prompt": "What now?",
                 "options": [
                   {"id": "isolate", "label": "Isolate the agent", "role": "ir-lead", "actions": ["sc.isolate-build-agents"], "effects": [{"add": "trust", "by": -1}], "takes": "15m", "next": "\(next)"},
                   {"id": "roll", "label": "Try the quick fix", "effects": [{"roll": "luck", "sides": 6}, {"add": "trust", "by": 1}], "takes": "5m", "next": [{"to": "\(next)", "when": "luck >= 1"}, {"to": "end"}]},
                   {"id": "wait", "label": "Gather logs", "when": "not chose('s\(index)/wait') or elapsed() > 60m", "takes": "30m", "next": "\(next)"}]}
                """
        }
        let injects = (1...400).map { #"{"id": "t\#($0)", "at": "\#($0 * 30)m", "when": "trust < 4", "from": "Press", "channel": "news", "text": "A reporter asks for comment.", "effects": [{"add": "trust", "by": 1}]}"# }
        let text = """
            {"format": "tabletop-scenario/1", "id": "looping", "title": "A looping drill", "summary": "Shifts that never end, for benchmarks.",
             "roles": [{"id": "ir-lead", "name": "IR lead"}],
             "variables": {"trust": {"type": "int", "initial": 5, "min": 0, "max": 10}, "luck": {"type": "int", "initial": 1, "min": 1, "max": 6}},
             "start": "s0",
             "scenes": [\(scenes.joined(separator: ",\n"))],
             "endings": [{"id": "end", "title": "End", "narrative": "Done.", "outcome": "success"}],
             "injects": [\(injects.joined(separator: ",\n"))]}
            """
        let path = FilePath.join(directory, "looping-scenario.json")
        try OutputFile.write(Array(text.utf8), to: path)
        return path
    }
}
