import ArgumentParser
import TabletopCore

/// `tabletop schema`: prints the JSON Schema of scenario or playbook files.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (2020-12) of scenario or playbook files.",
        discussion: """
            The same schemas ship in Schemas/; name one in a file's "$schema" key (as the bundled \
            files do) and editors complete and check it. 'tabletop validate' checks more than a schema \
            can; the schema is stricter about unknown keys, which validate only warns about.
            """
    )

    /// The two file formats.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case scenario, playbook
    }

    @Argument(help: "scenario or playbook.")
    var kind: Kind

    func run() throws {
        try Console.out(kind == .scenario ? SchemaText.scenario : SchemaText.playbook)
    }
}
