import Foundation
import Testing
@testable import TabletopCore
import TabletopTestSupport

@Suite("Verification: tampering is found and named")
struct JournalVerificationTests {
    /// Inspects a scratch copy of the fixture journal after `tamper` has changed its lines.
    private func verdict(after tamper: (inout [String]) -> Void) throws -> JournalProblem? {
        let path = try JournalTestSupport.fixtureCopy()
        var lines = try TestFiles.lines(path)
        tamper(&lines)
        try TestFiles.write(lines, to: path)
        return try JournalInspection.inspect(path).verdict
    }

    @Test func theFixtureIsIntactAndReplays() throws {
        let inspection = try JournalInspection.inspect(JournalTestSupport.fixtureJournal)
        #expect(inspection.verdict == nil)
        #expect(inspection.warnings.isEmpty)
        let replay = try #require(inspection.replay)
        #expect(replay.state.decisions == 8)
        #expect(replay.endedLine == 30)
        #expect(inspection.incompleteProblem == nil)
        #expect(replay.score?.score == 12.5)
    }

    @Test func anEditedFieldIsNamedAtItsLine() throws {
        let problem = try #require(try verdict { $0[8] = $0[8].replacing("every service at once", with: "every service, eventually") })
        #expect(problem.kind == .edited)
        #expect(problem.line == 9)
        #expect(problem.text.contains(":9: error: edited: "))
    }

    @Test func anEditedStartIsNamedAtLineOne() throws {
        let problem = try #require(try verdict { $0[0] = $0[0].replacing(#""seed": 1"#, with: #""seed": 2"#) })
        #expect(problem.kind == .edited)
        #expect(problem.line == 1)
    }

    @Test func aDeletedLineIsNamed() throws {
        let problem = try #require(try verdict { $0.remove(at: 11) })
        #expect(problem.kind == .deleted)
        #expect(problem.line == 12)
        #expect(problem.message.contains("seq jumps from 10 to 12"))
    }

