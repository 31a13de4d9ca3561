import ArgumentParser
import TabletopCore

/// `tabletop new`: writes a starter scenario and playbook to edit.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a starter scenario and playbook that use every feature of the formats.",
        discussion: """
            Writes DIR/Scenarios/ID.json and DIR/Playbooks/ID.json, and DIR/Schemas/ when it is \
            missing (the files name it in "$schema", so editors complete and check them). Both \
            validate without a warning; docs/authoring.md explains every part. Existing files are \
            never overwritten (exit 73).
            """
    )

    @Argument(help: "The drill's id: \(Identifiers.idRule), e.g. vendor-outage.")
    var id: String

    @Option(help: "The folder to write into.")
    var dir: String = "."

    func validate() throws {
        guard Identifiers.isValidID(id) else {
            throw ValidationError("'\(SafeText.singleLine(id))' is not a valid id: use \(Identifiers.idRule)")
        }
    }

    func run() throws {
        let written: [String]
        do {
            written = try StarterDrill.write(id: id, into: dir)
        } catch {
            Console.err(SafeText.singleLine(error.text))
            throw Console.exit(error.status)
        }
        let scenario = SafeText.singleLine(written[0]), playbook = SafeText.singleLine(written[1])
        try Console.out("""
            Wrote \(written.map(SafeText.singleLine).joined(separator: ", ")).
            Next:
              tabletop validate \(scenario) \(playbook)
              tabletop explore \(scenario) --playbook \(playbook)
              tabletop play \(scenario) --playbook \(playbook) --choices declare,sbom,block,rebuild,notify
              tabletop graph \(scenario) | dot -Tsvg > \(id).svg

            """)
    }
}
