import Foundation
import Testing
@testable import TabletopCore

@Suite("Reading input files")
struct InputFileTests {
    /// A fresh temporary file holding `bytes`.
    private func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("inputfile-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(arguments: [0, 1, 4095, 4096, 70_000])
    func readsARegularFileExactly(size: Int) throws {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try InputFile.read(path) == bytes)
    }

    @Test func readsAPipeLongerThanItsAnnouncedSize() throws {
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let pipe = Pipe()
        let writer = Thread {
            pipe.fileHandleForWriting.write(Data(bytes))
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        let read = try InputFile.read("/dev/fd/\(pipe.fileHandleForReading.fileDescriptor)")
        #expect(read == bytes)
    }

    @Test func refusesFilesOverTheLimit() throws {
        let path = try temporaryFile(Array(repeating: 0x20, count: 100))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: InputFile.ReadError.self) { try InputFile.read(path, limit: 99) }
        #expect(try InputFile.read(path, limit: 100).count == 100)
    }

    @Test func refusesPipesOverTheLimit() throws {
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(Data(repeating: 0x20, count: 300))
        try pipe.fileHandleForWriting.close()
        do {
            _ = try InputFile.read("/dev/fd/\(pipe.fileHandleForReading.fileDescriptor)", limit: 100)
            Issue.record("a pipe over the limit was read")
        } catch {
            #expect(error.status == .dataError)
        }
    }

    @Test func reportsMissingFilesAndDirectories() {
        #expect(throws: InputFile.ReadError.self) { try InputFile.read("/nonexistent/file.json") }
        do {
            _ = try InputFile.read(FileManager.default.temporaryDirectory.path)
            Issue.record("a directory was read")
        } catch {
            #expect(error.status == .noInput)
            #expect(error.message == "cannot read: it is a directory")
        }
    }
}
