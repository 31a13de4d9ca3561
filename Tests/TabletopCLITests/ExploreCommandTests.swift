import Foundation
import Testing

@Suite("tabletop explore")
struct ExploreCommandTests {
    @Test func aDeadEndExits65AndSaysHowToGetThere() throws {
        let path = "Tests/TabletopCoreTests/Fixtures/Lint/W302-possible-dead-end.warns.json"
        let result = try CLIRunner.run(["explore", path, "--runs", "50"])
        #expect(result.status == 65)
        #expect(result.stdout.contains("Dead ends: nothing is offered and there is no timeout"))
        #expect(result.stdout.contains("wrap ("))
        #expect(result.stdout.contains("tabletop play \(path) --seed "))
        let exhaustive = try CLIRunner.run(["explore", path, "--exhaustive", "--format", "json"])
        #expect(exhaustive.status == 65)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(exhaustive.stdout.utf8)) as? [String: Any])
        let deadEnds = try #require(object["deadEnds"] as? [[String: Any]])
        #expect(deadEnds.first?["scene"] as? String == "wrap")
        #expect(deadEnds.first?["choices"] as? [String] == ["wait"])
    }

    @Test func aSoundDrillExitsZeroWithScores() throws {
        let result = try CLIRunner.run(["explore", "Scenarios/dependency-confusion.json", "--playbook", "Playbooks/dependency-confusion.json", "--runs", "300", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["mode"] as? String == "random")
        #expect((object["deadEnds"] as? [Any])?.isEmpty == true)
        let scores = try #require(object["scores"] as? [String: Any])
        let highest = try #require(scores["highest"] as? [String: Any])
        #expect(highest["score"] as? Double == 100)
        // The reported path replays to the reported score.
        let choices = try #require(highest["choices"] as? [String]).joined(separator: ",")
        let seed = try #require(highest["seed"] as? NSNumber).uint64Value
        let replay = try CLIRunner.run(["play", "Scenarios/dependency-confusion.json", "--playbook", "Playbooks/dependency-confusion.json",
                                        "--seed", String(seed), "--choices", choices, "--format", "json"])
        #expect(replay.stdout.contains(#""score": 100"#))
    }

    @Test func badNumbersAreUsageErrors() throws {
        #expect(try CLIRunner.run(["explore", "Scenarios/dependency-confusion.json", "--runs", "0"]).status == 64)
        #expect(try CLIRunner.run(["explore", "Scenarios/dependency-confusion.json", "--max-depth", "-1"]).status == 64)
    }
}
