import Foundation
import Testing
import TabletopTestSupport

/// `tabletop play --journal` on a disk that fills up, a file-size limit, or a place that cannot be written:
/// a located message with strerror's reason, what the journal still holds, how to go on, and exit 73 or 74.
@Suite("Journal faults, headless")
struct JournalFaultTests {
    static let scenario = "Scenarios/dependency-confusion.json"
    static let choices = ["declare", "sbom", "block", "rotate-all", "rebuild", "notify", "review"]

    @Test func aFileSizeLimitMidDrillStopsAtTheLastRecordedDecisionAndResumeFinishes() throws {
        let journal = try TestFiles.temporaryFolder() + "/the drill.jsonl"
        // bash counts 1024-byte blocks: the start (about 1.7 KB) fits, the decisions do not all fit.
        let limited = try CLIRunner.shell("ulimit -f 3 && tabletop play \"$0\" --seed 7 --choices \"$1\" --journal \"$2\"",
                                          arguments: [Self.scenario, Self.choices.joined(separator: ","), journal], in: Binary.repositoryRoot)
        #expect(limited.status == 74)
        #expect(limited.stdout.isEmpty)
        #expect(limited.stderr.contains("\(journal): error: cannot write the journal: the file-size limit was reached (ulimit -f)"))
        #expect(limited.stderr.contains("continue with: tabletop play --resume '\(journal)' --choices ..."))
        try Self.expectResumable(journal)
    }

    @Test(.enabled(if: TemporaryMount.isPermitted, "mounting a small tmpfs needs root"))
    func aFullDiskMidDrillStopsAtTheLastRecordedDecisionAndResumeFinishes() throws {
        let disk = try TemporaryMount(options: "size=4k")
        let journal = disk.path + "/drill.jsonl"
        let full = try CLIRunner.run(["play", Self.scenario, "--seed", "7", "--choices", Self.choices.joined(separator: ","), "--journal", journal])
        #expect(full.status == 74)
        #expect(full.stderr.contains("\(journal): error: cannot write the journal: no space left on the device"))
        #expect(full.stderr.contains("The journal holds every event up to the last one shown"))
        // Free the space: move the journal to a roomy disk, as a facilitator would.
        let moved = try TestFiles.temporaryFolder() + "/drill.jsonl"
        try FileManager.default.moveItem(atPath: journal, toPath: moved)
        try Self.expectResumable(moved)
    }

    @Test(.enabled(if: TemporaryMount.isPermitted, "mounting a small tmpfs needs root"))
    func aDiskFullFromTheStartLeavesNoJournal() throws {
        let disk = try TemporaryMount(options: "size=4k")
        _ = try CLIRunner.shell("head -c 4096 /dev/zero > \"$0\"/filler", arguments: [disk.path], in: Binary.repositoryRoot)
        let journal = disk.path + "/drill.jsonl"
        let full = try CLIRunner.run(["play", Self.scenario, "--choices", "declare", "--journal", journal])
        #expect(full.status == 74)
        #expect(full.stdout.isEmpty)
        #expect(full.stderr.contains("cannot write the journal: no space left on the device. Nothing of it was recorded"))
        #expect(!FileManager.default.fileExists(atPath: journal))
    }

    @Test(.enabled(if: getuid() != 0 || TemporaryMount.isPermitted, "as root, only a read-only mount makes a place unwritable"))
    func aReadOnlyPlaceStopsBeforeTheDrillStarts() throws {
        let disk = getuid() == 0 ? try TemporaryMount(options: "ro,size=4k") : nil
        let folder = try disk?.path ?? TestFiles.temporaryFolder()
        if disk == nil { try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder) }
        let readOnly = try CLIRunner.run(["play", Self.scenario, "--choices", "declare", "--journal", folder + "/drill.jsonl"])
        #expect(readOnly.status == 73)
        #expect(readOnly.stdout.isEmpty)
        #expect(readOnly.stderr.hasPrefix("\(folder)/drill.jsonl: error: cannot create the journal: "
            + (disk == nil ? "permission denied" : "read-only file system")))
    }

    /// Checks that `journal` ends on a whole line, then resumes it with the choices it lacks and expects the best ending.
    private static func expectResumable(_ journal: String) throws {
        let text = try String(contentsOfFile: journal, encoding: .utf8)
        #expect(text.hasSuffix("}\n"), "the failed line was not cut off")
        let recorded = try TestFiles.lines(journal).filter { $0.contains(#""type": "decision""#) }.count
        #expect(recorded < choices.count)
        let resumed = try CLIRunner.run(["play", "--resume", journal, "--choices", choices[recorded...].joined(separator: ","), "--format", "json"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains(#""ending": "contained""#))
        let verified = try CLIRunner.run(["verify", journal])
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
    }
}
