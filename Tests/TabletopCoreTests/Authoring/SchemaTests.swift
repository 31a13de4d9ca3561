import Foundation
import Testing
@testable import TabletopCore

/// The shipped JSON Schemas accept every bundled file and reject a corpus of invalid ones that `validate` rejects too (checked with python3's `jsonschema`).
@Suite("JSON Schemas")
struct SchemaTests {
    static let root = TestSupport.repositoryRoot

    /// Whether python3 can import jsonschema (.ci/run installs it).
    static let jsonschemaAvailable: Bool = (try? python(["-c", "import jsonschema"]).status) == 0

    static let invalidFolder = "Tests/TabletopCoreTests/Fixtures/SchemaInvalid"

    /// file -> the error code `validate` must report, from expected.tsv.
    static let invalid: [(file: String, code: String)] = {
        let text = (try? String(contentsOf: root.appendingPathComponent("\(invalidFolder)/expected.tsv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t").map(String.init)
            return fields.count == 2 ? (fields[0], fields[1]) : nil
        }
    }()

    /// Checks files with both schemas; returns path -> nil when valid, else the first error.
    static func check(_ paths: [String]) throws -> [String: String?] {
        let script = """
            import json, sys
            from jsonschema import Draft202012Validator
            schemas = {kind: json.load(open(path, encoding="utf-8")) for kind, path in (("scenario", sys.argv[1]), ("playbook", sys.argv[2]))}
            for schema in schemas.values():
                Draft202012Validator.check_schema(schema)
            for path in sys.argv[3:]:
                document = json.load(open(path, encoding="utf-8"))
                kind = "playbook" if str(document.get("format", "")).startswith("tabletop-playbook") else "scenario"
                errors = list(Draft202012Validator(schemas[kind]).iter_errors(document))
                print(path + "\\t" + ("" if not errors else errors[0].message.replace("\\n", " ")[:200]))
            """
        let result = try python(["-c", script, "Schemas/scenario.schema.json", "Schemas/playbook.schema.json"] + paths)
        #expect(result.status == 0, "\(result.errors)")
        var verdicts: [String: String?] = [:]
        for line in result.output.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            verdicts[fields[0]] = fields.count > 1 && !fields[1].isEmpty ? fields[1] : nil
        }
        return verdicts
    }

    static func python(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = root
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    static func files(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
            .filter { $0.hasSuffix(".json") }.sorted().map { "\(folder)/\($0)" }
    }

    @Test func theShippedSchemasAreWhatTheProgramPrints() throws {
        #expect(try String(contentsOf: Self.root.appendingPathComponent("Schemas/scenario.schema.json"), encoding: .utf8) == SchemaText.scenario)
        #expect(try String(contentsOf: Self.root.appendingPathComponent("Schemas/playbook.schema.json"), encoding: .utf8) == SchemaText.playbook)
    }

    @Test func theBundledFilesNameTheSchemas() throws {
        for path in try Self.files(in: "Scenarios") + Self.files(in: "Playbooks") {
            let text = try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
            let expected = path.hasPrefix("Scenarios") ? "../Schemas/scenario.schema.json" : "../Schemas/playbook.schema.json"
            #expect(text.contains("\"$schema\": \"\(expected)\""), "\(path)")
        }
    }

    @Test(.enabled(if: jsonschemaAvailable, "python3's jsonschema is missing: pip install jsonschema (.ci/run does)"))
    func everyBundledAndLintFixtureFileIsValid() throws {
        let paths = try Self.files(in: "Scenarios") + Self.files(in: "Playbooks") + Self.files(in: "Tests/TabletopCoreTests/Fixtures/Lint")
        let verdicts = try Self.check(paths)
        #expect(verdicts.count == paths.count)
        for path in paths { #expect(verdicts[path] == .some(nil), "\(path): \(String(describing: verdicts[path]))") }
    }

    @Test(.enabled(if: jsonschemaAvailable, "python3's jsonschema is missing: pip install jsonschema (.ci/run does)"))
    func theStarterDrillIsValid() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tabletop-schema-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = Array(try StarterDrill.write(id: "starter", into: folder.path).prefix(2))
        let verdicts = try Self.check(paths)
        for path in paths { #expect(verdicts[path] == .some(nil), "\(path): \(String(describing: verdicts[path]))") }
    }

    @Test(.enabled(if: jsonschemaAvailable, "python3's jsonschema is missing: pip install jsonschema (.ci/run does)"))
    func theInvalidCorpusIsRejectedByTheSchemas() throws {
        #expect(Self.invalid.count >= 25)
        #expect(Set(try Self.files(in: Self.invalidFolder)) == Set(Self.invalid.map { "\(Self.invalidFolder)/\($0.file)" }))
        let verdicts = try Self.check(Self.invalid.map { "\(Self.invalidFolder)/\($0.file)" })
        for (file, _) in Self.invalid {
            let verdict = verdicts["\(Self.invalidFolder)/\(file)"]
            #expect(verdict != nil && verdict! != nil, "\(file) passes the schema")
        }
    }

    @Test func theInvalidCorpusIsRejectedByValidate() {
        for (file, code) in Self.invalid {
            let report = Validation.run(paths: [Self.root.appendingPathComponent("\(Self.invalidFolder)/\(file)").path])
            let codes = report.files.flatMap(\.diagnostics).filter { $0.severity == .error }.map(\.code)
            #expect(report.status == .dataError && codes.contains(code), "\(file): \(codes)")
        }
    }
}
