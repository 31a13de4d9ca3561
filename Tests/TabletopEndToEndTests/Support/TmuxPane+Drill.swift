import Foundation
import TabletopTestSupport

extension TmuxPane {
    /// The sample drill in a new pane, started past its briefing (seed 7), waiting at the first scene.
    static func sampleDrill(width: Int = 100, height: Int = 30, shellPrefix: String = "") throws -> TmuxPane {
        let pane = try TmuxPane(["run", "Scenarios/dependency-confusion.json", "--seed", "7"], width: width, height: height, shellPrefix: shellPrefix)
        try pane.waitFor("[ Start the drill ]")
        try pane.press("s")
        try pane.waitFor("How do you respond to the alert?")
        return pane
    }

    /// Picks an option with `keys`, gives no reason, and waits for the next scene or the end.
    func decide(_ keys: String...) throws {
        try waitFor("── Decide ─")
        for key in keys { try press(key) }
        try waitFor("Why this option?")
        try press("Enter")
        try waitFor("── Decide ─", or: "── The end ─")
    }

    /// A `shellPrefix` that runs the program under a file-size limit of `blocks` 512-byte blocks (`ulimit -f` in `sh`),
    /// leaving the pane's own shell unlimited.
    static func fileSizeLimit(blocks: Int) -> String {
        "sh -c \(quote("ulimit -f \(blocks) && exec \"$@\"")) limited"
    }

    /// What `tabletop verify` says of `journal` (it fails the test when the journal is not intact).
    static func verify(_ journal: String) throws -> String {
        try run(Binary.tabletop.path, ["verify", journal])
    }

    /// The journal's lines.
    static func lines(of journal: String) throws -> [Substring] {
        try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n")
    }
}
