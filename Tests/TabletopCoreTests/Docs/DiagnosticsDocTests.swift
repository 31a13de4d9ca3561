import Foundation
import Testing

/// docs/diagnostics.md explains every code the sources can emit, and no code they cannot.
@Suite("docs/diagnostics.md")
struct DiagnosticsDocTests {
    static func codesInSources() throws -> Set<String> {
        let sources = TestSupport.repositoryRoot.appendingPathComponent("Sources")
        var codes: Set<String> = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in text.matches(of: /["\[]([EW][1-4]\d\d)["\]]/) { codes.insert(String(match.1)) }
        }
        return codes
    }

    static func codesInDocs() throws -> Set<String> {
        let text = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        return Set(text.matches(of: #/\*\*([EW]\d\d\d) /#).map { String($0.1) })
    }

    @Test func everyCodeIsDocumentedAndEveryDocumentedCodeExists() throws {
        let sources = try Self.codesInSources(), docs = try Self.codesInDocs()
        #expect(sources.count > 50)
        #expect(sources.subtracting(docs).isEmpty, "undocumented: \(sources.subtracting(docs).sorted())")
        #expect(docs.subtracting(sources).isEmpty, "documented but never emitted: \(docs.subtracting(sources).sorted())")
    }
}
