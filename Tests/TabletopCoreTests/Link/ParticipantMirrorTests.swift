import Testing
@testable import TabletopCore

@Suite("Participant mirror: the host's messages applied in order")
struct ParticipantMirrorTests {
    @Test func welcomeSnapshotAndClosingAreFollowed() {
        var mirror = ParticipantMirror(me: Participant(role: "legal", name: "  Ann"))
        #expect(mirror.status == .joining)
        mirror.apply(.welcome(LinkFixtures.ann))
        #expect(mirror.status == .joined)
        #expect(mirror.me == LinkFixtures.ann)
        let tally = VoteTally(ballots: [.init(voter: LinkFixtures.ann, option: "notify", argument: "law")])
        mirror.apply(.snapshot(DrillSnapshot(drill: LinkFixtures.drill(), tally: tally, roster: [LinkFixtures.ann])))
        #expect(mirror.myVote?.option == "notify")
        #expect(mirror.isOwnedByAnotherRole(LinkOption(id: "contain", label: "Contain", role: "ir-lead")))
        #expect(!mirror.isOwnedByAnotherRole(LinkOption(id: "sue", label: "Sue", role: "legal")))
        #expect(!mirror.isOwnedByAnotherRole(LinkOption(id: "notify", label: "Notify")))
        mirror.apply(.closing(reason: "the drill ended"))
        #expect(mirror.status == .closed(reason: "the drill ended"))
    }
}
