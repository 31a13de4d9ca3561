#if canImport(Glibc)
import Glibc
#endif
import Testing
import TabletopCore
@testable import TabletopLink

@Suite("Hostile clients are dropped with a reason; the host and the other participants go on")
struct HostileClientTests {
    /// The reason the host gave for refusing or dropping connections, in order.
    static func reasons(_ events: [HostEvent]) -> [String] {
        events.compactMap { event in
            switch event {
            case .refused(_, let reason), .left(_, let reason): return reason
            default: return nil
            }
        }
    }

    @Test func garbageBytesAreRefused() throws {
        let link = try LinkHarness()
        let ann = try link.join(LinkHarness.ann)
        let probe = try PeerProbe(path: link.socketPath)
        try probe.send(bytes: Array("GET / HTTP/1.1\r\nHost: x\r\n\r\n".utf8))
        #expect(probe.replies(pumping: link).first?.rejection == "sent garbage: a frame declared 1195725856 bytes, more than the 4096 allowed")
        ann.vote(for: "notify")
        #expect(link.settle([ann]) { ann.mirror.myVote != nil })
    }

    @Test func aFramedPayloadThatIsNotJSONIsRefused() throws {
        let link = try LinkHarness()
        let probe = try PeerProbe(path: link.socketPath)
        try probe.send(bytes: LinkFrame.encode([0xFF, 0x00, 0x41]))
        #expect(probe.replies(pumping: link).first?.rejection?.hasPrefix("sent an invalid message: not JSON") == true)
    }

    @Test func aDeclared100MBMessageIsRefusedWithoutReadingIt() throws {
        let link = try LinkHarness()
        let ann = try link.join(LinkHarness.ann)
        let probe = try PeerProbe(path: link.socketPath)
        try probe.send(.hello(LinkHello(participant: LinkHarness.bo)))
        let header: [UInt8] = [0x06, 0x40, 0x00, 0x00]   // 100 MiB declared
        try probe.send(bytes: header + [UInt8](repeating: 0x20, count: 64 * 1024))
        let replies = probe.replies(pumping: link)
        #expect(replies.last?.rejection == "sent garbage: a frame declared 104857600 bytes, more than the 4096 allowed")
        #expect(Self.reasons(link.events) == ["sent garbage: a frame declared 104857600 bytes, more than the 4096 allowed"])
        #expect(link.host.roster == [LinkHarness.ann])
        // The rest of the 100 MB cannot be sent: the host closed the connection.
        #expect(throws: PeerProbe.ProbeClosed.self) { try probe.send(bytes: [UInt8](repeating: 0x20, count: 8 * 1024 * 1024)) }
        ann.vote(for: "wait")
        #expect(link.settle([ann]) { ann.mirror.myVote?.option == "wait" })
    }

    @Test func aFloodOfMessagesIsCutOffByTheRateLimit() throws {
        let link = try LinkHarness()
        let probe = try PeerProbe(path: link.socketPath)
        try probe.send(.hello(LinkHello(participant: LinkHarness.bo)))
        let vote = LinkFrame.encode(ParticipantMessage.vote(LinkVote(round: 1, option: "wait")).payload)
        try probe.send(bytes: Array((0..<100).map { _ in vote }.joined()))
        #expect(probe.replies(pumping: link).last?.rejection == "more than 10 messages a second")
        #expect(link.events.contains(.left(LinkHarness.bo, reason: "more than 10 messages a second")))
    }

    @Test func aConnectionThatNeverSaysHelloIsDropped() throws {
        let link = try LinkHarness { HostOptions(socketPath: $0, helloTimeoutSeconds: 0) }
        let probe = try PeerProbe(path: link.socketPath)
        #expect(probe.replies(pumping: link).first?.rejection == "no hello within 0 seconds")
    }

    @Test func aMessageBeforeHelloIsRefused() throws {
        let link = try LinkHarness()
        let probe = try PeerProbe(path: link.socketPath)
        try probe.send(.vote(LinkVote(round: 1, option: "wait")))
        #expect(probe.replies(pumping: link).first?.rejection == "sent 'vote' before 'hello'")
    }

    @Test func aVoteForAnOptionNotOnOfferIsRefused() throws {
        let link = try LinkHarness()
        let probe = try PeerProbe(path: link.socketPath)
        try probe.send(.hello(LinkHello(participant: LinkHarness.bo)))
        try probe.send(.vote(LinkVote(round: 1, option: "\u{1B}[2Jpanic")))
        #expect(probe.replies(pumping: link).last?.rejection == "voted for '[2Jpanic', which is not on offer")
    }

    @Test func aParticipantThatNeverReadsIsDroppedWhileTheHostStaysResponsive() throws {
        let link = try LinkHarness { HostOptions(socketPath: $0, queueLimit: 1024 * 1024) }
        let ann = try link.join(LinkHarness.ann)
        let stuck = try PeerProbe(path: link.socketPath)
        try stuck.send(.hello(LinkHello(participant: LinkHarness.bo)))
        #expect(link.settle([ann]) { link.host.roster.count == 2 })
        var drill = LinkHarness.drill()
        drill.timeline = (0..<150).map { LinkTimelineEntry(clock: $0, kind: .note, heading: "note", text: String(repeating: "z", count: 200)) }
        // Publishing never waits for a participant: were it to block on the stuck one, this loop would hang.
        var dropped: [HostEvent] = []
        for clock in 0..<3000 where link.host.roster.count == 2 {
            drill.clock = clock
            dropped += link.host.publish(drill)
            _ = ann.pump()
        }
        #expect(link.host.roster == [LinkHarness.ann])
        #expect(Self.reasons(dropped).count == 1)
        #expect(Self.reasons(dropped).first?.hasPrefix("not reading: ") == true)
        #expect(link.settle([ann]) { ann.mirror.snapshot?.drill.clock == drill.clock })
    }
}
