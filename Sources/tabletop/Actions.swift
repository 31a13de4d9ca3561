import ArgumentParser
import TabletopCore

/// `tabletop actions`: searches the built-in action catalogue.
struct Actions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Search the action catalogue (RE&CT and supply-chain actions) for ids to use in scenarios and playbooks.",
        discussion: """
            Every word must appear in the id, title or summary (case-insensitive); id matches come \
            first. Without words, lists every action. Text output: id, phase, title; JSON adds the \
            summary and the source (react or tabletop).
            """
    )

    @Argument(help: "Words to look for, e.g. 'revoke token'.")
    var words: [String] = []

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let matches = ActionCatalogue.builtIn.search(words.joined(separator: " "))
        switch format {
        case .json:
            let list = JSONOutput.array(matches.map { action in
                .object([("id", .string(action.id)), ("phase", .string(action.phase?.rawValue)), ("title", .string(action.title)),
                         ("summary", .string(action.summary)), ("source", .string(action.source.rawValue))])
            })
            try Console.out(list.rendered(pretty: true) + "\n")
        case .text:
            guard !matches.isEmpty else {
                Console.err("no action matches '\(words.joined(separator: " "))'; try fewer or other words")
                return
            }
            let width = matches.map(\.id.count).max() ?? 0
            let phaseWidth = matches.map { ($0.phase?.rawValue ?? "").count }.max() ?? 0
            let lines = matches.map { action in
                let phase = action.phase?.rawValue ?? ""
                return action.id + String(repeating: " ", count: width - action.id.count + 2)
                    + phase + String(repeating: " ", count: phaseWidth - phase.count + 2) + action.title
            }
            try Console.out(lines.joined(separator: "\n") + "\n")
        }
    }
}
