import Testing
import TabletopCore
@testable import TabletopUI

/// The facilitator's side of a hosted drill through scripted events: the roster, votes and their changes, the
/// commit action with its prefilled rationale, consensus, the timeout, and what is published to participants.
@Suite("Hosted drill")
struct HostedDrillTests {
    static let ana = Participant(role: "incident-commander", name: "Ana")
    static let bo = Participant(role: "comms-lead", name: "Bo")
    static let cy = Participant(role: "platform-lead", name: "Cy")

    /// A pilot hosting the sample drill, started, with `joined` connected.
    static func hosting(consensus: Bool = false, joined: [Participant] = [ana, bo, cy]) -> Pilot {
        let team = HostedTeam(joinCommand: "tabletop join /tmp/drill.sock --role ROLE", consensus: consensus)
        let pilot = Pilot(App(setup: Fixtures.dependencyConfusion(), configuration: AppConfiguration(), size: Size(width: 80, height: 24), team: team))
        pilot.press("s")
        for participant in joined { pilot.send(.team(.joined(participant))) }
        return pilot
    }

    static func vote(_ pilot: Pilot, _ participant: Participant, _ option: String, round: Int = 1, argument: String? = nil) {
        pilot.send(.team(.voted(participant, LinkVote(round: round, option: option, argument: argument))))
    }

    @Test("Joins, votes and a changed vote are tallied per option and journaled")
    func tally() throws {
        let pilot = Self.hosting()
        Self.vote(pilot, Self.ana, "declare", argument: "we need a bridge")
        Self.vote(pilot, Self.bo, "dig-in")
        Self.vote(pilot, Self.bo, "declare")
        let team = try #require(pilot.app.team)
        #expect(team.connected == [Self.ana, Self.bo, Self.cy])
        #expect(team.tally.count(for: "declare") == 2)
        #expect(team.tally.count(for: "dig-in") == 0)
        #expect(pilot.recorder.calls == ["started", "joined", "joined", "joined", "voted", "voted", "voted"])
        #expect(pilot.app.session?.state.decisions == 0)
    }

    @Test("Votes for another round or for an option not on offer do not count; a withdrawal does")
    func ignoredVotes() throws {
        let pilot = Self.hosting()
        Self.vote(pilot, Self.ana, "declare", round: 2)
        Self.vote(pilot, Self.ana, "sbom")
        #expect(pilot.app.team?.tally.ballots.isEmpty == true)
        Self.vote(pilot, Self.ana, "declare")
        pilot.send(.team(.withdrew(Self.ana, round: 1)))
        #expect(pilot.app.team?.tally.ballots.isEmpty == true)
        #expect(pilot.recorder.calls.suffix(2) == ["voted", "voted"])
    }

    @Test("c opens the leading option's rationale prefilled with its arguments; Enter commits it and the votes reset")
    func commitLeader() throws {
        let pilot = Self.hosting()
        Self.vote(pilot, Self.ana, "dig-in", argument: "on-call knows it")
        Self.vote(pilot, Self.bo, "dig-in", argument: "no panic")
        Self.vote(pilot, Self.cy, "declare")
        pilot.press("c")
        let input = try #require(pilot.app.input)
        #expect(input.purpose == .rationale(option: 1, pickedAt: pilot.app.now))
        #expect(input.text == "Ana (incident-commander): on-call knows it; Bo (comms-lead): no panic")
        pilot.press("enter")
        #expect(pilot.recorder.decisions.last?.rationale == input.text)
        #expect(pilot.app.session?.state.decisions == 1)
        #expect(pilot.app.round == 2)
        #expect(pilot.app.team?.tally.ballots.isEmpty == true)
    }

    @Test("Without votes c says so; Enter commits any option, its rationale prefilled from that option's arguments")
    func commitAnyOption() throws {
        let pilot = Self.hosting()
        pilot.press("c")
        #expect(pilot.app.input == nil)
        #expect(pilot.app.status == "No votes yet: pick any option with 1-9 or Enter.")
        Self.vote(pilot, Self.ana, "dig-in")
        Self.vote(pilot, Self.bo, "dig-in")
        Self.vote(pilot, Self.cy, "declare", argument: "a bridge first")
        pilot.press("1")
        #expect(pilot.app.input?.text == "Cy (platform-lead): a bridge first")
        pilot.press("backspace")
        pilot.press("enter")
        #expect(pilot.recorder.decisions.last?.rationale == "Cy (platform-lead): a bridge firs")
        #expect(pilot.app.session?.scene?.id == "triage")
    }

    @Test("--consensus commits once every connected participant voted the same option, with their arguments")
    func consensus() throws {
        let pilot = Self.hosting(consensus: true)
        Self.vote(pilot, Self.ana, "declare", argument: "bridge")
        Self.vote(pilot, Self.bo, "declare")
        #expect(pilot.app.session?.state.decisions == 0)
        Self.vote(pilot, Self.cy, "dig-in")
        #expect(pilot.app.session?.state.decisions == 0)
        Self.vote(pilot, Self.cy, "declare")
        #expect(pilot.app.session?.state.decisions == 1)
        #expect(pilot.recorder.decisions.last?.rationale == "Ana (incident-commander): bridge")
        #expect(pilot.app.team?.tally.ballots.isEmpty == true)
    }

