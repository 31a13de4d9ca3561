import Testing
import TabletopCore
@testable import TabletopUI

/// The app's behaviour through scripted events: what is recorded and in what order, timers, pauses, quitting.
@Suite("App flow")
struct AppFlowTests {
    @Test("Every happening is recorded in order: started, decided, noted, paused, resumed, ended")
    func recordsInOrder() {
        let pilot = Pilot()
        pilot.press("s", "n")
        pilot.type("bridge is slow")
        pilot.press("enter", "p", "p")
        for _ in 0..<7 { pilot.press("1", "enter") }
        #expect(pilot.recorder.calls == ["started", "noted", "paused", "resumed"] + Array(repeating: "decided", count: 7) + ["ended"])
        #expect(pilot.recorder.notes == ["bridge is slow"])
        #expect(pilot.app.session?.state.ending != nil)
    }

    @Test("The rationale is asked before the decision takes effect and is stored with it; Esc goes back")
    func rationale() {
        let pilot = Pilot()
        pilot.press("s", "2")
        #expect(pilot.recorder.calls == ["started"])
        pilot.press("esc")
        #expect(pilot.app.input == nil)
        #expect(pilot.app.session?.state.decisions == 0)
        pilot.press("2")
        pilot.type("on-call knows it")
        pilot.wait(seconds: 3)
        pilot.press("enter")
        #expect(pilot.recorder.calls == ["started", "decided"])
        let details = pilot.recorder.decisions.first
        #expect(details?.rationale == "on-call knows it")
        #expect(details?.role == nil)
        #expect(details?.decisionSeconds == 0)
        pilot.wait(seconds: 4.5)
        pilot.press("1", "enter")
        #expect(pilot.recorder.decisions.last?.rationale == nil)
        #expect(pilot.recorder.decisions.last?.role == "platform-lead")
        #expect(abs((pilot.recorder.decisions.last?.decisionSeconds ?? 0) - 4.5) < 0.01)
    }

    @Test("A countdown that reaches zero takes the scene's timeout; a pause stops it")
    func timeout() {
        let pilot = Pilot()
        pilot.press("s", "1", "enter", "1", "enter")
        #expect(pilot.app.session?.scene?.id == "contain")
        pilot.wait(seconds: 60)
        pilot.press("p")
        pilot.wait(seconds: 600)
        #expect(pilot.app.session?.scene?.id == "contain")
        #expect(pilot.app.session?.countdown?.secondsLeft == 60)
        pilot.press("p")
        pilot.wait(seconds: 60)
        #expect(pilot.app.session?.scene?.id != "contain")
        #expect(pilot.recorder.calls.suffix(3) == ["paused", "resumed", "decided"])
        guard case .decision(let decision, _)? = pilot.app.session?.timeline.first(where: {
            if case .decision(let decision, _) = $0 { return decision.optionID == "timeout" }
            return false
        }) else {
            Issue.record("no timeout decision in the timeline")
            return
        }
        #expect(decision.option == nil)
    }

    @Test("The countdown stands still while the terminal is too small to show it")
    func countdownWaitsForASize() {
        let pilot = Pilot()
        pilot.press("s", "1", "enter", "1", "enter")
        pilot.send(.resize(Size(width: 60, height: 20)))
        pilot.wait(seconds: 300)
        pilot.send(.resize(Size(width: 80, height: 24)))
        #expect(pilot.app.session?.countdown?.secondsLeft == 120)
    }

    @Test("The countdown stands still while the help or the quit question is open")
    func countdownWaitsForADialog() {
        let pilot = Pilot()
        pilot.press("s", "1", "enter", "1", "enter")
        pilot.press("?")
        pilot.wait(seconds: 300)
        pilot.press("enter")
        pilot.press("q")
        pilot.wait(seconds: 300)
        pilot.press("n")
        #expect(pilot.app.session?.scene?.id == "contain")
        #expect(pilot.app.session?.countdown?.secondsLeft == 120)
        pilot.wait(seconds: 30)
        #expect(pilot.app.session?.countdown?.secondsLeft == 90)
    }

    @Test("Home scrolls the timeline no further than its first line, so PgDn moves it at once; End does the same in the debrief")
    func scrollLimits() {
        let pilot = Pilot()
        pilot.press("s")
        for _ in 0..<4 { pilot.press("1", "enter") }
        pilot.press("home")
        let top = pilot.app.timelineScroll
        #expect(top > 0 && top < 1_000)
        let atTop = pilot.screen().text
        pilot.press("pgup")
        #expect(pilot.app.timelineScroll == top)
        pilot.press("pgdn")
        #expect(pilot.app.timelineScroll < top)
        #expect(pilot.screen().text != atTop)
        for _ in 0..<3 { pilot.press("1", "enter") }
        pilot.press("enter", "end")
        let bottom = pilot.app.debriefScroll
        #expect(bottom > 0 && bottom < 1_000)
        let atBottom = pilot.screen().text
        pilot.press("pgup")
        #expect(pilot.app.debriefScroll < bottom)
        #expect(pilot.screen().text != atBottom)
    }

    @Test("With timers off, no countdown runs")
    func timersOff() {
        let pilot = Pilot(configuration: AppConfiguration(timers: false))
        pilot.press("s", "1", "enter", "1", "enter")
        pilot.wait(seconds: 200)
        #expect(pilot.app.session?.scene?.id == "contain")
        #expect(pilot.app.session?.countdown == nil)
    }

    @Test("Quitting asks first, records quit and says how to resume")
    func quit() {
        let pilot = Pilot()
        pilot.press("s", "q")
        #expect(pilot.app.overlay == .confirmQuit)
        #expect(pilot.screen().text.contains("tabletop resume /tmp/journal.jsonl"))
        pilot.press("n")
        #expect(pilot.exit == nil)
        pilot.press("q", "y")
        #expect(pilot.recorder.calls == ["started", "quit"])
        #expect(pilot.exit == .quit(resumeCommand: "tabletop resume /tmp/journal.jsonl"))
    }

