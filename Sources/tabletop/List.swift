import ArgumentParser
import TabletopCore

/// `tabletop list`: the scenarios and playbooks on the search path and how they pair.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the scenarios and playbooks on the search path and how they pair.",
        discussion: """
            The search path: --scenarios folders, then TABLETOP_PATH (colon-separated), then \
            ./Scenarios, then the library installed with tabletop. A folder holding Scenarios/ and \
            Playbooks/ is read through them; a Scenarios folder brings its sibling Playbooks along. \
            The first file with an id wins. A playbook pairs with the scenarios its "scenarios" names.
            """
    )

    @Option(name: .customLong("scenarios"), help: "A folder to search first (repeatable).")
    var folders: [String] = []

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let library = ScenarioLibrary.forThisProcess(scenarioFolders: folders)
        let scan = library.scan()
        switch format {
        case .text: try Console.out(scan.text(folders: library.folders))
        case .json: try Console.out(scan.json(folders: library.folders).rendered(pretty: true) + "\n")
        }
    }
}
