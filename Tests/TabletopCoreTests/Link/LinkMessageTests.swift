import Testing
@testable import TabletopCore

@Suite("Link messages: every message round-trips; invalid payloads are named")
struct LinkMessageTests {
    static let participantMessages: [ParticipantMessage] = [
        .hello(LinkHello(participant: LinkFixtures.ann)),
        .vote(LinkVote(round: 3, option: "notify", argument: "the clock \"started\"")),
        .vote(LinkVote(round: 3, option: "notify")),
        .withdraw(round: 3), .leave,
    ]

    @Test(arguments: participantMessages)
    func participantMessagesRoundTrip(message: ParticipantMessage) throws {
        #expect(try ParticipantMessage(payload: message.payload) == message)
    }

    static let hostMessages: [HostMessage] = [
        .welcome(LinkFixtures.ann),
        .snapshot(DrillSnapshot(drill: LinkFixtures.drill(round: 2), tally: VoteTally(ballots: [.init(voter: LinkFixtures.ann, option: "notify", argument: "why")]),
                                roster: [LinkFixtures.ann, LinkFixtures.bo])),
        .snapshot(DrillSnapshot(
            drill: SharedDrillState(scenarioTitle: "T", clock: 300, round: 7, roles: [], scene: nil, options: [], countdown: nil, timeline: [],
                                    variables: [], lastDecision: nil, ending: LinkEnding(id: "done", title: "Done", outcome: "success", narrative: "Over.")),
            tally: VoteTally(), roster: [])),
        .closing(reason: "the drill ended"), .rejected(reason: "unknown role 'x'"),
    ]

    @Test(arguments: hostMessages)
    func hostMessagesRoundTrip(message: HostMessage) throws {
        #expect(try HostMessage(payload: message.payload) == message)
    }

    @Test func payloadsAreOneLineOfJSONWithTheTypeFirst() {
        let text = String(decoding: HostMessage.snapshot(DrillSnapshot(drill: LinkFixtures.drill(), tally: VoteTally(), roster: [])).payload, as: UTF8.self)
        #expect(text.hasPrefix(#"{"type": "snapshot", "title": "Phishing \"quoted\"""#))
        #expect(!text.contains("\n"))
        #expect(!text.contains("\u{1B}"))
    }

    @Test(arguments: [
        ("not json", "not JSON"),
        ("[1]", "a message must be a JSON object"),
        (#"{"type": "dance"}"#, "unknown message type 'dance'"),
        (#"{"type": "hello", "role": "legal", "name": "Ann"}"#, "missing 'protocol'"),
        (#"{"type": "vote", "round": "3", "option": "x"}"#, "'round' must be an integer"),
        (#"{"type": "vote", "round": 3, "option": 4}"#, "'option' must be a string"),
    ])
    func invalidParticipantPayloadsSayWhy(payload: String, message: String) {
        #expect {
            try ParticipantMessage(payload: Array(payload.utf8))
        } throws: { error in
            (error as? LinkMessageError)?.message.hasPrefix(message) == true
        }
    }

    @Test func aWelcomeForAnotherVersionIsRefused() {
        #expect(throws: LinkMessageError("the host speaks protocol 2, not 1")) {
            try HostMessage(payload: Array(#"{"type": "welcome", "protocol": 2, "role": "a", "name": "b"}"#.utf8))
        }
    }

    @Test func aSnapshotKeepsTheLatestTimelineEntriesAndFitsTheBound() throws {
        let longText = String(repeating: "x", count: 4000)
        let timeline = (0..<500).map { LinkTimelineEntry(clock: $0, kind: .note, heading: "note \($0)", text: longText) }
        let payload = HostMessage.snapshot(DrillSnapshot(drill: LinkFixtures.drill(timeline: timeline), tally: VoteTally(), roster: [])).payload
        #expect(payload.count <= LinkProtocol.maximumHostPayload)
        guard case .snapshot(let snapshot) = try HostMessage(payload: payload) else { Issue.record("not a snapshot"); return }
        #expect(snapshot.drill.timeline.last?.heading == "note 499")
        #expect(snapshot.drill.timeline.count < LinkProtocol.maximumTimelineEntries)
    }

    @Test func aSnapshotWithAHugeNarrativeIsCutToFit() throws {
        var drill = LinkFixtures.drill()
        drill.scene?.narrative = String(repeating: "y", count: 2 * LinkProtocol.maximumHostPayload)
        let payload = HostMessage.snapshot(DrillSnapshot(drill: drill, tally: VoteTally(), roster: [])).payload
        #expect(payload.count <= LinkProtocol.maximumHostPayload)
        guard case .snapshot(let snapshot) = try HostMessage(payload: payload) else { Issue.record("not a snapshot"); return }
        #expect(snapshot.drill.scene?.narrative.hasSuffix("...") == true)
    }
}
