import Foundation
import Testing
import TabletopTestSupport

/// The real binary in tmux: a whole drill with keys only, resizing, pausing, quitting, a countdown that expires,
/// hostile text, and the terminal given back after every way out.
@Suite("Terminal drill, end to end", .timeLimit(.minutes(2)))
struct DrillEndToEndTests {
    @Test("Pick a scenario from the picker and play it to the debrief with keys only")
    func playToDebrief() throws {
        let pane = try TmuxPane([])
        let picker = try pane.waitFor("Dependency confusion in the build")
        let row = try #require(picker.split(separator: "\n").first { $0.contains("Dependency confusion in the build") })
        let number = try #require(row.first { $0.isNumber }, "the picker numbers its rows")
        try pane.press("j", "k", String(number))
        try pane.waitFor("[ Start the drill ]")
        try pane.press("e")
        try pane.type("Ana")
        try pane.press("Enter", "s")
        try pane.waitFor("How do you respond to the alert?")
        try pane.press("1")
        try pane.waitFor("Why this option?")
        try pane.type("a bridge first")
        try pane.press("Enter")
        try pane.waitFor("Why: a bridge first")
        for _ in 0..<6 { try pane.decide("Down", "Up", "Enter") }
        try pane.waitFor("The drill has ended")
        try pane.press("Enter")
        let debrief = try pane.waitFor("Expectations")
        #expect(debrief.contains("Contained and disclosed"))
        #expect(debrief.contains("Score 100 / 100"))
        try pane.press("q")
        #expect(try pane.exitStatus() == 0)
        try pane.expectRestored()
    }

    @Test("Below the minimum the needed and current sizes show; back above, the drill is redrawn")
    func resize() throws {
        let pane = try TmuxPane.sampleDrill()
        try pane.resize(width: 60, height: 20)
        try pane.waitFor("This one is 60x20.")
        try pane.resize(width: 100, height: 30)
        try pane.waitFor("How do you respond to the alert?")
        try pane.resize(width: 80, height: 24)
        try pane.waitFor("── State ─────────")
        try pane.press("q", "y")
        #expect(try pane.exitStatus() == 0)
        try pane.expectRestored()
    }

    @Test("p pauses and resumes; q asks first, then leaves and says the session cannot be resumed")
    func pauseAndQuit() throws {
        let pane = try TmuxPane.sampleDrill()
        try pane.press("p")
        try pane.waitFor("PAUSED")
        try pane.waitFor("the countdown is stopped")
        try pane.press("p")
        try pane.waitFor("f facilitator")
        #expect(try !pane.capture().contains("PAUSED"))
        try pane.press("q")
        try pane.waitFor("Quit the drill now?")
        try pane.press("n")
        try pane.waitFor("How do you respond to the alert?")
        try pane.press("q", "y")
        #expect(try pane.exitStatus() == 0)
        try pane.expectRestored()
        try pane.waitFor("you left the drill before its end")
    }

    @Test("A drill left with q is journaled, resumes where it stopped with its timeline, and exports its report")
    func quitResumeAndReport() throws {
        let first = try TmuxPane(["run", "Scenarios/dependency-confusion.json", "--seed", "7"])
        try first.waitFor("[ Start the drill ]")
        try first.press("s", "1")
        try first.waitFor("Why this option?")
        try first.type("bridge first")
        try first.press("Enter", "n")
        try first.type("slow start")
        try first.press("Enter")
        try first.waitFor("Note at T+00:10: slow start")
        try first.press("q")
        let question = try first.waitFor("Quit the drill now?")
        let journal = try #require(try first.journals().first)
        #expect(question.contains("tabletop resume"))
        try first.press("y")
        #expect(try first.exitStatus() == 0)
        try first.waitFor("To resume it: tabletop resume")

        let second = try TmuxPane(["resume", journal], width: 160, height: 40, folder: first.folder)
        let resumed = try second.waitFor("Where did it go?")
        #expect(resumed.contains("Why: bridge first"))
        #expect(resumed.contains("Note at T+00:10: slow start"))
        for _ in 0..<6 { try second.decide("1") }
        try second.waitFor("The drill has ended")
        try second.press("Enter")
        try second.waitFor("Expectations")
        try second.press("r")
        let exported = try second.waitFor("Report written to")
        let report = journal.replacingOccurrences(of: ".jsonl", with: ".html")
        #expect(exported.contains(report))
        #expect(FileManager.default.fileExists(atPath: report))
        try second.press("q")
        #expect(try second.exitStatus() == 0)
        try second.expectRestored()
        let lines = try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n")
        #expect(lines.contains { $0.contains(#""type": "quit""#) })
        #expect(lines.last?.contains(#""type": "ended""#) == true)
    }

    @Test("A drill killed with SIGKILL after a decision resumes to the same result as an uninterrupted run")
    func killedAndResumed() throws {
        // Seed 7, first option every time: declare, sbom, block | rotate-all, rebuild, notify, review.
        let first = try TmuxPane.sampleDrill()
        for _ in 0..<3 { try first.decide("1") }
        let journal = try #require(try first.journals().first)
        try TmuxPane.run("/bin/kill", ["-KILL", String(try first.programPID())])
        #expect(try first.exitStatus() == 137)

        let second = try TmuxPane(["resume", journal], width: 160, height: 40, folder: first.folder)
        try second.waitFor("What could the builds read?")
        for _ in 0..<4 { try second.decide("1") }
        try second.waitFor("The drill has ended")
        try second.press("q")
        #expect(try second.exitStatus() == 0)
        try second.expectRestored()

        let uninterrupted = try TmuxPane.run(Binary.tabletop.path, [
            "play", Binary.repositoryRoot.appendingPathComponent("Scenarios/dependency-confusion.json").path,
            "--playbook", Binary.repositoryRoot.appendingPathComponent("Playbooks/dependency-confusion.json").path,
            "--seed", "7", "--choices", "declare,sbom,block,rotate-all,rebuild,notify,review", "--format", "json",
        ])
        #expect(uninterrupted.contains(#""ending": "contained""#))
        #expect(uninterrupted.contains(#""score": 100"#))
        let ended = try #require(try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n").last)
        #expect(ended.contains(#""type": "ended""#))
        #expect(ended.contains(#""ending": "contained""#))
        #expect(ended.contains(#""score": 100"#))
        #expect(try TmuxPane.verify(journal).contains("intact"))
    }

