import Foundation
import Testing
@testable import TabletopCore
import TabletopFuzzTargets

/// The `link` fuzz target's seeds are streams of every message kind made by the real encoder, kept in Fixtures/link-seeds;
/// `TABLETOP_RECORD_SNAPSHOTS=1` rewrites them.
@Suite("Link fuzz seeds")
struct LinkFuzzSeedTests {
    /// A seed: its file name and its bytes, a direction-and-chunk byte then frames.
    struct Seed: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var testDescription: String { name }
    }

    /// The first byte of a stream the host reads from a participant, arriving `chunk` bytes at a time (1 to 128).
    static func fromParticipant(chunk: Int, _ messages: [ParticipantMessage]) -> [UInt8] {
        [UInt8((chunk - 1) << 1)] + messages.flatMap { LinkFrame.encode($0.payload) }
    }

    /// The first byte of a stream a participant reads from the host, arriving `chunk` bytes at a time (1 to 128).
    static func fromHost(chunk: Int, _ messages: [HostMessage]) -> [UInt8] {
        [UInt8((chunk - 1) << 1 | 1)] + messages.flatMap { LinkFrame.encode($0.payload) }
    }

    static let snapshot = DrillSnapshot(
        drill: LinkFixtures.drill(round: 2),
        tally: VoteTally(ballots: [.init(voter: LinkFixtures.bo, option: "contain", argument: "stop the beacon"),
                                   .init(voter: LinkFixtures.ann, option: "notify")]),
        roster: [LinkFixtures.ann, LinkFixtures.bo, LinkFixtures.cy])

    static var ended: DrillSnapshot {
        var ended = snapshot
        ended.drill.scene = nil
        ended.drill.options = []
        ended.drill.countdown = nil
        ended.drill.ending = LinkEnding(id: "contained", title: "Contained", outcome: "success", narrative: "Done.")
        ended.tally = VoteTally()
        return ended
    }

    static let seeds: [Seed] = [
        Seed(name: "participant-hello-votes-leave.bin", bytes: fromParticipant(chunk: 128, [
            .hello(LinkHello(participant: LinkFixtures.ann)), .vote(LinkVote(round: 2, option: "notify", argument: "72 hours")),
            .vote(LinkVote(round: 2, option: "contain")), .withdraw(round: 2), .leave,
        ])),
        Seed(name: "participant-three-voters.bin", bytes: fromParticipant(chunk: 3, [
            .hello(LinkHello(participant: LinkFixtures.ann)), .vote(LinkVote(round: 1, option: "notify", argument: "regulator")),
            .hello(LinkHello(participant: LinkFixtures.bo)), .vote(LinkVote(round: 1, option: "contain")),
            .hello(LinkHello(participant: LinkFixtures.cy)), .vote(LinkVote(round: 1, option: "notify", argument: "press")),
        ])),
        Seed(name: "host-welcome-snapshots-closing.bin", bytes: fromHost(chunk: 128, [
            .welcome(LinkFixtures.ann), .snapshot(snapshot), .snapshot(ended), .closing(reason: "the drill ended"),
        ])),
        Seed(name: "host-rejected.bin", bytes: fromHost(chunk: 5, [.rejected(reason: "unknown role 'cfo'; the roles are legal")])),
    ]

    @Test(arguments: seeds)
    func isCommittedAndAccepted(seed: Seed) throws {
        let file = TestSupport.fixtures.appendingPathComponent("link-seeds").appendingPathComponent(seed.name)
        if ProcessInfo.processInfo.environment["TABLETOP_RECORD_SNAPSHOTS"] == "1" {
            try Data(seed.bytes).write(to: file)
        }
        #expect(try InputFile.read(file.path) == seed.bytes, "run with TABLETOP_RECORD_SNAPSHOTS=1 to rewrite it")
        #expect(FuzzTarget.link.run(seed.bytes, reference: try FuzzTargetTests.reference.get()) == .accepted)
    }

    @Test("A broken stream is refused with its first problem", arguments: [
        (fromParticipant(chunk: 1, [.vote(LinkVote(round: 1, option: "notify"))]), "rejected vote-before-hello"),
        ([0] + LinkFrame.encode("{\"type\":\"hello\"}"), "rejected invalid-message"),
        ([1] + LinkFrame.encode("{\"type\":\"welcome\",\"protocol\":2,\"role\":\"legal\",\"name\":\"Ann\"}"), "rejected invalid-message"),
        ([0, 0, 0, 0, 0], "rejected empty-frame"),
        ([0, 0, 0, 0x10, 1], "rejected oversized-frame"),
        ([1, 0, 0, 0x10, 1], "rejected torn-frame"),
        (Array(fromHost(chunk: 2, [.closing(reason: "bye")]).dropLast()), "rejected torn-frame"),
    ])
    func broken(stream: [UInt8], outcome: String) throws {
        #expect(FuzzTarget.link.run(stream, reference: try FuzzTargetTests.reference.get()).description == outcome)
    }
}
