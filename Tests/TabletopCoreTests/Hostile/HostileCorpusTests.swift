import Foundation
import Testing
import TabletopCore
import TabletopFuzzTargets

/// Every file of Fixtures/hostile gives exactly the outcome listed for it in expected.tsv (docs/fuzzing.md lists them).
@Suite("Hostile input corpus", .timeLimit(.minutes(1)))
struct HostileCorpusTests {
    /// What reading one file must give: a diagnostic code or journal problem kind at a position, or `ok`.
    struct Expectation: CustomTestStringConvertible, Sendable {
        var file: String
        var outcome: String
        var line: Int?
        var column: Int?
        var testDescription: String { "\(file): \(outcome) at \(line.map(String.init) ?? "-"):\(column.map(String.init) ?? "-")" }
    }

    static let folder = TestSupport.fixtures.appendingPathComponent("hostile")

    /// The rows of expected.tsv: `FILE<TAB>OUTCOME<TAB>LINE<TAB>COLUMN`, `-` for no position.
    static let expectations: [Expectation] = {
        let text = (try? String(contentsOf: folder.appendingPathComponent("expected.tsv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 4 else { return nil }
            return Expectation(file: fields[0], outcome: fields[1], line: Int(fields[2]), column: Int(fields[3]))
        }
    }()

    @Test func everyFileIsListed() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0 != "expected.tsv" }
        #expect(Set(files) == Set(Self.expectations.map(\.file)))
    }

    @Test(arguments: expectations)
    func givesItsOutcome(expectation: Expectation) throws {
        let bytes = try InputFile.read(Self.folder.appendingPathComponent(expectation.file).path)
        let found = try Self.outcome(of: expectation.file, bytes: bytes)
        #expect(found.outcome == expectation.outcome)
        #expect(found.line == expectation.line)
        #expect(found.column == expectation.column)
    }

    @Test("No message about a hostile file carries a control, escape or bidi character, as text or as JSON", arguments: expectations)
    func messagesAreInert(expectation: Expectation) throws {
        let bytes = try InputFile.read(Self.folder.appendingPathComponent(expectation.file).path)
        let messages = try Self.messages(about: expectation.file, bytes: bytes)
        for message in messages {
            #expect(!message.unicodeScalars.contains(where: SafeText.isUnsafe), "\(message)")
        }
    }

    /// Every diagnostic of a scenario or playbook file, or verify's verdict on a journal, as text and as JSON.
    static func messages(about file: String, bytes: [UInt8]) throws -> [String] {
        if file.hasSuffix(".jsonl") {
            let files = try FuzzReference(repositoryRoot: TestSupport.repositoryRoot.path).files
            do {
                let inspection = try JournalInspection(journal: Journal(path: file, bytes: bytes),
                                                       scenarioPath: files.scenarioPath, playbookPath: files.playbookPath)
                return inspection.verdict.map { [$0.text] } ?? []
            } catch {
                return [error.text]
            }
        }
        let diagnostics = file.hasSuffix("-playbook.json")
            ? PlaybookLoader.load(bytes: bytes, file: file).diagnostics
            : ScenarioLoader.load(bytes: bytes, file: file).diagnostics
        return diagnostics.flatMap { [$0.text, $0.json.rendered()] }
    }

    /// Reads a file as what its name says: a journal (`.jsonl`), a playbook (`-playbook.json`, against the scenario
    /// named before that suffix) or a scenario; the first error, or `ok`.
    static func outcome(of file: String, bytes: [UInt8]) throws -> (outcome: String, line: Int?, column: Int?) {
        if file.hasSuffix(".jsonl") {
            return try journalOutcome(bytes)
        }
        let diagnostics: [TabletopCore.Diagnostic]
        if file.hasSuffix("-playbook.json") {
            let scenarioFile = String(file.dropLast("-playbook.json".count)) + ".json"
            let scenarioBytes = try InputFile.read(folder.appendingPathComponent(scenarioFile).path)
            let scenario = try #require(ScenarioLoader.load(bytes: scenarioBytes, file: scenarioFile).value)
            diagnostics = PlaybookLoader.load(bytes: bytes, file: file, scenario: scenario).errors
        } else {
            diagnostics = ScenarioLoader.load(bytes: bytes, file: file).errors
        }
        guard let first = diagnostics.first else { return ("ok", nil, nil) }
        return (first.code, first.location.line, first.location.column)
    }

    /// `tabletop verify`'s verdict on a journal of the reference drill, or `ok`.
    static func journalOutcome(_ bytes: [UInt8]) throws -> (outcome: String, line: Int?, column: Int?) {
        let files = try FuzzReference(repositoryRoot: TestSupport.repositoryRoot.path).files
        let verdict: JournalProblem?
        do {
            verdict = try JournalInspection(journal: Journal(path: "hostile.jsonl", bytes: bytes),
                                            scenarioPath: files.scenarioPath, playbookPath: files.playbookPath).verdict
        } catch {
            verdict = error
        }
        guard let verdict else { return ("ok", nil, nil) }
        return (verdict.kind.rawValue, verdict.line, verdict.column)
    }
}