    @Test("A countdown that reaches zero takes the scene's timeout")
    func countdownExpires() throws {
        let pane = try TmuxPane(["run", Fixtures.path("quick-timeout.json")])
        try pane.waitFor("[ Start the drill ]")
        try pane.press("s")
        try pane.waitFor("time left 0:0")
        let ended = try pane.waitFor("The drill has ended", timeout: 20)
        #expect(ended.contains("Time ran out"))
        #expect(ended.contains("The clock ran out"))
        try pane.press("q")
        #expect(try pane.exitStatus() == 0)
        try pane.expectRestored()
    }

    @Test("With --no-timers the countdown never runs")
    func noTimers() throws {
        let pane = try TmuxPane(["run", Fixtures.path("quick-timeout.json"), "--no-timers"])
        try pane.waitFor("[ Start the drill ]")
        try pane.press("s")
        try pane.waitFor("Block the package?")
        Thread.sleep(forTimeInterval: 4)
        let screen = try pane.capture()
        #expect(!screen.contains("time left"))
        #expect(!screen.contains("Time ran out"))
        try pane.press("q", "y")
        #expect(try pane.exitStatus() == 0)
    }

    @Test("Escape sequences and bidi overrides planted in a scenario never reach the terminal")
    func hostileText() throws {
        let pane = try TmuxPane(["run", Fixtures.path("hostile-text.json")])
        try pane.waitFor("[ Start the drill ]")
        try pane.press("s")
        try pane.waitFor("narrative after")
        try pane.press("1")
        try pane.waitFor("Why this option?")
        try pane.press("Enter")
        let ended = try pane.waitFor("The drill has ended")
        // Had the CSI 2J been interpreted, the text before it would be gone.
        #expect(ended.contains("Narrative before"))
        #expect(ended.contains("Inject ]0;PWNED[2Jinject after"))
        let styled = try pane.capture(escapes: true)
        #expect(!styled.contains("\u{202E}"))
        #expect(!styled.contains("\u{1B}]"))
        #expect(!styled.contains("\u{1B}[2J"))
        #expect(!styled.contains("\u{07}"))
        #expect(try !pane.format("#{pane_title}").contains("PWNED"))
        #expect(try !pane.format("#{window_name}").contains("PWNED"))
        try pane.press("q")
        #expect(try pane.exitStatus() == 0)
        try pane.expectRestored()
    }

    /// An SGR sequence that sets a foreground colour (8-colour or 256-colour form).
    static let foregroundColour = "\u{1B}\\[([0-9]+;)*(3[0-7]|38;5;[0-9]+)(;[0-9]+)*m"

    @Test("Colours by default; NO_COLOR gives bold and reverse only; a locale without UTF-8 draws in ASCII")
    func colourAndLocale() throws {
        let coloured = try TmuxPane(["run", "Scenarios/dependency-confusion.json", "--seed", "7"])
        try coloured.waitFor("[ Start the drill ]")
        #expect(try coloured.capture(escapes: true).range(of: Self.foregroundColour, options: .regularExpression) != nil)
        try coloured.press("q")
        #expect(try coloured.exitStatus() == 0)

        let plain = try TmuxPane(["run", "Scenarios/dependency-confusion.json", "--seed", "7"],
                                 environment: ["NO_COLOR": "1", "LANG": "C", "LC_ALL": "C"])
        try plain.waitFor("[ Start the drill ]")
        try plain.press("s")
        let screen = try plain.waitFor("-- Timeline --")
        #expect(screen.contains("Exposure") && screen.contains("#"))
        #expect(!screen.contains("─"))
        let styled = try plain.capture(escapes: true)
        #expect(styled.range(of: "\u{1B}\\[[0-9;]*7m", options: .regularExpression) != nil)
        #expect(styled.range(of: Self.foregroundColour, options: .regularExpression) == nil)
        try plain.press("q", "y")
        #expect(try plain.exitStatus() == 0)
        try plain.expectRestored()
    }

    @Test("An unknown TERM gives a clear message and status 64, not an ncurses abort")
    func unknownTerminal() throws {
        let pane = try TmuxPane(["run", "Scenarios/dependency-confusion.json"], environment: ["TERM": "no-such-terminal"])
        #expect(try pane.exitStatus() == 64)
        let screen = try pane.waitFor("tabletop play")
        #expect(screen.contains("'no-such-terminal' is unknown"))
        try pane.expectRestored()
    }

    @Test("Without a terminal (stdin and stdout redirected) it says so, suggests tabletop play, and exits 64")
    func notATerminal() throws {
        let process = Process()
        process.executableURL = Binary.tabletop
        process.arguments = ["run", "Scenarios/dependency-confusion.json"]
        process.currentDirectoryURL = Binary.repositoryRoot
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 64)
        #expect(message.contains("the drill needs a terminal (stdin and stdout are not a TTY)"))
        #expect(message.contains("tabletop play SCENARIO --choices"))
        #expect(output.fileHandleForReading.readDataToEndOfFile().isEmpty)
    }
}
