import Testing
import TabletopCore
@testable import TabletopUI

/// A participant's app through scripted events: joining, voting and changing the vote, arguing, withdrawing,
/// the countdown counted on locally, and every way the connection ends.
@Suite("Participant app")
struct ParticipantAppTests {
    static let bo = Participant(role: "comms-lead", name: "Bo")

    /// The snapshot a host of the sample drill sends after its facilitator pressed `keys`, with `votes` cast.
    static func snapshot(after keys: [String] = ["s"], votes: [VoteTally.Ballot] = [], roster: [Participant] = [bo]) -> DrillSnapshot {
        let team = HostedTeam(joinCommand: "tabletop join S --role ROLE", consensus: false)
        let host = Pilot(App(setup: Fixtures.dependencyConfusion(), configuration: AppConfiguration(), size: Size(width: 80, height: 24), team: team))
        for key in keys { host.press(key) }
        return DrillSnapshot(drill: host.app.sharedDrill, tally: VoteTally(ballots: votes), roster: roster)
    }

    /// Bo's app, welcomed and given `snapshot`.
    static func joined(_ snapshot: DrillSnapshot = snapshot(), size: Size = Size(width: 80, height: 24)) -> ParticipantApp {
        var app = ParticipantApp(joining: bo, at: "/tmp/drill.sock", configuration: AppConfiguration(), size: size)
        _ = app.update(.host(.welcome(bo)))
        _ = app.update(.host(.snapshot(snapshot)))
        return app
    }

    static func press(_ app: inout ParticipantApp, _ keys: String...) -> [ParticipantEffect] {
        keys.flatMap { app.update(.terminal(.key(Pilot.key($0)))) }
    }

    /// The text of the frame `app` draws now.
    static func text(_ app: ParticipantApp) -> String {
        var screen = Screen(app.size)
        app.render(into: &screen)
        return screen.text
    }

    @Test("Enter or a digit votes for an option; voting again changes the vote")
    func vote() {
        var app = Self.joined()
        #expect(app.canVote)
        #expect(Self.press(&app, "enter") == [.vote(option: "declare", argument: nil)])
        #expect(Self.press(&app, "2") == [.vote(option: "dig-in", argument: nil)])
        #expect(app.selection == 1)
        #expect(Self.press(&app, "up", "enter") == [.vote(option: "declare", argument: nil)])
    }

    @Test("a types a one-line argument and votes with it; voting again for that option keeps it; Esc cancels")
    func argue() {
        var app = Self.joined()
        #expect(Self.press(&app, "down", "a").isEmpty)
        #expect(app.input?.purpose == .argument(option: "dig-in"))
        for character in "on-call knows it" { _ = app.update(.terminal(.key(.character(character)))) }
        #expect(Self.press(&app, "enter") == [.vote(option: "dig-in", argument: "on-call knows it")])
        _ = app.update(.host(.snapshot(Self.snapshot(votes: [VoteTally.Ballot(voter: Self.bo, option: "dig-in", argument: "on-call knows it")]))))
        #expect(Self.press(&app, "2") == [.vote(option: "dig-in", argument: "on-call knows it")])
        #expect(Self.press(&app, "1") == [.vote(option: "declare", argument: nil)])
        #expect(Self.press(&app, "a", "x", "esc").isEmpty)
        #expect(app.input == nil)
    }

    @Test("An argument is cut to the protocol's bound as it is typed")
    func argumentBound() {
        var app = Self.joined()
        _ = Self.press(&app, "a")
        for _ in 0..<(LinkProtocol.maximumArgumentLength + 20) { _ = app.update(.terminal(.key(.character("x")))) }
        #expect(app.input?.text.count == LinkProtocol.maximumArgumentLength)
    }

    @Test("w withdraws a vote that was cast, and only then")
    func withdraw() {
        var app = Self.joined()
        #expect(Self.press(&app, "w").isEmpty)
        _ = app.update(.host(.snapshot(Self.snapshot(votes: [VoteTally.Ballot(voter: Self.bo, option: "declare")]))))
        #expect(app.myBallot?.option == "declare")
        #expect(Self.press(&app, "w") == [.withdraw])
    }

    @Test("Before the welcome, before the drill starts and after its end there is nothing to vote on")
    func nothingToVote() {
        var connecting = ParticipantApp(joining: Self.bo, at: "/tmp/drill.sock", configuration: AppConfiguration(), size: Size(width: 80, height: 24))
        #expect(Self.press(&connecting, "enter", "1", "a").isEmpty)
        var waiting = Self.joined(Self.snapshot(after: []))
        #expect(!waiting.canVote)
        #expect(Self.press(&waiting, "enter").isEmpty)
        var ended = Self.joined(Self.snapshot(after: ["s"] + Array(repeating: ["1", "enter"], count: 7).flatMap { $0 }))
        #expect(ended.snapshot?.drill.ending != nil)
        #expect(Self.press(&ended, "1").isEmpty)
    }

