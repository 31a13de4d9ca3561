import ArgumentParser
import TabletopCore

/// `tabletop play`: runs a drill headlessly with scripted choices, for tests and CI.
struct Play: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Play a drill without the terminal UI, taking the listed choices in order.",
        discussion: """
            Takes one option id per scene ('timeout' takes the scene's onTimeout) and stops at an \
            ending or when the choices run out. With --format json it prints one object: scenario, \
            playbook, seed, ending, outcome, decisions, elapsedMinutes, score, rating, phases, \
            expectations, avoid, variables and path. An option that is not on offer is an error \
            naming the scene and the options on offer (exit 64).
            """
    )

    @Argument(help: "The scenario file.")
    var scenario: String

    @Option(help: "A playbook file to score the drill against.")
    var playbook: String?

    @Option(help: "Option ids to take in order, comma-separated (e.g. isolate,notify,timeout).")
    var choices: String = ""

    @Option(help: "The session seed for dice rolls (an unsigned 64-bit integer).")
    var seed: UInt64 = 0

    @Option(help: "Output format: text (a readable transcript) or json.")
    var format: OutputFormat = .text

    func run() throws {
        let scenario = try InputLoading.scenario(self.scenario)
        let playbook = try self.playbook.map { try InputLoading.playbook($0, for: scenario) }
        let list = choices.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        if list.contains(where: \.isEmpty), !choices.isEmpty {
            throw ValidationError("--choices has an empty entry; separate option ids with single commas")
        }
        let play = HeadlessPlay(scenario: scenario, playbook: playbook)
        let record: HeadlessPlay.Record
        do {
            record = try play.run(seed: seed, choices: choices.isEmpty ? [] : list)
        } catch {
            Console.err("tabletop play: error: \(error.message)")
            throw Console.exit(.usage)
        }
        switch format {
        case .json: try Console.out(record.json(scenario: scenario, playbook: playbook).rendered() + "\n")
        case .text: try Console.out(Transcript(scenario: scenario, playbook: playbook, record: record).render())
        }
    }
}

extension String {
    /// The string without leading and trailing spaces.
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