    @Test("A signal during a drill records quit and exits with its status; outside a drill it just exits")
    func signal() {
        let pilot = Pilot()
        pilot.send(.signal(.terminate))
        #expect(pilot.exit == .signal(.terminate, resumeCommand: nil))
        #expect(pilot.recorder.calls.isEmpty)
        let running = Pilot()
        running.press("s")
        running.send(.signal(.hangup))
        #expect(running.recorder.calls == ["started", "quit"])
        #expect(running.exit == .signal(.hangup, resumeCommand: "tabletop resume /tmp/journal.jsonl"))
        #expect(TerminationSignal.interrupt.exitStatus == 130)
    }

    @Test("A recorder error stops the drill with a message, and nothing after it happens")
    func recorderError() {
        let pilot = Pilot()
        pilot.recorder.failOn = "decided"
        pilot.press("s", "1", "enter")
        #expect(pilot.exit == .failed("the session could not be recorded: disk full", status: .ioError))
    }

    @Test("A journal write that fails names what failed and, after the start, the command that resumes from the journal")
    func journalWriteError() throws {
        let full = FileWriteError(path: "/tmp/journal.jsonl", message: "cannot write the journal: no space left on the device", status: .ioError)
        let midDrill = Pilot()
        midDrill.recorder.failOn = "decided"
        midDrill.recorder.failure = full
        midDrill.press("s", "1", "enter")
        guard case .failed(let message, let status) = try #require(midDrill.exit) else { throw Failure("not a failure: \(String(describing: midDrill.exit))") }
        #expect(status == .ioError)
        #expect(message.hasPrefix("the session could not be recorded: /tmp/journal.jsonl: error: cannot write the journal: no space left on the device."))
        #expect(message.hasSuffix("continue with: tabletop resume /tmp/journal.jsonl"))

        let atStart = Pilot()
        atStart.recorder.failOn = "started"
        atStart.recorder.failure = full
        atStart.press("s")
        guard case .failed(let startMessage, _) = try #require(atStart.exit) else { throw Failure("not a failure") }
        #expect(startMessage.hasSuffix("Nothing of it was recorded: free some space (or choose a writable place) and start again."))
        #expect(atStart.recorder.calls.isEmpty)
    }

    @Test("The picker loads the chosen item and opens its briefing; Esc goes back")
    func picker() {
        let loaded = Pilot(App(picker: Fixtures.pickerItems, searched: ["Scenarios"], configuration: AppConfiguration(), size: Size(width: 80, height: 24)))
        loaded.press("enter")
        #expect(loaded.app.page == .briefing)
        loaded.press("esc")
        #expect(loaded.app.page == .picker)
        let failing = Pilot(App(picker: Fixtures.pickerItems, searched: [], configuration: AppConfiguration(), size: Size(width: 80, height: 24)),
                            load: { _ in .failure(Failure("x.json:1:1: error: broken")) })
        failing.press("3")
        #expect(failing.app.page == .picker)
        #expect(failing.screen().rowText(23).contains("x.json:1:1: error: broken"))
        failing.press("q")
        #expect(failing.exit == .finished)
    }

    @Test("The debrief's export key calls the program's writer and shows where it wrote")
    func export() {
        let pilot = Pilot()
        pilot.press("s")
        for _ in 0..<7 { pilot.press("1", "enter") }
        pilot.press("enter", "r")
        #expect(pilot.screen().rowText(23).contains("Report written to /tmp/report.md"))
    }

    @Test("A resumed session opens on the drill with its timeline and records nothing about the past")
    func resume() throws {
        let setup = Fixtures.dependencyConfusion()
        let engine = Engine(scenario: setup.scenario)
        var (state, events) = engine.start(seed: setup.seed)
        var timeline = TimelineItem.items(for: events)
        events = try engine.decide(.option(0), state: &state)
        timeline += TimelineItem.items(for: events, rationale: "from the journal")
        timeline.append(.note("a note", clock: state.clock))
        let session = DrillSession(setup: setup, participants: [], state: state, timeline: timeline, timers: true, now: 0)
        let app = App(resuming: session, resumeCommand: "tabletop resume j.jsonl", configuration: AppConfiguration(), size: Size(width: 80, height: 24))
        let pilot = Pilot(app)
        #expect(pilot.app.page == .drill)
        let text = pilot.screen().text
        #expect(text.contains("Why: from the journal"))
        #expect(text.contains("Note at T+00:10: a note"))
        pilot.press("1", "enter")
        #expect(pilot.recorder.calls == ["decided"])

        let paused = Pilot(App(resuming: DrillSession(setup: setup, participants: [], state: state, timeline: timeline, timers: true, now: 0, paused: true),
                               resumeCommand: nil, configuration: AppConfiguration(), size: Size(width: 80, height: 24)))
        #expect(paused.screen().text.contains("PAUSED"))
        paused.wait(seconds: 600)
        #expect(paused.app.session?.state.currentScene == state.currentScene)
        paused.press("p")
        #expect(paused.recorder.calls == ["resumed"])
    }

    @Test("A resize below the minimum shows the sizes, and back above it the page again")
    func resize() {
        let pilot = Pilot()
        pilot.press("s")
        pilot.send(.resize(Size(width: 50, height: 10)))
        #expect(pilot.screen().text.contains("This one is 50x10."))
        pilot.send(.resize(Size(width: 100, height: 30)))
        #expect(pilot.screen().text.contains("An odd connection from CI"))
    }
}
