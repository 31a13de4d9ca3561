import ArgumentParser
import TabletopCore
import TabletopTerminal

/// `tabletop play`: runs a drill headlessly with scripted choices, for tests and CI.
struct Play: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Play a drill without the terminal UI, taking the listed choices in order.",
        discussion: """
            Takes one option id per scene ('timeout' takes the scene's onTimeout) and stops at an \
            ending or when the choices run out. With --format json it prints one object: scenario, \
            playbook, seed, ending, outcome, decisions, elapsedMinutes, score, rating, phases, \
            expectations, avoid, variables and path. An option that is not on offer is an error \
            naming the scene and the options on offer (exit 64). With --journal the session is \
            recorded (FORMATS.md section 5) and the path printed at the end; --resume JOURNAL \
            continues a recorded session with more choices, appending to the same journal. A journal \
            that cannot be created exits with 73; one that cannot be written (a full disk) stops at the \
            last recorded decision, says how to continue, and exits with 74. A journaled session stopped \
            by SIGINT, SIGTERM or SIGHUP (also while it waits for a choice on standard input) records a \
            quit, prints the command that resumes it, and exits with 130, 143 or 129.
            """
    )

    @Argument(help: "The scenario file (not with --resume).")
    var scenario: String?

    @Option(help: "A playbook file to score the drill against.")
    var playbook: String?

    @Option(help: "Option ids to take in order, comma-separated (e.g. isolate,notify,timeout); '-' reads one per line from standard input.")
    var choices: String = ""

    @Option(help: "The session seed for dice rolls (an unsigned 64-bit integer; default 0).")
    var seed: UInt64?

    @Option(help: "Output format: text (a readable transcript) or json.")
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp("Record the session in this journal file (a new file; an existing folder gets a new, named file).", valueName: "path"))
    var journal: String?

    @Option(help: ArgumentHelp("Continue the session recorded in this journal, appending to it.", valueName: "journal"))
    var resume: String?

    @Option(help: ArgumentHelp("Who plays a role, recorded in the journal (repeatable).", valueName: "role=name"))
    var participant: [String] = []

    func validate() throws {
        if resume != nil {
            let clashing = [(scenario != nil, "a scenario"), (playbook != nil, "--playbook"), (seed != nil, "--seed"),
                            (journal != nil, "--journal"), (!participant.isEmpty, "--participant")].filter(\.0).map(\.1)
            if !clashing.isEmpty {
                throw ValidationError("--resume takes the scenario, playbook, seed and participants from the journal; drop \(clashing.joined(separator: ", "))")
            }
        } else if scenario == nil {
            throw ValidationError("give a scenario file, or --resume JOURNAL")
        }
        if choices != "-", !choices.isEmpty, choiceList.contains(where: \.isEmpty) {
            throw ValidationError("--choices has an empty entry; separate option ids with single commas")
        }
    }

    func run() throws {
        // A journaled session stopped by a signal records a quit and says how to resume; unrecorded, it just ends.
        if journal != nil || resume != nil { SignalFlag.install() }
        var drive = try resume.map(HeadlessDrive.resuming) ?? newDrive()
        let source: HeadlessDrive.ChoiceSource = choices == "-" ? .standardInput : .list(choices.isEmpty ? [] : choiceList)
        let outcome = Result { try drive.take(source) }
        if let writer = drive.writer { Console.err("tabletop: journal: \(writer.path)") }
        if let signal = try outcome.get() {
            try DrillTerminal.finish(.signal(signal, resumeCommand: drive.resumeCommand))
        }
        let record = drive.record
        switch format {
        case .json: try Console.out(record.json(scenario: drive.play.engine.scenario, playbook: drive.playbook).rendered() + "\n")
        case .text: try Console.out(Transcript(scenario: drive.play.engine.scenario, playbook: drive.playbook, record: record).render())
        }
    }

    private var choiceList: [String] {
        choices.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
    }

    /// A new session from the scenario, playbook and seed given, journaled when asked.
    private func newDrive() throws -> HeadlessDrive {
        let (scenario, scenarioFile) = try InputLoading.scenarioFile(self.scenario!)
        let playbook = try self.playbook.map { try InputLoading.playbookFile($0, for: scenario) }
        let participants = try participant.map { try Self.participant($0, in: scenario) }
        return try HeadlessDrive.starting(scenario: scenario, scenarioFile: scenarioFile, playbook: playbook, seed: seed ?? 0,
                                          participants: participants, journal: journal)
    }

    /// Reads `role=name`, checking the role against the scenario.
    private static func participant(_ text: String, in scenario: Scenario) throws -> Participant {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let role = String(parts[0]).trimmingSpaces
        guard parts.count == 2, scenario.roleIndex(role) != nil else {
            throw ValidationError("--participant '\(SafeText.singleLine(text))': give ROLE=NAME with one of the roles \(scenario.roles.map(\.id).joined(separator: ", "))")
        }
        return Participant(role: role, name: String(parts[1]).trimmingSpaces)
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
