import Foundation
import Testing
@testable import TabletopCore
import TabletopTestSupport

@Suite("Journal writer: one line per event, chained, on disk before it returns")
struct JournalWriterTests {
    @Test func eachLineCarriesTheHashOfTheOneBefore() throws {
        let journal = try Journal.read(JournalTestSupport.fixtureJournal)
        #expect(journal.torn == nil)
        #expect(journal.lines.count == 30)
        for (position, line) in journal.lines.enumerated() {
            let entry = try line.entry.get()
            #expect(entry.seq == position)
            #expect(entry.prev == (position == 0 ? JournalEntry.firstPrev : journal.lines[position - 1].hash))
        }
        #expect(journal.chainProblem() == nil)
    }

    @Test func theDecisionLineCarriesRoleRationaleTimingAndRolls() throws {
        let lines = try TestFiles.lines(JournalTestSupport.fixtureJournal)
        let roll = try #require(lines.first { $0.contains(#""option": "rotate-token""#) })
        #expect(roll.contains(#""role": "platform-lead", "rationale": "Only the npm token can publish; the rest can wait.", "decisionSeconds": 180, "rolls": [{"variable": "attackerLuck", "value": 6}]"#))
        // The line order of a decision: the decision, timed injects, then the scene and its injects.
        let yank = try #require(lines.firstIndex { $0.contains(#""option": "yank""#) })
        #expect(lines[yank + 1].contains(#""type": "inject", "at": "2026-11-29T01:52:17.199Z", "clock": 120"#))
        #expect(lines[yank + 1].contains(#""source": "timed", "id": "registry-mail""#))
        #expect(lines[yank + 2].contains(#""type": "scene""#) && lines[yank + 2].contains(#""clock": 150"#))
    }

    @Test func theStartedLineRecordsFilesSeedParticipantsAndTool() throws {
        let start = try Journal.read(JournalTestSupport.fixtureJournal).start()
        #expect(start.scenario.id == "dependency-confusion")
        #expect(start.scenario.file.path == JournalTestSupport.recordedScenarioPath)
        #expect(start.scenario.file.sha256 == SHA256.hex(try JournalTestSupport.scenario().1))
        #expect(start.playbook?.file.path == JournalTestSupport.recordedPlaybookPath)
        #expect(start.seed == 1)
        #expect(start.participants == JournalTestSupport.participants)
        #expect(start.toolName == "tabletop" && start.toolVersion == ToolInfo.version)
    }

    @Test func relativePathsAreRecordedAbsolute() throws {
        let folder = try TestFiles.temporaryFolder()
        try JournalTestSupport.record(Array(JournalTestSupport.fixtureSteps.prefix(1)), to: folder + "/j.jsonl", recordedScenarioPath: "Scenarios/../x.json")
        let start = try Journal.read(folder + "/j.jsonl").start()
        #expect(start.scenario.file.path == FileManager.default.currentDirectoryPath + "/x.json")
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let path = try TestFiles.temporaryFolder() + "/taken.jsonl"
        try "keep me\n".write(toFile: path, atomically: false, encoding: .utf8)
        let (scenario, _) = try JournalTestSupport.scenario()
        #expect {
            _ = try JournalWriter.create(at: path, scenario: scenario)
        } throws: { error in
            (error as? FileWriteError)?.status == .cantCreate && "\(error)".contains("already exists")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me\n")
    }

    @Test func anUnwritablePlaceFailsAtCreationNotLater() throws {
        let (scenario, _) = try JournalTestSupport.scenario()
        #expect {
            _ = try JournalWriter.create(at: "/nonexistent-folder/j.jsonl", scenario: scenario)
        } throws: { error in
            (error as? FileWriteError)?.status == .cantCreate
        }
        #expect {
            _ = try JournalWriter.create(inDirectory: "/proc/no-such/sessions", scenario: scenario)
        } throws: { error in
            (error as? FileWriteError)?.status == .cantCreate
        }
    }

    @Test func aFolderGetsAFileNamedByDateScenarioAndShortID() throws {
        let folder = try TestFiles.temporaryFolder() + "/state/tabletop/sessions"
        let (scenario, _) = try JournalTestSupport.scenario()
        let clock = TestClock("2026-11-29T01:35:22.123Z")
        let writer = try JournalWriter.create(inDirectory: folder, scenario: scenario, now: clock.now)
        let name = FilePath.lastComponent(of: writer.path)
        #expect(FilePath.directory(of: writer.path) == folder)
        #expect(name.hasPrefix("2026-11-29-0135-dependency-confusion-"))
        #expect(name.hasSuffix(".jsonl") && name.count == "2026-11-29-0135-dependency-confusion-".count + 6 + 6)
        #expect(FileManager.default.fileExists(atPath: writer.path))
        let attributes = try FileManager.default.attributesOfItem(atPath: writer.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func aStartWithoutFileHashesIsRefused() throws {
        let (scenario, _) = try JournalTestSupport.scenario()
        let writer = try JournalWriter.create(at: try TestFiles.temporaryFolder() + "/j.jsonl", scenario: scenario)
        let start = SessionStart(scenario: scenario, scenarioFile: FileIdentity(path: "s.json", sha256: ""), playbook: nil, playbookFile: nil,
                                 seed: 0, participants: [], events: [])
        #expect {
            try writer.started(start)
        } throws: { error in
            (error as? FileWriteError)?.message.contains("the SHA-256 of s.json is missing") == true
        }
    }

    @Test func theDefaultFolderFollowsXDG() {
        #expect(JournalLocation.defaultDirectory(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/home/a"]) == "/x/state/tabletop/sessions")
        #expect(JournalLocation.defaultDirectory(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/a"]) == "/home/a/.local/state/tabletop/sessions")
        #expect(JournalLocation.defaultDirectory(environment: ["HOME": "/home/a/"]) == "/home/a/.local/state/tabletop/sessions")
        #expect(JournalLocation.defaultDirectory(environment: [:]) == nil)
    }
}
