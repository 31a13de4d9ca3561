import Foundation
import Testing
@testable import TabletopCore

@Suite("Mapping input files")
struct MappedFileTests {
    /// A fresh temporary path.
    private func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("mappedfile-\(UUID().uuidString)").path
    }

    @Test("A regular file is mapped whole; an empty one is read", arguments: [0, 1, 4096, 70_000])
    func regularFile(size: Int) throws {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = temporaryPath()
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try MappedFile.load(path).withBytes { Array($0) } == bytes)
    }

    @Test("A missing file, a folder and a file over the limit give read's errors")
    func refusals() throws {
        #expect(throws: InputFile.ReadError.self) { try MappedFile.load(temporaryPath()) }
        #expect(throws: InputFile.ReadError.self) { try MappedFile.load(FileManager.default.temporaryDirectory.path) }
        let path = temporaryPath()
        try Data(repeating: 0x20, count: 100).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = try #require(throws: InputFile.ReadError.self) { try MappedFile.load(path, limit: 99) }
        #expect(error.message.contains("E109"))
    }

    @Test("A named pipe is opened once and read to its end, whenever its writer finishes", .timeLimit(.minutes(1)))
    func namedPipe() throws {
        let path = temporaryPath()
        #expect(mkfifo(path, 0o600) == 0)
        defer { try? FileManager.default.removeItem(atPath: path) }
        // The writer opens, writes and leaves at once: a reader that opened and closed the pipe before
        // reading it would lose the bytes and then wait forever for a writer.
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "printf '{\"a\": 1}' > '\(path)'"]
        try writer.run()
        let text = try MappedFile.load(path).withBytes { String(decoding: $0, as: UTF8.self) }
        writer.waitUntilExit()
        #expect(text == #"{"a": 1}"#)
    }

    @Test("A document parsed from a mapped file reads like one parsed from its bytes")
    func documentFromMapping() throws {
        let text = #"{"id": "x", "list": [1, "two", {"three": null}]}"#
        let path = temporaryPath()
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let mapped = try JSONDocument(file: try MappedFile.load(path))
        let read = try JSONDocument(bytes: Array(text.utf8))
        #expect(mapped.bytes == read.bytes)
        #expect(mapped.pointer(Array(mapped.elements(mapped.member(mapped.root, "list")!))[2]) == "/list/2")
        #expect(LineIndex(mapped: try MappedFile.load(path)).location(ofOffset: 21) == SourcePosition(line: 1, column: 22))
    }
}
