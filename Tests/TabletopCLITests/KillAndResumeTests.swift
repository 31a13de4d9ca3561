import Foundation
import Testing
import TabletopTestSupport

@Suite("Kill and resume: a drill killed with SIGKILL resumes to the uninterrupted result")
struct KillAndResumeTests {
    static let scenario = "Scenarios/dependency-confusion.json"
    static let playbook = "Playbooks/dependency-confusion.json"

    /// Feeds `choices` to headless play on standard input and kills it with SIGKILL as soon as the journal holds
    /// `decisions` decision lines.
    static func killAfter(decisions: Int, feeding choices: [String], arguments: [String], journal: String) throws {
        let outcome = try InterruptedPlay.run(arguments, feeding: choices, journal: journal, signal: SIGKILL, afterDecisions: decisions)
        #expect(outcome.process.terminationReason == .uncaughtSignal, "the process ended before it was killed")
        #expect(InterruptedPlay.decisionLines(journal) == decisions)
    }

    static let paths: [(seed: String, choices: [String], kills: [Int])] = [
        ("1", ["declare", "sbom", "timeout", "rotate-token", "yank", "rebuild", "wait", "review"], [1, 3, 4, 6]),
        ("7", ["declare", "sbom", "block", "rotate-all", "rebuild", "notify", "review"], [2, 5]),
    ]

    /// Killed after several decisions in turn (each run resumes the journal the last one left), then finished:
    /// the same JSON as an uninterrupted run with the same seed and choices, and a journal that verifies.
    @Test(arguments: paths.indices)
    func killedRepeatedlyThenFinishedGivesTheSameResult(index: Int) throws {
        let path = Self.paths[index]
        let uninterrupted = try CLIRunner.run(["play", Self.scenario, "--playbook", Self.playbook, "--seed", path.seed,
                                               "--choices", path.choices.joined(separator: ","), "--format", "json"])
        #expect(uninterrupted.status == 0)
        let journal = try TestFiles.temporaryFolder() + "/drill.jsonl"
        var taken = 0
        for kill in path.kills {
            let arguments = taken == 0
                ? ["play", Self.scenario, "--playbook", Self.playbook, "--seed", path.seed, "--journal", journal]
                : ["play", "--resume", journal]
            try Self.killAfter(decisions: kill, feeding: Array(path.choices[taken..<kill]), arguments: arguments, journal: journal)
            taken = kill
        }
        let finished = try CLIRunner.run(["play", "--resume", journal, "--choices", path.choices[taken...].joined(separator: ","), "--format", "json"])
        #expect(finished.status == 0, "\(finished.stderr)")
        #expect(finished.stdout == uninterrupted.stdout)
        #expect(finished.stderr.contains("tabletop: journal: \(journal)"))
        let verify = try CLIRunner.run(["verify", journal])
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(verify.stdout.contains("intact"))
    }
}