    @Test("A new round clears the selection and an open argument")
    func newRound() {
        var app = Self.joined()
        _ = Self.press(&app, "down", "a")
        _ = app.update(.host(.snapshot(Self.snapshot(after: ["s", "1", "enter"]))))
        #expect(app.selection == 0)
        #expect(app.input == nil)
        #expect(app.snapshot?.drill.round == 2)
    }

    @Test("The countdown counts down from the host's figure between snapshots, and stands while the host is paused")
    func countdown() {
        let timed = Self.snapshot(after: ["s", "1", "enter", "1", "enter"])
        var app = Self.joined(timed)
        _ = app.update(.terminal(.tick(1_000_000_000)))
        _ = app.update(.terminal(.tick(11_000_000_000)))
        #expect(app.countdown?.secondsLeft == 110)
        var paused = timed
        paused.drill.countdown?.paused = true
        _ = app.update(.host(.snapshot(paused)))
        _ = app.update(.terminal(.tick(71_000_000_000)))
        #expect(app.countdown?.secondsLeft == 120)
    }

    @Test("Home scrolls the timeline no further than its first line, so the PgDn after it moves the view")
    func scrollLimits() {
        var app = Self.joined(Self.snapshot(after: ["s"] + Array(repeating: ["1", "enter"], count: 4).flatMap { $0 }))
        _ = Self.press(&app, "home")
        let top = app.timelineScroll
        #expect(top > 0 && top < 1_000)
        let atTop = Self.text(app)
        #expect(atTop.contains("T+00:00  An odd connection from CI"))
        _ = Self.press(&app, "pgup")
        #expect(app.timelineScroll == top)
        _ = Self.press(&app, "pgdn")
        #expect(app.timelineScroll < top)
        #expect(Self.text(app) != atTop)
    }

    @Test("PgUp and PgDn move the timeline by its pane's height less two lines, as on the facilitator's screen")
    func pageStep() throws {
        var app = Self.joined(Self.snapshot(after: ["s"] + Array(repeating: ["1", "enter"], count: 4).flatMap { $0 }))
        let snapshot = try #require(app.snapshot)
        let page = DrillLayout(app, snapshot: snapshot, team: TeamView(participant: app, snapshot: snapshot)).timeline.height - 2
        _ = Self.press(&app, "home")
        let top = app.timelineScroll
        try #require(top > page)
        _ = Self.press(&app, "end")
        _ = Self.press(&app, "pgup")
        #expect(app.timelineScroll == page)
        _ = Self.press(&app, "pgup", "pgdn")
        #expect(app.timelineScroll == page)
    }

    @Test("The host closing, a refusal, a drop and a lost connection each end the app with their own exit")
    func endings() {
        var app = Self.joined()
        #expect(app.update(.host(.closing(reason: "the drill is over"))) == [.exit(.closedByHost("the drill is over"))])
        #expect(app.update(.host(.rejected(reason: "replaced by a new connection as the same participant")))
            == [.exit(.failed("the host dropped this connection: replaced by a new connection as the same participant", status: .unavailable))])
        var refused = ParticipantApp(joining: Self.bo, at: "/tmp/drill.sock", configuration: AppConfiguration(), size: Size(width: 80, height: 24))
        #expect(refused.update(.host(.rejected(reason: "unknown role 'x'"))) == [.exit(.failed("the host did not let you in: unknown role 'x'", status: .usage))])
        guard case .exit(.failed(let message, .unavailable))? = app.update(.connectionLost("the host went away")).first else {
            Issue.record("a lost connection does not exit with 69")
            return
        }
        #expect(message.contains("the host went away"))
        #expect(Self.press(&app, "q") == [.leave, .exit(.finished)])
        #expect(app.update(.terminal(.signal(.hangup))) == [.leave, .exit(.signal(.hangup, resumeCommand: nil))])
    }

    @Test("? shows the participant's keys under its own title, not the facilitator's")
    func help() {
        var app = Self.joined()
        #expect(Self.press(&app, "?").isEmpty)
        var screen = Screen(app.size)
        app.render(into: &screen)
        #expect(screen.text.contains("Keys: Team drill"))
        #expect(screen.text.contains("withdraw your vote"))
        #expect(!screen.text.contains("start the drill"))
    }

    @Test("Text from the host reaches the screen without control characters")
    func hostileText() {
        var snapshot = Self.snapshot()
        snapshot.drill.scenarioTitle = "Evil\u{1B}]0;pwned\u{07} title"
        snapshot.drill.options[0].label = "Click \u{1B}[31mred\u{1B}[0m"
        let app = Self.joined(snapshot)
        var screen = Screen(app.size)
        app.render(into: &screen)
        #expect(!screen.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(screen.text.contains("Click"))
    }
}
