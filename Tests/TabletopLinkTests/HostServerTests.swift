#if canImport(Glibc)
import Glibc
#endif
import Testing
import TabletopCore
@testable import TabletopLink

@Suite("Host and participants over a real socket: join, vote, change, withdraw, leave, rejoin")
struct HostServerTests {
    @Test func participantsJoinAndSeeTheDrillAndTheRoster() throws {
        let link = try LinkHarness()
        let ann = try link.join(LinkHarness.ann)
        let bo = try link.join(LinkHarness.bo)
        #expect(link.settle([ann, bo]) { ann.mirror.snapshot?.roster.count == 2 })
        #expect(ann.mirror.status == .joined)
        #expect(ann.mirror.snapshot?.drill.scenarioTitle == "Phishing")
        #expect(link.host.roster == [LinkHarness.ann, LinkHarness.bo])
        #expect(link.events.contains(.joined(LinkHarness.ann, rejoined: false)))
        #expect(link.events.contains(.joined(LinkHarness.bo, rejoined: false)))
    }

    @Test func votesAreTalliedChangedAndWithdrawn() throws {
        let link = try LinkHarness()
        let ann = try link.join(LinkHarness.ann)
        let bo = try link.join(LinkHarness.bo)
        ann.vote(for: "notify", argument: "the law\u{1B}[2J says so\nnow")
        bo.vote(for: "contain")
        #expect(link.settle([ann, bo]) { bo.mirror.snapshot?.tally.ballots.count == 2 })
        #expect(link.host.tally.ballot(of: LinkHarness.ann)?.argument == "the law[2J says so now")
        #expect(link.events.contains(.voted(LinkHarness.bo, round: 1, option: "contain", argument: nil)))

        bo.vote(for: "notify", argument: "changed my mind")
        #expect(link.settle([ann, bo]) { ann.mirror.snapshot?.tally.count(for: "notify") == 2 })
        #expect(link.host.consensus == "notify")
        #expect(link.host.tally.rationale(for: "notify") == "Ann (legal): the law[2J says so now; Bo (ir-lead): changed my mind")

        ann.withdrawVote()
        #expect(link.settle([ann, bo]) { bo.mirror.snapshot?.tally.count(for: "notify") == 1 })
        #expect(link.events.contains(.withdrew(LinkHarness.ann, round: 1)))
        #expect(link.host.consensus == nil)
    }

    @Test func aNewRoundStartsAnEmptyTallyAndStaleVotesAreIgnored() throws {
        let link = try LinkHarness()
        let ann = try link.join(LinkHarness.ann)
        ann.vote(for: "notify")
        #expect(link.settle([ann]) { ann.mirror.myVote != nil })
        link.host.publish(LinkHarness.drill(round: 2))
        #expect(link.settle([ann]) { ann.mirror.snapshot?.drill.round == 2 })
        #expect(ann.mirror.myVote == nil)
        #expect(link.host.tally.ballots.isEmpty)
        let stale = try PeerProbe(path: link.socketPath)
        try stale.send(.hello(LinkHello(participant: LinkHarness.cy)))
        try stale.send(.vote(LinkVote(round: 1, option: "contain")))
        try stale.send(.vote(LinkVote(round: 2, option: "wait")))
        #expect(link.settle([ann]) { link.host.tally.ballots.count == 1 })
        #expect(link.host.tally.ballots == [VoteTally.Ballot(voter: LinkHarness.cy, option: "wait")])
        #expect(!link.events.contains(.voted(LinkHarness.cy, round: 1, option: "contain", argument: nil)))
    }

    @Test func leavingWithdrawsTheVoteAndIsReported() throws {
        let link = try LinkHarness()
        let ann = try link.join(LinkHarness.ann)
        let bo = try link.join(LinkHarness.bo)
        ann.vote(for: "wait")
        #expect(link.settle([ann, bo]) { bo.mirror.snapshot?.tally.count(for: "wait") == 1 })
        ann.leave()
        #expect(link.settle([bo]) { bo.mirror.snapshot?.roster == [LinkHarness.bo] })
        #expect(bo.mirror.snapshot?.tally.ballots.isEmpty == true)
        #expect(link.events.contains(.left(LinkHarness.ann, reason: "left")))
    }

