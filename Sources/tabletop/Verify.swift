import ArgumentParser
import TabletopCore

/// `tabletop verify`: proves a journal untampered: hash chain, file hashes, and a replay of every decision.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a session journal: its hash chain, its scenario and playbook, and a replay of its decisions.",
        discussion: """
            Checks that every line is intact and in order (each line carries the SHA-256 of the one \
            before), that the scenario and playbook are the files the session was played from (found at \
            the recorded path, else beside the journal), and replays the decisions from the seed to \
            confirm the recorded rolls, injects, scenes, ending and score. Exit status: 0 intact, 65 with \
            the first line that is wrong and why (edited, deleted, reordered, truncated, replay differs, \
            file changed), 66 unreadable.
            """
    )

    @Argument(help: "The journal file.")
    var journal: String

    @Option(help: ArgumentHelp("The scenario file, if it is not where the journal says.", valueName: "file"))
    var scenario: String?

    @Option(help: ArgumentHelp("The playbook file, if it is not where the journal says.", valueName: "file"))
    var playbook: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let inspection: JournalInspection
        do {
            inspection = try JournalInspection.inspect(journal, scenarioPath: scenario, playbookPath: playbook)
        } catch {
            return try finish(problem: error, warnings: [], lines: 0, replay: nil)
        }
        try finish(problem: inspection.verdict, warnings: inspection.warnings, lines: inspection.journal.lines.count,
                   replay: inspection.verdict == nil ? inspection.replay : nil)
    }

    private func finish(problem: JournalProblem?, warnings: [JournalProblem], lines: Int, replay: JournalReplay?) throws {
        switch format {
        case .text:
            for warning in warnings { Console.err(warning.text) }
            if let problem { Console.err(problem.text) } else { try Console.out(summary(lines: lines, replay: replay) + "\n") }
        case .json:
            let ending = replay?.state.ending.map { replay!.files.scenario.endings[$0] }
            let output = JSONOutput.object([
                ("journal", .string(journal)),
                ("intact", .bool(problem == nil)),
                ("lines", .int(lines)),
                ("replayed", .bool(replay != nil)),
                ("decisions", replay.map { .int($0.state.decisions) } ?? .null),
                ("ending", .string(ending?.id)),
                ("outcome", .string(ending?.outcome.rawValue)),
                ("score", replay?.score?.score.map { .number($0) } ?? .null),
                ("rating", .string(replay?.score?.rating?.rawValue)),
                ("problem", problem.map(\.json) ?? .null),
                ("warnings", .array(warnings.map(\.json))),
            ])
            try Console.out(output.rendered(pretty: true) + "\n")
        }
        if let problem { throw Console.exit(problem.status) }
    }

    private func summary(lines: Int, replay: JournalReplay?) -> String {
        var parts = ["\(journal): intact: \(lines) lines, hash chain unbroken"]
        guard let replay else { return parts[0] + "; decisions not replayed (the scenario or playbook is not at hand)" }
        parts.append(replay.files.playbook == nil ? "scenario unchanged" : "scenario and playbook unchanged")
        let decisions = replay.state.decisions
        var replayed = "\(decisions) decision\(decisions == 1 ? "" : "s") replayed: "
        if let ending = replay.state.ending {
            let score = replay.score?.score.map { " and score \(JSONOutput.format($0)) (\(replay.score?.rating?.rawValue ?? "-"))" } ?? ""
            replayed += "rolls, scenes, injects, ending '\(replay.files.scenario.endings[ending].id)'\(score) match"
        } else {
            replayed += "rolls, scenes and injects match; the team left before an ending"
        }
        parts.append(replayed)
        return parts.joined(separator: "; ")
    }
}

extension JournalProblem {
    /// The problem as a JSON object: kind, file, line, column, message.
    var json: JSONOutput {
        .object([
            ("kind", .string(kind.rawValue)), ("file", .string(file)),
            ("line", line.map { .int($0) } ?? .null), ("column", column.map { .int($0) } ?? .null),
            ("message", .string(message)), ("severity", .string(severity.rawValue)),
        ])
    }
}
