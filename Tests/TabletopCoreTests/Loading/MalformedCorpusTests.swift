import Foundation
import Testing
@testable import TabletopCore

/// Every file in Fixtures/Malformed must be rejected with the exact diagnostic listed for it in expected.tsv.
@Suite("Malformed corpus")
struct MalformedCorpusTests {
    struct Expectation: CustomTestStringConvertible, Sendable {
        var file: String
        var code: String
        var line: Int
        var column: Int
        var testDescription: String { "\(file): \(code) at \(line):\(column)" }
    }

    static let folder = TestSupport.fixtures.appendingPathComponent("Malformed")

    static let expectations: [Expectation] = {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("expected.tsv"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 4, let row = Int(fields[2]), let column = Int(fields[3]) else { return nil }
            return Expectation(file: fields[0], code: fields[1], line: row, column: column)
        }
    }()

    @Test func theCorpusIsLargeAndFullyListed() throws {
        #expect(Self.expectations.count >= 30)
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".json") }
        #expect(Set(files) == Set(Self.expectations.map(\.file)))
    }

    @Test(arguments: expectations)
    func producesItsDiagnostic(expectation: Expectation) {
        let path = Self.folder.appendingPathComponent(expectation.file).path
        let report = Validation.run(paths: [path])
        #expect(report.status == .dataError)
        let diagnostics = report.files.flatMap(\.diagnostics)
        let found = diagnostics.contains {
            $0.severity == .error && $0.code == expectation.code
                && $0.location == TabletopCore.SourcePosition(line: expectation.line, column: expectation.column)
        }
        #expect(found, "got: \(diagnostics.map(\.text))")
    }
}