    @Test func aDeletedFirstLineIsNamed() throws {
        let path = try JournalTestSupport.fixtureCopy()
        try TestFiles.write(Array(try TestFiles.lines(path).dropFirst()), to: path)
        #expect {
            _ = try JournalInspection.inspect(path)
        } throws: { error in
            (error as? JournalProblem)?.kind == .deleted && (error as? JournalProblem)?.line == 1
        }
    }

    @Test func swappedLinesAreNamed() throws {
        let problem = try #require(try verdict { $0.swapAt(11, 12) })
        #expect(problem.kind == .reordered)
        #expect(problem.line == 12)
    }

    @Test func aTornLastLineIsTruncation() throws {
        let problem = try #require(try verdict { lines in lines[29] = String(lines[29].prefix(40)) })
        #expect(problem.kind == .edited)
        // Without its newline, the cut line is a torn last line.
        let path = try JournalTestSupport.fixtureCopy()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try String(text.dropLast(30)).write(toFile: path, atomically: false, encoding: .utf8)
        let torn = try #require(try JournalInspection.inspect(path).verdict)
        #expect(torn.kind == .truncated)
        #expect(torn.line == 30)
    }

    @Test func linesCutOffAtTheEndAreTruncation() throws {
        let withoutEnding = try #require(try verdict { $0.removeLast() })
        #expect(withoutEnding.kind == .truncated)
        #expect(withoutEnding.message.contains("ending 'breach'"))
        let withoutTail = try #require(try verdict { $0.removeLast(5) })
        #expect(withoutTail.kind == .truncated)
        #expect(withoutTail.line == 25)
    }

    @Test func aChangedScenarioIsNamed() throws {
        let path = try JournalTestSupport.fixtureCopy()
        let scenario = FilePath.directory(of: path) + "/dependency-confusion.json"
        let text = try String(contentsOfFile: scenario, encoding: .utf8)
        try text.replacing("Tuesday, 09:10", with: "Wednesday, 09:10").write(toFile: scenario, atomically: false, encoding: .utf8)
        let problem = try #require(try JournalInspection.inspect(path).verdict)
        #expect(problem.kind == .fileChanged)
        #expect(problem.line == 1)
        #expect(problem.message.contains("the scenario file \(scenario) has changed"))
    }

    @Test func aChangedPlaybookIsNamed() throws {
        let path = try JournalTestSupport.fixtureCopy()
        let playbook = FilePath.directory(of: path) + "/dependency-confusion-playbook.json"
        let text = try String(contentsOfFile: playbook, encoding: .utf8)
        try text.replacing(#""partialCredit": 0.5"#, with: #""partialCredit": 0.75"#).write(toFile: playbook, atomically: false, encoding: .utf8)
        let problem = try #require(try JournalInspection.inspect(path).verdict)
        #expect(problem.kind == .fileChanged)
        #expect(problem.message.contains("the playbook file"))
    }

    @Test func missingFilesAreAWarningAndTheChainIsStillChecked() throws {
        let path = try JournalTestSupport.fixtureCopy()
        try FileManager.default.removeItem(atPath: FilePath.directory(of: path) + "/dependency-confusion.json")
        let inspection = try JournalInspection.inspect(path)
        #expect(inspection.verdict == nil)
        #expect(inspection.replay == nil)
        #expect(inspection.warnings.first?.kind == .fileMissing)
        #expect(inspection.warnings.first?.text.contains("warning: file missing: the scenario file is not at /drills/dependency-confusion.json nor beside the journal") == true)
    }

    @Test func withoutTheFilesACutJournalIsStillTruncation() throws {
        let path = try JournalTestSupport.fixtureCopy()
        try FileManager.default.removeItem(atPath: FilePath.directory(of: path) + "/dependency-confusion.json")
        try TestFiles.write(Array(try TestFiles.lines(path).dropLast(2)), to: path)
        let problem = try #require(try JournalInspection.inspect(path).verdict)
        #expect(problem.kind == .truncated)
        #expect(problem.line == 28)
    }

    /// Someone who edits a decision and recomputes every hash after it still cannot hide the change: replay disagrees.
    @Test func aRechainedForgeryDiffersOnReplay() throws {
        let path = try JournalTestSupport.fixtureCopy()
        var lines = try TestFiles.lines(path)
        let rollLine = try #require(lines.firstIndex { $0.contains(#""option": "rotate-token""#) })
        lines[rollLine] = lines[rollLine].replacing(#""value": 6"#, with: #""value": 2"#)
        try TestFiles.write(rechained(lines), to: path)
        let problem = try #require(try JournalInspection.inspect(path).verdict)
        #expect(problem.kind == .replayDiffers)
        #expect(problem.line == rollLine + 1)
        #expect(problem.message.contains("rolls [attackerLuck=2] recorded, replay rolls [attackerLuck=6]"))
    }

    @Test func aRechainedScoreDiffersOnReplay() throws {
        let path = try JournalTestSupport.fixtureCopy()
        var lines = try TestFiles.lines(path)
        lines[29] = lines[29].replacing(#""score": 12.5, "rating": "U""#, with: #""score": 92.5, "rating": "P""#)
        try TestFiles.write(lines, to: path)
        let problem = try #require(try JournalInspection.inspect(path).verdict)
        #expect(problem.kind == .replayDiffers)
        #expect(problem.line == 30)
    }

    /// The lines with `seq` renumbered and every `prev` recomputed, as a forger would.
    private func rechained(_ lines: [String]) throws -> [String] {
        var previous = JournalEntry.firstPrev
        return try lines.map { line in
            var entry = try JournalEntry(line: Array(line.utf8))
            entry.prev = previous
            let text = entry.line
            previous = SHA256.hex(Array(text.utf8))
            return text
        }
    }
}
