import Foundation
import Testing
import TabletopTestSupport

@Suite("Headless play stopped by a signal: a quit recorded, the resume command printed, 130, 143 or 129")
struct PlaySignalTests {
    static let scenario = "Scenarios/dependency-confusion.json"
    static let playbook = "Playbooks/dependency-confusion.json"
    static let choices = ["declare", "sbom", "block", "rotate-all", "rebuild", "notify", "review"]

    /// Stopped while it waits for its second choice on standard input: the journal ends with `quit` and verifies,
    /// the message names the signal and the command that resumes, and that command finishes the drill.
    @Test(arguments: [(SIGINT, Int32(130), "SIGINT"), (SIGTERM, Int32(143), "SIGTERM"), (SIGHUP, Int32(129), "SIGHUP")])
    func stoppedWhileWaitingForAChoice(signal: Int32, status: Int32, name: String) throws {
        let journal = try TestFiles.temporaryFolder() + "/drill.jsonl"
        let stopped = try InterruptedPlay.run(["play", Self.scenario, "--playbook", Self.playbook, "--seed", "7", "--journal", journal],
                                              feeding: [Self.choices[0]], journal: journal, signal: signal, afterDecisions: 1)
        #expect(stopped.process.terminationReason == .exit)
        #expect(stopped.process.terminationStatus == status)
        #expect(stopped.stderr == """
            tabletop: journal: \(journal)
            tabletop: stopped by \(name). To resume the drill: tabletop play --resume \(journal) --choices ...

            """)
        #expect(stopped.stdout.isEmpty)
        let lines = try TestFiles.lines(journal)
        #expect(InterruptedPlay.decisionLines(journal) == 1)
        #expect(lines.last?.contains(#""type": "quit""#) == true)
        let verify = try CLIRunner.run(["verify", journal])
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(verify.stdout.contains("the team left before an ending"))

        let resumed = try CLIRunner.run(["play", "--resume", journal, "--choices", Self.choices.dropFirst().joined(separator: ","), "--format", "json"])
        let uninterrupted = try CLIRunner.run(["play", Self.scenario, "--playbook", Self.playbook, "--seed", "7",
                                               "--choices", Self.choices.joined(separator: ","), "--format", "json"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout == uninterrupted.stdout)
    }

    /// Without a journal there is nothing to record or resume: the signal ends the process as it would any other.
    @Test func unrecordedSessionJustEnds() throws {
        let outcome = try InterruptedPlay.run(["play", Self.scenario, "--seed", "7"], feeding: [], journal: "/nonexistent/none.jsonl",
                                              signal: SIGTERM, afterDecisions: 0)
        #expect(outcome.process.terminationReason == .uncaughtSignal)
        #expect(outcome.process.terminationStatus == SIGTERM)
        #expect(outcome.stderr.isEmpty)
    }
}
