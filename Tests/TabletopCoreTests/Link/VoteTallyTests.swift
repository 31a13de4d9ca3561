import Testing
@testable import TabletopCore

@Suite("Vote tally: one ballot each, the leader, consensus and a prefilled rationale")
struct VoteTallyTests {
    let ann = LinkFixtures.ann, bo = LinkFixtures.bo, cy = LinkFixtures.cy

    @Test func aSecondVoteReplacesTheFirst() {
        var tally = VoteTally()
        tally.cast(ann, option: "contain", argument: nil)
        tally.cast(ann, option: "notify", argument: "law")
        #expect(tally.ballots == [.init(voter: ann, option: "notify", argument: "law")])
        #expect(tally.count(for: "contain") == 0)
        #expect(tally.count(for: "notify") == 1)
    }

    @Test func withdrawingRemovesTheBallotOnce() {
        var tally = VoteTally(ballots: [.init(voter: ann, option: "notify")])
        let first = tally.withdraw(ann)
        let second = tally.withdraw(ann)
        #expect(first)
        #expect(!second)
        #expect(tally.ballot(of: ann) == nil)
    }

    @Test func theLeaderHasTheMostVotes() {
        let tally = VoteTally(ballots: [.init(voter: ann, option: "wait"), .init(voter: bo, option: "notify"), .init(voter: cy, option: "notify")])
        #expect(tally.leader(in: ["contain", "notify", "wait"]) == "notify")
    }

    @Test func aTieGoesToTheOptionListedFirstInTheScene() {
        let tally = VoteTally(ballots: [.init(voter: ann, option: "wait"), .init(voter: bo, option: "notify")])
        #expect(tally.leader(in: ["contain", "notify", "wait"]) == "notify")
        #expect(tally.leader(in: ["wait", "notify"]) == "wait")
    }

    @Test func noVotesNoLeader() {
        #expect(VoteTally().leader(in: ["contain"]) == nil)
        #expect(VoteTally(ballots: [.init(voter: ann, option: "gone")]).leader(in: ["contain"]) == nil)
    }

    @Test func consensusNeedsEveryParticipantOnTheSameOption() {
        var tally = VoteTally(ballots: [.init(voter: ann, option: "notify"), .init(voter: bo, option: "notify")])
        #expect(tally.consensus(of: [ann, bo, cy]) == nil)
        tally.cast(cy, option: "wait", argument: nil)
        #expect(tally.consensus(of: [ann, bo, cy]) == nil)
        tally.cast(cy, option: "notify", argument: nil)
        #expect(tally.consensus(of: [ann, bo, cy]) == "notify")
        #expect(tally.consensus(of: []) == nil)
    }

    @Test func theRationaleJoinsTheArgumentsForTheOption() {
        let tally = VoteTally(ballots: [.init(voter: ann, option: "notify", argument: "the law"), .init(voter: bo, option: "notify"),
                                        .init(voter: cy, option: "notify", argument: "customers first"), .init(voter: Participant(role: "x", name: "Di"), option: "wait", argument: "no")])
        #expect(tally.rationale(for: "notify") == "Ann (legal): the law; Cy (comms): customers first")
        #expect(tally.rationale(for: "contain") == nil)
    }
}
