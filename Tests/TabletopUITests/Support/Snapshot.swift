import Foundation
import Testing
import TabletopUI

/// Compares a screen's text with `Snapshots/NAME.txt`; `TABLETOP_RECORD_SNAPSHOTS=1` rewrites the file instead.
func expectSnapshot(_ screen: Screen, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent(name + ".txt")
    let actual = screen.text + "\n"
    if ProcessInfo.processInfo.environment["TABLETOP_RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try! actual.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
        Issue.record("no snapshot \(name).txt; run with TABLETOP_RECORD_SNAPSHOTS=1 to write it", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let row = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, actualLines.count)
        Issue.record("""
            snapshot \(name) differs from row \(row):
            expected: \(row < expectedLines.count ? String(expectedLines[row]) : "<none>")
            actual:   \(row < actualLines.count ? String(actualLines[row]) : "<none>")
            whole frame:
            \(actual)
            """, sourceLocation: sourceLocation)
    }
}
