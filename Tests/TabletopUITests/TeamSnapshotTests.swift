import Testing
import TabletopCore
@testable import TabletopUI

/// The frames of a hosted drill at 80x24 and 120x40: the facilitator's roster, tally and commit dialog, and the
/// participant's screens, compared with `Snapshots/`.
@Suite("Team drill snapshots")
struct TeamSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    private func name(_ base: String, _ size: Size) -> String { "\(base)-\(size.width)x\(size.height)" }

    /// The facilitator with three who joined: two voted with arguments, one dropped.
    private func facilitator(_ size: Size) -> Pilot {
        let pilot = HostedDrillTests.hosting()
        pilot.send(.resize(size))
        HostedDrillTests.vote(pilot, HostedDrillTests.ana, "declare", argument: "a bridge before anything else")
        HostedDrillTests.vote(pilot, HostedDrillTests.bo, "declare", argument: "customers will ask")
        HostedDrillTests.vote(pilot, HostedDrillTests.cy, "dig-in")
        pilot.send(.team(.left(HostedDrillTests.cy, reason: "connection closed")))
        pilot.send(.team(.refused(peer: "pid 41, uid 1001", reason: "unknown role 'janitor'")))
        return pilot
    }

    @Test("The facilitator sees who joined with role, who dropped, the votes per option, the arguments and the last refusal", arguments: sizes)
    func roster(size: Size) {
        expectSnapshot(facilitator(size).screen(), name("host-team", size))
    }

    @Test("Before anyone joins, the team pane says how to join", arguments: sizes)
    func empty(size: Size) {
        let pilot = HostedDrillTests.hosting(joined: [])
        pilot.send(.resize(size))
        expectSnapshot(pilot.screen(), name("host-empty", size))
    }

    @Test("On the briefing the facilitator sees who has joined before starting", arguments: sizes)
    func briefing(size: Size) {
        let team = HostedTeam(joinCommand: "tabletop join /tmp/drill.sock --role ROLE", consensus: false)
        let pilot = Pilot(App(setup: Fixtures.dependencyConfusion(), configuration: AppConfiguration(), size: size, team: team))
        pilot.send(.team(.joined(HostedDrillTests.ana)))
        pilot.send(.team(.joined(HostedDrillTests.bo)))
        expectSnapshot(pilot.screen(), name("host-briefing", size))
    }

    @Test("c opens the commit dialog of the leading option with the arguments as its rationale", arguments: sizes)
    func commit(size: Size) {
        let pilot = facilitator(size)
        pilot.press("c")
        expectSnapshot(pilot.screen(), name("host-commit", size))
    }

    @Test("A participant sees the drill, the options with other roles' calls marked, the votes and their own", arguments: sizes)
    func participant(size: Size) {
        let votes = [VoteTally.Ballot(voter: HostedDrillTests.ana, option: "declare", argument: "a bridge before anything else"),
                     VoteTally.Ballot(voter: ParticipantAppTests.bo, option: "dig-in")]
        let snapshot = ParticipantAppTests.snapshot(votes: votes, roster: [HostedDrillTests.ana, ParticipantAppTests.bo])
        var app = ParticipantAppTests.joined(snapshot, size: size)
        expectSnapshot(render(app), name("participant-vote", size))
        _ = ParticipantAppTests.press(&app, "a")
        for character in "the bridge can wait an hour" { _ = app.update(.terminal(.key(.character(character)))) }
        expectSnapshot(render(app), name("participant-argue", size))
    }

    @Test("A participant's screens while joining and while waiting for the facilitator to start", arguments: sizes)
    func waiting(size: Size) {
        let connecting = ParticipantApp(joining: ParticipantAppTests.bo, at: "/run/user/1000/tabletop/dependency-confusion.sock",
                                        configuration: AppConfiguration(), size: size)
        expectSnapshot(render(connecting), name("participant-connecting", size))
        expectSnapshot(render(ParticipantAppTests.joined(ParticipantAppTests.snapshot(after: []), size: size)), name("participant-waiting", size))
    }

    private func render(_ app: ParticipantApp) -> Screen {
        var screen = Screen(app.size)
        app.render(into: &screen)
        return screen
    }
}
