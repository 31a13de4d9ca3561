import Foundation
import Testing
import TabletopCore
import TabletopFuzzTargets

/// The fuzz targets reach past loading on good input: the seeds the fuzzer starts from are accepted, so it mutates
/// inputs that get deep, and a broken input is rejected with its code.
@Suite("Fuzz targets")
struct FuzzTargetTests {
    static let reference = Result { () throws(FuzzReference.Unavailable) in
        try FuzzReference(repositoryRoot: TestSupport.repositoryRoot.path)
    }

    /// The bytes of every `.json` file in a folder below the repository root.
    static func files(in folder: String) throws -> [[UInt8]] {
        let directory = TestSupport.repositoryRoot.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
            .map { try TestSupport.bytes(folder + "/" + $0) }
    }

    @Test func bundledScenariosAndTheirPlaybooksAreAccepted() throws {
        let reference = try Self.reference.get()
        for scenario in try Self.files(in: "Scenarios") { #expect(FuzzTarget.scenario.run(scenario, reference: reference) == .accepted) }
        for scenario in try Self.files(in: "Scenarios") { #expect(FuzzTarget.json.run(scenario, reference: reference) == .accepted) }
        let playbook = try TestSupport.bytes("Playbooks/\(FuzzReference.fileName)")
        #expect(FuzzTarget.playbook.run(playbook, reference: reference) == .accepted)
    }

    @Test func theFixtureJournalIsAcceptedAndAnEditIsFound() throws {
        let reference = try Self.reference.get()
        let journal = try TestSupport.bytes("Tests/TabletopCoreTests/Fixtures/Journal/drill.jsonl")
        #expect(FuzzTarget.journal.run(journal, reference: reference) == .accepted)
        let reseeded = String(decoding: journal, as: UTF8.self).replacing("\"seed\": 1,", with: "\"seed\": 2,", maxReplacements: 1)
        #expect(FuzzTarget.journal.run(Array(reseeded.utf8), reference: reference) == .rejected(code: "edited"))
    }

    @Test func theHostedFixtureJournalWithJoinsVotesAndLeavesIsAccepted() throws {
        let journal = try TestSupport.bytes("Tests/TabletopCoreTests/Fixtures/Journal/hosted.jsonl")
        let types = String(decoding: journal, as: UTF8.self).split(separator: "\n").compactMap { $0.firstMatch(of: /"type": "(\w+)"/)?.1 }
        #expect(Set(["joined", "vote", "left"]).isSubset(of: Set(types.map(String.init))))
        #expect(FuzzTarget.journal.run(journal, reference: try Self.reference.get()) == .accepted)
    }

    @Test("A condition is checked in the reference scenario's context", arguments: [
        ("exposure >= 9 or attention == 'public'", "accepted"), ("trust > 'high'", "rejected E403"),
        ("nosuch > 1", "rejected E402"), ("chose('alert/nope')", "rejected E404"), ("(((", "rejected E401"),
    ])
    func conditions(source: String, outcome: String) throws {
        #expect(FuzzTarget.condition.run(Array(source.utf8), reference: try Self.reference.get()).description == outcome)
    }
}
