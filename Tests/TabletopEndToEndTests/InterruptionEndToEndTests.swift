import Foundation
import Testing

/// A drill interrupted at the worst moment: signals, the terminal closed under it, a journal that cannot be written.
/// Each time the terminal is given back, the message says what happened and how to go on, and the journal keeps
/// every decision shown (and, after a disk fault, nothing that was not).
@Suite("Terminal drill interrupted, end to end", .timeLimit(.minutes(2)))
struct InterruptionEndToEndTests {
    /// The scene the sample drill (seed 7, first option twice) waits at after two decisions.
    static let thirdScene = "The next build starts in two minutes. What do you do?"

    @Test("SIGINT, SIGTERM and SIGHUP mid-drill: 130, 143, 129, the terminal restored, the journal whole, resume goes on", arguments: [
        ("INT", Int32(130)), ("TERM", Int32(143)), ("HUP", Int32(129)),
    ])
    func signalMidDrill(signal: String, status: Int32) throws {
        let pane = try TmuxPane.sampleDrill()
        for _ in 0..<2 { try pane.decide("1") }
        try pane.press("n")
        try pane.type("before the signal")
        try pane.press("Enter")
        try pane.waitFor("before the signal")
        let journal = try #require(try pane.journals().first)
        if signal == "INT" {
            try pane.press("C-c")
        } else {
            try TmuxPane.run("/bin/kill", ["-\(signal)", String(try pane.programPID())])
        }
        #expect(try pane.exitStatus() == status)
        try pane.expectRestored()
        try pane.waitFor("tabletop: stopped by SIG\(signal). To resume the drill: tabletop resume \(journal)")

        #expect(try TmuxPane.verify(journal).contains("intact"))
        let lines = try TmuxPane.lines(of: journal)
        #expect(lines.filter { $0.contains(#""type": "decision""#) }.count == 2)
        #expect(lines.contains { $0.contains(#""text": "before the signal""#) })
        #expect(lines.last?.contains(#""type": "quit""#) == true)

        let resumed = try TmuxPane(["resume", journal], width: 160, height: 40, folder: pane.folder)
        let screen = try resumed.waitFor(Self.thirdScene)
        #expect(screen.contains("Note at"))
        try resumed.press("q", "y")
        #expect(try resumed.exitStatus() == 0)
        try resumed.expectRestored()
    }

    @Test("A crash (a Swift trap raises SIGILL; a bad pointer SIGSEGV) or Ctrl-\\ (SIGQUIT) still gives the terminal back; resume goes on",
          arguments: [("ILL", Int32(132)), ("SEGV", Int32(139)), ("QUIT", Int32(131))])
    func crash(signal: String, status: Int32) throws {
        // The crash handler runs the same way whether the kernel raises the signal or kill sends it.
        let pane = try TmuxPane.sampleDrill()
        for _ in 0..<2 { try pane.decide("1") }
        let journal = try #require(try pane.journals().first)
        try TmuxPane.run("/bin/kill", ["-\(signal)", String(try pane.programPID())])
        #expect(try pane.exitStatus() == status)
        try pane.expectRestored()
        #expect(try TmuxPane.lines(of: journal).filter { $0.contains(#""type": "decision""#) }.count == 2)

        let resumed = try TmuxPane(["resume", journal], width: 160, height: 40, folder: pane.folder)
        try resumed.waitFor(Self.thirdScene)
        try resumed.press("q", "y")
        #expect(try resumed.exitStatus() == 0)
    }

    @Test("The terminal closed under the drill: the program exits (SIGHUP, or end of input when SIGHUP is blocked), the journal whole",
          arguments: [false, true])
    func terminalClosed(hangupBlocked: Bool) throws {
        // With SIGHUP blocked, only the read failing on the closed terminal can tell the program (which must not spin on it).
        let launcher = "import os, signal, sys; signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGHUP}); os.execvp(sys.argv[1], sys.argv[1:])"
        let pane = try TmuxPane.sampleDrill(shellPrefix: hangupBlocked ? "python3 -c \(TmuxPane.quote(launcher))" : "")
        try pane.decide("1")
        let journal = try #require(try pane.journals().first)
        let pid = try pane.programPID()
        try pane.killSession()
        #expect(TmuxPane.waitForExit(of: pid), "the program is still running after its terminal closed")
        #expect(try TmuxPane.verify(journal).contains("intact"))
        let lines = try TmuxPane.lines(of: journal)
        #expect(lines.filter { $0.contains(#""type": "decision""#) }.count == 1)
        #expect(lines.last?.contains(#""type": "quit""#) == true)
    }

    @Test("A journal that fills up mid-drill: exit 74, the terminal restored, nothing unrecorded shown, resume finishes the drill")
    func journalFullMidDrill() throws {
        // A 2 KB file-size limit: the start fits, the first decisions' lines do not all fit.
        let pane = try TmuxPane.sampleDrill(shellPrefix: TmuxPane.fileSizeLimit(blocks: 4))
        let journal = try #require(try pane.journals().first)
        var shown = 0
        for _ in 0..<7 {
            try pane.waitFor("── Decide ─")
            try pane.press("1")
            try pane.waitFor("Why this option?")
            try pane.press("Enter")
            let screen = try pane.waitFor("── Decide ─", or: "tabletop: error:")
            if screen.contains("tabletop: error:") { break }
            shown += 1
        }
        #expect(try pane.exitStatus() == 74)
        try pane.expectRestored()
        let message = try pane.waitFor("cannot write the journal")
        #expect(message.contains("The journal holds every event up to the last one shown"))
        #expect(message.contains("continue with: tabletop resume \(journal)"))
        // The line that failed was cut off again (no torn line); its decision may be on disk without its consequences
        // (never shown), which resume completes; nothing later is.
        #expect(try String(contentsOfFile: journal, encoding: .utf8).hasSuffix("}\n"))
        let decisions = try TmuxPane.lines(of: journal).filter { $0.contains(#""type": "decision""#) }.count
        #expect(decisions == shown || decisions == shown + 1)

        let resumed = try TmuxPane(["resume", journal], width: 160, height: 40, folder: pane.folder)
        for _ in decisions..<7 { try resumed.decide("1") }
        try resumed.waitFor("The drill has ended")
        try resumed.press("q")
        #expect(try resumed.exitStatus() == 0)
        let ended = try #require(try TmuxPane.lines(of: journal).last)
        #expect(ended.contains(#""ending": "contained""#))
        #expect(try TmuxPane.verify(journal).contains("intact"))
    }

    @Test("A journal that cannot be created (73), or whose start cannot be written (74), stops the drill before it begins", arguments: [
        (["--journal", "README.md/drill.jsonl"], "", Int32(73), "cannot create the journal"),
        ([], TmuxPane.fileSizeLimit(blocks: 0), Int32(74), "cannot write the journal"),
    ])
    func journalUnwritableAtStart(options: [String], shellPrefix: String, status: Int32, failure: String) throws {
        let pane = try TmuxPane(["run", "Scenarios/dependency-confusion.json"] + options, shellPrefix: shellPrefix)
        try pane.waitFor("[ Start the drill ]")
        try pane.press("s")
        #expect(try pane.exitStatus() == status)
        try pane.expectRestored()
        let message = try pane.waitFor(failure)
        #expect(message.contains("Nothing of it was recorded"))
        #expect(!message.contains("tabletop: journal:"))
        #expect(try pane.journals().isEmpty)
    }
}