    @Test("--consensus counts connected participants only: a dissenter who drops lets the others' agreement commit")
    func consensusAfterDrop() throws {
        let pilot = Self.hosting(consensus: true)
        Self.vote(pilot, Self.ana, "dig-in")
        Self.vote(pilot, Self.bo, "dig-in")
        Self.vote(pilot, Self.cy, "declare")
        #expect(pilot.app.session?.state.decisions == 0)
        pilot.send(.team(.left(Self.cy, reason: "connection closed")))
        #expect(pilot.app.session?.state.decisions == 1)
        let member = try #require(pilot.app.team?.members.first { $0.participant == Self.cy })
        #expect(!member.connected && member.reason == "connection closed")
        pilot.send(.team(.joined(Self.cy)))
        #expect(pilot.app.team?.connected.contains(Self.cy) == true)
    }

    @Test("--consensus waits while the drill is paused, and commits when it resumes")
    func consensusPaused() {
        let pilot = Self.hosting(consensus: true, joined: [Self.ana])
        pilot.press("p")
        Self.vote(pilot, Self.ana, "declare")
        #expect(pilot.app.session?.state.decisions == 0)
        pilot.press("p")
        #expect(pilot.app.session?.state.decisions == 1)
    }

    @Test("At the countdown's end the timeout is taken whatever the votes, and the next round starts empty")
    func timeoutWithVotes() throws {
        let pilot = Self.hosting()
        pilot.press("1", "enter", "1", "enter")
        #expect(pilot.app.session?.scene?.id == "contain")
        Self.vote(pilot, Self.cy, "block", round: 3)
        #expect(pilot.app.team?.tally.count(for: "block") == 1)
        pilot.wait(seconds: 121)
        #expect(pilot.app.session?.scene?.id != "contain")
        #expect(pilot.recorder.decisions.last?.rationale == nil)
        #expect(pilot.app.team?.tally.ballots.isEmpty == true)
    }

    @Test("The drill is published when participants' view changes: at start, each decision, a pause, with the time left")
    func publishes() throws {
        let team = HostedTeam(joinCommand: "tabletop join S --role ROLE", consensus: false)
        let pilot = Pilot(App(setup: Fixtures.dependencyConfusion(), configuration: AppConfiguration(), size: Size(width: 80, height: 24), team: team))
        #expect(pilot.outbox.published.count == 1)
        #expect(pilot.outbox.published.last?.scene == nil)
        #expect(pilot.outbox.published.last?.roles.count == 3)
        pilot.press("s")
        let started = try #require(pilot.outbox.published.last)
        #expect(started.round == 1 && started.scene?.id == "alert")
        #expect(started.options.map(\.id) == ["declare", "dig-in"])
        #expect(started.options.first?.role == "incident-commander")
        #expect(started.variables.count == 4)
        pilot.send(.team(.joined(Self.ana)))
        Self.vote(pilot, Self.ana, "declare")
        pilot.wait(seconds: 2)
        #expect(pilot.outbox.published.count == 2)
        pilot.press("1", "enter", "1", "enter")
        #expect(pilot.outbox.published.last?.countdown?.secondsLeft == 120)
        pilot.wait(seconds: 3)
        pilot.press("p")
        #expect(pilot.outbox.published.last?.countdown == LinkCountdown(secondsLeft: 117, limitSeconds: 120, paused: true))
        let last = try #require(pilot.outbox.published.last)
        #expect(last.lastDecision?.option == "sbom")
        #expect(last.timeline.contains { $0.kind == .decision && $0.heading == "Query the SBOM store for nw-auth-utils@9.9.9" })
    }

    @Test("Idle ticks, a countdown's seconds, moving the selection and votes neither rebuild nor publish the drill")
    func idleIsNotPublished() {
        let pilot = Self.hosting(joined: [Self.ana])
        pilot.press("1", "enter", "1", "enter")
        let published = pilot.outbox.published.count
        let revision = pilot.app.sharedRevision
        pilot.wait(seconds: 3)
        pilot.press("down", "up")
        Self.vote(pilot, Self.ana, "block", round: 3)
        #expect(pilot.app.team?.tally.count(for: "block") == 1)
        #expect(pilot.app.sharedRevision == revision)
        #expect(pilot.outbox.published.count == published)
        #expect(pilot.app.sharedCountdown == LinkCountdown(secondsLeft: 117, limitSeconds: 120, paused: false))
    }

