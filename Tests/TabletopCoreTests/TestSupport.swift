import Foundation
import Testing
@testable import TabletopCore
import TabletopTestSupport

/// Paths and loaders shared by the core tests.
enum TestSupport {
    /// The repository root.
    static let repositoryRoot: URL = Binary.repositoryRoot

    /// The folder of test fixtures.
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/TabletopCoreTests/Fixtures")

    /// The bytes of a file below the repository root.
    static func bytes(_ relativePath: String) throws -> [UInt8] {
        Array(try Data(contentsOf: repositoryRoot.appendingPathComponent(relativePath)))
    }

    /// Loads a scenario from JSON text, expecting no errors.
    static func scenario(_ json: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Scenario {
        let result = ScenarioLoader.load(bytes: Array(json.utf8), file: "test.json")
        #expect(result.errors.isEmpty, "\(result.errors.map(\.text))", sourceLocation: sourceLocation)
        return try #require(result.value, sourceLocation: sourceLocation)
    }

    /// Loads a playbook from JSON text against a scenario, expecting no errors.
    static func playbook(_ json: String, for scenario: Scenario, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Playbook {
        let result = PlaybookLoader.load(bytes: Array(json.utf8), file: "playbook.json", scenario: scenario)
        #expect(result.errors.isEmpty, "\(result.errors.map(\.text))", sourceLocation: sourceLocation)
        return try #require(result.value, sourceLocation: sourceLocation)
    }

    /// The diagnostics of loading scenario JSON text.
    static func scenarioDiagnostics(_ json: String) -> [TabletopCore.Diagnostic] {
        ScenarioLoader.load(bytes: Array(json.utf8), file: "test.json").diagnostics
    }

    /// A minimal valid scenario with the given scenes, variables, endings and timed injects spliced in.
    static func minimalScenario(scenes: String, variables: String = "{}", injects: String = "[]", start: String = "s1",
                                endings: String = #"[{"id": "end", "title": "End", "narrative": "Done.", "outcome": "success"}, {"id": "bad", "title": "Bad", "narrative": "Oops.", "outcome": "failure"}]"#) -> String {
        """
        {"format": "tabletop-scenario/1", "id": "t", "title": "T", "summary": "S",
         "roles": [{"id": "ic", "name": "Incident commander"}, {"id": "comms", "name": "Comms"}],
         "variables": \(variables),
         "start": "\(start)",
         "scenes": \(scenes),
         "endings": \(endings),
         "injects": \(injects)}
        """
    }
}
