import Foundation
import Testing
@testable import TabletopCore

/// The generated RE&CT table (ReactActions.swift) against its source, react.json.
@Suite("RE&CT actions")
struct ReactActionsTests {
    let react = ActionCatalogue.builtIn.all.filter { $0.source == .react }

    @Test func holdsAll216Actions() {
        #expect(react.count == 216)
        #expect(ReactActions.all.count == 216)
    }

    @Test(arguments: [
        ("RA1001", "Practice", Phase.preparation),
        ("RA2001", "List victims of security alert", .detection),
        ("RA2311", "Collect file", .detection),
        ("RA3601", "Lock user account", .containment),
        ("RA4601", "Revoke authentication credentials", .eradication),
        ("RA5002", "Restore data from backup", .recovery),
        ("RA6002", "Conduct lessons learned exercise", .postIncident),
    ])
    func spotChecks(id: String, title: String, phase: Phase) throws {
        let action = try #require(ActionCatalogue.builtIn.action(id))
        #expect(action.title == title)
        #expect(action.phase == phase)
        #expect(action.source == .react)
        #expect(!action.summary.isEmpty)
    }

    @Test func summariesAreOneLineAndTrimmed() throws {
        let action = try #require(ActionCatalogue.builtIn.action("RA1003"))
        // The source has a double space and a trailing newline here.
        #expect(action.summary == "Raise personnel awareness regarding phishing, ransomware, social engineering, and other attacks that involve user interaction")
    }

    @Test func sortedByIDAndPhaseMatchesStageDigit() {
        #expect(react.map(\.id) == react.map(\.id).sorted())
        let byDigit: [Character: Phase] = ["1": .preparation, "2": .detection, "3": .containment,
                                           "4": .eradication, "5": .recovery, "6": .postIncident]
        for action in react {
            #expect(action.phase == byDigit[action.id.dropFirst(2).first ?? "?"], "\(action.id)")
        }
    }

    @Test func phaseCounts() {
        let counts = Dictionary(grouping: react, by: { $0.phase }).mapValues(\.count)
        #expect(counts[.preparation] == 103)
        #expect(counts[.detection] == 63)
        #expect(counts[.containment] == 26)
        #expect(counts[.eradication] == 8)
        #expect(counts[.recovery] == 14)
        #expect(counts[.postIncident] == 2)
    }

    /// Where react.json is: `$TABLETOP_REACT_JSON`, else `../shared/data/react/react.json` beside the package.
    static let reactJSONPath: String? = {
        if let path = ProcessInfo.processInfo.environment["TABLETOP_REACT_JSON"],
           FileManager.default.isReadableFile(atPath: path) { return path }
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let path = packageRoot.appendingPathComponent("../shared/data/react/react.json").standardized.path
        return FileManager.default.isReadableFile(atPath: path) ? path : nil
    }()

    @Test(.enabled(if: reactJSONPath != nil, "react.json not found; set TABLETOP_REACT_JSON"))
    func matchesReactJSON() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: try #require(Self.reactJSONPath)))
        let bundle = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let objects = try #require(bundle["objects"] as? [[String: Any]])
        let stages: [String: Phase] = ["preparation": .preparation, "identification": .detection,
                                       "containment": .containment, "eradication": .eradication,
                                       "recovery": .recovery, "lessons-learned": .postIncident]
        var expected: [String: (title: String, summary: String, phase: Phase?)] = [:]
        for object in objects where object["type"] as? String == "x-react-action" {
            let references = try #require(object["external_references"] as? [[String: Any]])
            let phases = try #require(object["kill_chain_phases"] as? [[String: Any]])
            let id = try #require(references.first?["external_id"] as? String)
            let stage = try #require(phases.first?["phase_name"] as? String)
            let oneLine = { (text: String?) in (text ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            expected[id] = (oneLine(object["name"] as? String), oneLine(object["description"] as? String), stages[stage])
        }
        #expect(expected.count == 216)
        #expect(Set(expected.keys) == Set(react.map(\.id)))
        for action in react {
            guard let source = expected[action.id] else { continue }
            #expect(action.title == source.title, "\(action.id)")
            #expect(action.summary == source.summary, "\(action.id)")
            #expect(action.phase == source.phase, "\(action.id)")
        }
    }
}
