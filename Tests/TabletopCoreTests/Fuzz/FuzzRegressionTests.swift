import Foundation
import Testing
import TabletopCore
import TabletopFuzzTargets

/// Every input the fuzzer ever crashed on, kept in Fixtures/fuzz-regressions/TARGET, fed to the same entry point as the fuzzer.
@Suite("Fuzz regressions", .timeLimit(.minutes(1)))
struct FuzzRegressionTests {
    /// One kept input and the outcome listed for it in its folder's expected.tsv.
    struct Regression: CustomTestStringConvertible, Sendable {
        var target: FuzzTarget
        var file: String
        var outcome: String
        var testDescription: String { "\(target.rawValue)/\(file): \(outcome)" }
    }

    static let folder = TestSupport.fixtures.appendingPathComponent("fuzz-regressions")

    /// The rows of every target's expected.tsv: `FILE<TAB>accepted` or `FILE<TAB>rejected CODE`.
    static let regressions: [Regression] = FuzzTarget.allCases.flatMap { target in
        let manifest = folder.appendingPathComponent(target.rawValue).appendingPathComponent("expected.tsv")
        let text = (try? String(contentsOf: manifest, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line -> Regression? in
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 2 else { return nil }
            return Regression(target: target, file: fields[0], outcome: fields[1])
        }
    }

    @Test(arguments: FuzzTarget.allCases)
    func everyKeptInputIsListed(target: FuzzTarget) throws {
        let directory = Self.folder.appendingPathComponent(target.rawValue).path
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0 != "expected.tsv" }
        #expect(Set(files) == Set(Self.regressions.filter { $0.target == target }.map(\.file)))
    }

    @Test(arguments: regressions)
    func completesWithItsOutcome(regression: Regression) throws {
        let path = Self.folder.appendingPathComponent(regression.target.rawValue).appendingPathComponent(regression.file).path
        let bytes = try InputFile.read(path)
        let outcome = regression.target.run(bytes, reference: try FuzzTargetTests.reference.get())
        #expect(outcome.description == regression.outcome)
    }
}