    @Test("A note, a pause, a resume and a decision each publish the drill once")
    func changesArePublished() throws {
        let pilot = Self.hosting(joined: [Self.ana])
        let published = pilot.outbox.published.count
        pilot.press("n")
        pilot.type("bridge is open")
        pilot.press("enter")
        #expect(pilot.outbox.published.count == published + 1)
        #expect(pilot.outbox.published.last?.timeline.last?.text == "bridge is open")
        pilot.press("p", "p")
        #expect(pilot.outbox.published.count == published + 3)
        pilot.press("1", "enter")
        #expect(pilot.outbox.published.count == published + 4)
        #expect(pilot.outbox.published.last?.round == 2)
    }

    @Test("While the facilitator types a reason or reads the help, participants are told the countdown stands still")
    func heldCountdownIsPublished() throws {
        let pilot = Self.hosting(joined: [Self.ana])
        pilot.press("1", "enter", "1", "enter")
        pilot.wait(seconds: 3)
        let published = pilot.outbox.published.count
        pilot.press("1")
        pilot.wait(seconds: 2)
        #expect(pilot.outbox.published.count == published + 1)
        #expect(pilot.outbox.published.last?.countdown == LinkCountdown(secondsLeft: 117, limitSeconds: 120, paused: true))
        #expect(pilot.app.sharedCountdown == LinkCountdown(secondsLeft: 117, limitSeconds: 120, paused: true))
        pilot.press("esc")
        #expect(pilot.outbox.published.count == published + 2)
        #expect(pilot.outbox.published.last?.countdown == LinkCountdown(secondsLeft: 117, limitSeconds: 120, paused: false))
        pilot.press("?")
        #expect(pilot.outbox.published.last?.countdown?.paused == true)
        pilot.press("esc")
        #expect(pilot.outbox.published.last?.countdown?.paused == false)
        #expect(pilot.outbox.published.count == published + 4)
    }

    @Test("Participants are sent each variable's value as the facilitator's state pane writes it: n/max only with both bounds")
    func sharedValues() throws {
        let setup = Fixtures.setup(json: """
            {"format": "tabletop-scenario/1", "id": "bounds", "title": "Bounds", "summary": "S", "roles": [{"id": "ic", "name": "IC"}],
             "variables": {"both": {"type": "int", "initial": 3, "min": 0, "max": 10, "label": "Both"},
                           "ceiling": {"type": "int", "initial": 4, "max": 10, "label": "Ceiling"},
                           "floor": {"type": "int", "initial": 5, "min": 0, "label": "Floor"},
                           "flag": {"type": "bool", "initial": true, "label": "Flag"},
                           "mode": {"type": "enum", "values": ["quiet", "loud"], "initial": "loud", "label": "Mode"}},
             "start": "s1",
             "scenes": [{"id": "s1", "title": "One", "phase": "detection", "narrative": "N", "prompt": "P",
                         "options": [{"id": "end", "label": "End", "next": "end"}]}],
             "endings": [{"id": "end", "title": "End", "narrative": "Done.", "outcome": "success"}], "injects": []}
            """)
        let team = HostedTeam(joinCommand: "tabletop join S --role ROLE", consensus: false)
        let pilot = Pilot(App(setup: setup, configuration: AppConfiguration(), size: Size(width: 80, height: 24), team: team))
        pilot.press("s")
        let shared = try #require(pilot.outbox.published.last).variables
        #expect(shared.map(\.label) == ["Both", "Ceiling", "Floor", "Flag", "Mode"])
        #expect(shared.map(\.value) == ["3/10", "4", "5", "yes", "loud"])
        var participant = ParticipantApp(joining: Participant(role: "ic", name: "Ana"), at: "/tmp/drill.sock", configuration: AppConfiguration(),
                                         size: pilot.app.size)
        _ = participant.update(.host(.welcome(Participant(role: "ic", name: "Ana"))))
        _ = participant.update(.host(.snapshot(DrillSnapshot(drill: pilot.app.sharedDrill, tally: VoteTally(), roster: []))))
        let facilitatorText = pilot.screen().text, participantText = ParticipantAppTests.text(participant)
        for row in ["Ceiling            4", "Floor              5                     Flag               yes", "Mode               loud"] {
            #expect(facilitatorText.contains(row) && participantText.contains(row))
        }
        #expect(facilitatorText.contains("░ 3/10") && participantText.contains("Both               3/10"))
    }

    @Test("A connection refused before it joined is kept, with who and why, for the team pane")
    func refusal() {
        let pilot = Self.hosting()
        pilot.send(.team(.refused(peer: "pid 41, uid 1001", reason: "sent garbage: a frame declared 104857600 bytes")))
        #expect(pilot.app.team?.lastRefusal == "sent garbage: a frame declared 104857600 bytes (pid 41, uid 1001)")
        #expect(pilot.recorder.calls.last == "joined")
    }

    @Test("A drill that is not hosted publishes nothing and ignores team events")
    func notHosted() {
        let pilot = Pilot()
        pilot.press("s")
        pilot.send(.team(.joined(Self.ana)))
        #expect(pilot.outbox.published.isEmpty)
        #expect(pilot.app.team == nil)
        #expect(pilot.recorder.calls == ["started"])
    }
}