    @Test func aDroppedParticipantRejoinsWithItsVoteAndTheCurrentState() throws {
        let link = try LinkHarness()
        var ann: ParticipantConnection? = try link.join(LinkHarness.ann)
        ann?.vote(for: "notify")
        #expect(link.settle([ann!]) { ann!.mirror.myVote != nil })
        ann = nil   // the process dies: its descriptor closes without a goodbye
        #expect(link.settle([]) { link.host.roster.isEmpty })
        #expect(link.events.contains(.left(LinkHarness.ann, reason: "connection closed")))
        link.host.publish({ var drill = LinkHarness.drill(); drill.clock = 55; return drill }())
        let again = try link.join(LinkHarness.ann)
        #expect(again.mirror.snapshot?.drill.clock == 55)
        #expect(again.mirror.myVote?.option == "notify")
    }

    @Test func aRefreshedCountdownSendsNothingAndGoesWithTheNextSnapshot() throws {
        var timed = LinkHarness.drill()
        timed.countdown = LinkCountdown(secondsLeft: 120, limitSeconds: 120, paused: false)
        let link = try LinkHarness(drill: timed)
        let ann = try link.join(LinkHarness.ann)
        #expect(ann.mirror.snapshot?.drill.countdown?.secondsLeft == 120)
        _ = ann.pump()
        link.host.refresh(countdown: LinkCountdown(secondsLeft: 90, limitSeconds: 120, paused: false))
        _ = link.host.pump()
        #expect(ann.pump().isEmpty)
        let bo = try link.join(LinkHarness.bo)
        #expect(link.settle([ann, bo]) { ann.mirror.snapshot?.roster.count == 2 })
        #expect(ann.mirror.snapshot?.drill.countdown?.secondsLeft == 90)
    }

    @Test func joiningAgainAsTheSameParticipantReplacesTheOldConnection() throws {
        let link = try LinkHarness()
        let first = try link.join(LinkHarness.ann)
        let second = try link.join(LinkHarness.ann)
        #expect(link.settle([first, second]) { !first.isOpen })
        #expect(first.closeReason == "the host refused: replaced by a new connection as the same participant")
        #expect(second.isOpen)
        #expect(link.host.roster == [LinkHarness.ann])
        #expect(link.events.contains(.joined(LinkHarness.ann, rejoined: true)))
    }

    @Test(arguments: [
        (LinkHello(protocolVersion: 2, participant: LinkHarness.ann), "the host refused: speaks protocol version 2; this host speaks 1"),
        (LinkHello(participant: Participant(role: "ceo", name: "Zed")), "the host refused: unknown role 'ceo'; the roles are legal, ir-lead, comms"),
        (LinkHello(participant: Participant(role: "legal", name: " \u{1B}\u{7} ")), "the host refused: a name is required"),
    ])
    func aBadHelloIsRefusedWithItsReason(hello: LinkHello, reason: String) throws {
        let link = try LinkHarness()
        let probe = try PeerProbe(path: link.socketPath)
        try probe.send(.hello(hello))
        let replies = probe.replies(pumping: link)
        #expect(replies.first.map { "the host refused: " + ($0.rejection ?? "") } == reason)
        #expect(link.events.contains { if case .refused = $0 { return true } else { return false } })
        #expect(link.host.roster.isEmpty)
    }

    @Test func namesAreCleanedAndBounded() throws {
        let link = try LinkHarness()
        let long = try link.join(Participant(role: "legal", name: "  Ann\u{1B}]0;pwned\u{7} " + String(repeating: "n", count: 100)))
        #expect(long.mirror.me.name == "Ann]0;pwned " + String(repeating: "n", count: LinkProtocol.maximumNameLength - 12))
    }

    @Test func theHostClosingTellsEveryParticipantAndRemovesTheSocket() throws {
        let link = try LinkHarness()
        let ann = try link.join(LinkHarness.ann)
        link.host.close(reason: "the facilitator quit")
        #expect(link.settle([ann]) { !ann.isOpen })
        #expect(ann.closeReason == "the host closed: the facilitator quit")
        #expect(ann.mirror.status == .closed(reason: "the facilitator quit"))
        #expect(access(link.socketPath, F_OK) != 0)
    }
}
