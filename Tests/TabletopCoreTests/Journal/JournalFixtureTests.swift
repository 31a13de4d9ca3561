import Foundation
import Testing
@testable import TabletopCore
import TabletopTestSupport

@Suite("Journal fixture: what the writer writes, byte for byte")
struct JournalFixtureTests {
    /// The fixture journal that the report snapshots are made from is exactly what the writer records for the scripted drill.
    ///
    /// Run with `TABLETOP_RECORD_SNAPSHOTS=1` to write it again after a deliberate change to the format.
    @Test func theFixtureJournalIsWhatTheWriterRecords() throws {
        let path = try TestFiles.temporaryFolder() + "/drill.jsonl"
        try JournalTestSupport.record(JournalTestSupport.fixtureSteps, to: path)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        if JournalTestSupport.recording {
            try written.write(toFile: JournalTestSupport.fixtureJournal, atomically: true, encoding: .utf8)
        }
        #expect(written == (try String(contentsOfFile: JournalTestSupport.fixtureJournal, encoding: .utf8)))
    }
}
