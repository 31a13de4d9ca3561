import Foundation

/// Scratch folders and whole-file line edits for tests.
public enum TestFiles {
    /// A new empty folder for one test's files.
    public static func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// The lines of a text file, without their newlines.
    public static func lines(_ path: String) throws -> [String] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// Replaces a file's lines (each followed by a newline).
    public static func write(_ lines: [String], to path: String) throws {
        try (lines.map { $0 + "\n" }.joined()).write(toFile: path, atomically: false, encoding: .utf8)
    }
}
