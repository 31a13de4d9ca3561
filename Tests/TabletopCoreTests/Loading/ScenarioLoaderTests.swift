import Testing
@testable import TabletopCore

@Suite("Loading and validation")
struct ScenarioLoaderTests {
    static let scene = #"{"id": "s1", "title": "T", "phase": "detection", "narrative": "N", "prompt": "P", "options": [{"id": "go", "label": "Go", "actions": ["sc.declare-incident"], "next": "end"}]}"#

    @Test func theSampleScenarioAndPlaybookAreClean() {
        let report = Validation.run(paths: [
            TestSupport.repositoryRoot.appendingPathComponent("Scenarios/dependency-confusion.json").path,
            TestSupport.repositoryRoot.appendingPathComponent("Playbooks/dependency-confusion.json").path,
        ])
        #expect(report.status == .ok)
        #expect(report.files.map(\.kind) == ["scenario", "playbook"])
        #expect(report.files.flatMap(\.diagnostics).map(\.text) == [])
    }

    @Test func unknownKeysAreWarningsWithASuggestion() throws {
        let json = TestSupport.minimalScenario(scenes: "[\(Self.scene.replacingOccurrences(of: #""phase""#, with: #""phase": "detection", "severty": 3, "phasse""#))]")
        let diagnostics = TestSupport.scenarioDiagnostics(json)
        let unknown = diagnostics.filter { $0.code == "W201" }
        #expect(unknown.count == 2)
        #expect(unknown.allSatisfy { $0.severity == .warning })
        #expect(unknown.contains { $0.message.contains("'phasse'") && $0.hint == "did you mean 'phase'?" })
    }

    @Test func schemaAndExtensionKeysAreIgnored() throws {
        let json = TestSupport.minimalScenario(scenes: "[\(Self.scene)]").replacingOccurrences(of: #""title": "T","#, with: #""title": "T", "$schema": "x", "x-owner": {"any": 1},"#)
        #expect(TestSupport.scenarioDiagnostics(json).isEmpty)
    }

    @Test func collectsEveryProblemOfAFile() {
        let json = TestSupport.minimalScenario(scenes: """
            [{"id": "s1", "title": 1, "phase": "detect", "narrative": "N", "prompt": "P",
              "options": [{"id": "go", "label": "Go", "next": "nowhere"}, {"id": "Bad_Id", "label": "B", "next": "end"}]}]
            """)
        let codes = TestSupport.scenarioDiagnostics(json).map(\.code)
        #expect(codes.contains("E202"))
        #expect(codes.contains("E206"))
        #expect(codes.contains("E301"))
        #expect(codes.contains("E204"))
    }

    @Test func diagnosticsAreLocatedAndFormatted() throws {
        let json = "{\n  \"format\": \"tabletop-scenario/1\",\n  \"id\": \"t\",\n  \"title\": \"T\",\n  \"summary\": \"S\",\n  \"roles\": [{\"id\": \"ic\", \"name\": \"IC\"}],\n  \"start\": \"s1\",\n  \"scenes\": [\(Self.scene.replacingOccurrences(of: "\"next\": \"end\"", with: "\"next\": \"ned\""))],\n  \"endings\": [{\"id\": \"end\", \"title\": \"E\", \"narrative\": \"N\", \"outcome\": \"success\"}]\n}"
        let diagnostic = try #require(TestSupport.scenarioDiagnostics(json).first)
        // Line 8 is `  "scenes": [{...` and `"ned"` starts at column 180 of it.
        #expect(diagnostic.text == "test.json:8:180: error: [E301] 'next' names 'ned', which is neither a scene nor an ending; did you mean 'end'?")
        #expect(diagnostic.pointer == "/scenes/0/options/0/next")
    }

    @Test func aMalformedActionIdIsReportedWhereverItIsNamed() {
        let scene = Self.scene.replacingOccurrences(of: #"["sc.declare-incident"]"#, with: #"["sc.declare-incident", "bad id", "sc.declare-incident", "bad id"]"#)
        let json = TestSupport.minimalScenario(scenes: "[\(scene)]")
        let malformed = TestSupport.scenarioDiagnostics(json).filter { $0.code == "E204" }
        #expect(malformed.count == 2)
        #expect(malformed.allSatisfy { $0.message.hasPrefix("'bad id' is not a valid action id") })
        #expect(malformed.map(\.pointer) == ["/scenes/0/options/0/actions/1", "/scenes/0/options/0/actions/3"])
    }

    @Test func unknownActionsAreWarningsWithASuggestion() {
        let json = TestSupport.minimalScenario(scenes: "[\(Self.scene.replacingOccurrences(of: "sc.declare-incident", with: "sc.declare-incidnet"))]")
        let diagnostics = TestSupport.scenarioDiagnostics(json)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.code == "W202")
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.hint == "did you mean 'sc.declare-incident'?")
    }

    @Test func declaredActionsAreKnown() {
        let json = TestSupport.minimalScenario(scenes: "[\(Self.scene.replacingOccurrences(of: "sc.declare-incident", with: "acme.call-lawyer"))]")
            .replacingOccurrences(of: #""start":"#, with: #""actions": {"acme.call-lawyer": "Call the lawyer"}, "start":"#)
        #expect(TestSupport.scenarioDiagnostics(json).isEmpty)
    }

    @Test func aPlaybookIsCheckedAgainstItsScenario() throws {
        let scenario = try TestSupport.scenario(TestSupport.minimalScenario(scenes: "[\(Self.scene)]"))
        let playbook = """
            {"format": "tabletop-playbook/1", "id": "p", "title": "P", "expectations": [
              {"id": "a", "title": "A", "phase": "detection", "action": "sc.declare-incident", "owner": "ic", "why": "w"},
              {"id": "b", "title": "B", "phase": "containment", "action": "sc.rotate-ci-secrets", "owner": "icc", "why": "w"}]}
            """
        let result = PlaybookLoader.load(bytes: Array(playbook.utf8), file: "p.json", scenario: scenario)
        #expect(result.diagnostics.map(\.code) == ["W203", "E301"])
        #expect(result.diagnostics[0].message.contains("can never be met"))
        #expect(result.diagnostics[1].hint == "did you mean 'ic'?")
        #expect(result.value == nil)
        // Alone, the same playbook has nothing to check owners or performable actions against.
        #expect(PlaybookLoader.load(bytes: Array(playbook.utf8), file: "p.json").diagnostics.isEmpty)
    }

    @Test func hostileTextStaysOutOfMessages() {
        let json = TestSupport.minimalScenario(scenes: "[\(Self.scene.replacingOccurrences(of: "\"next\": \"end\"", with: "\"next\": \"\\u001b[2J\\u202e\""))]")
        let diagnostics = TestSupport.scenarioDiagnostics(json)
        #expect(!diagnostics.isEmpty)
        for diagnostic in diagnostics {
            #expect(!diagnostic.text.unicodeScalars.contains(where: SafeText.isUnsafe))
        }
    }

    @Test func safeTextRemovesControlsEscapesAndBidiOverrides() {
        #expect(SafeText.multiline("a\u{1B}[31mred\u{9B}0m\u{202E}x\r\ny\tz\u{7}") == "a[31mred0mx\ny z")
        #expect(SafeText.singleLine("one\ntwo") == "one two")
        #expect(SafeText.singleLine("plain") == "plain")
    }

    @Test func anUnknownAfterNameIsLocatedAtItsOwnEntry() throws {
        let playbook = #"{"format": "tabletop-playbook/1", "id": "p", "title": "P", "expectations": [{"id": "a", "title": "A", "phase": "detection", "action": "RA1001", "why": "w"}, {"id": "b", "title": "B", "phase": "detection", "action": "RA1001", "after": [3, "nope"], "why": "w"}]}"#
        let diagnostics = PlaybookLoader.load(bytes: Array(playbook.utf8), file: "p.json").diagnostics
        let column = playbook.distance(from: playbook.startIndex, to: try #require(playbook.range(of: #""nope""#)).lowerBound) + 1
        #expect(diagnostics.map(\.code) == ["E202", "E301"])
        #expect(diagnostics.last?.location == TabletopCore.SourcePosition(line: 1, column: column))
    }

    @Test func aPlaybooksScenariosAreHeldToTheIDPattern() throws {
        // FORMATS.md section 1: an id is ^[a-z0-9][a-z0-9-]{0,63}$ for scenarios too.
        let playbook = #"{"format": "tabletop-playbook/1", "id": "p", "title": "P", "scenarios": ["ok-1", "Not_An_Id"], "expectations": [{"id": "a", "title": "A", "phase": "detection", "action": "RA1001", "why": "w"}]}"#
        let diagnostics = PlaybookLoader.load(bytes: Array(playbook.utf8), file: "p.json").diagnostics
        let column = playbook.distance(from: playbook.startIndex, to: try #require(playbook.range(of: #""Not_An_Id""#)).lowerBound) + 1
        #expect(diagnostics.map(\.code) == ["E204"])
        #expect(diagnostics.first?.location == TabletopCore.SourcePosition(line: 1, column: column))
    }

    @Test func aBadScenarioIDAfterANonStringIsReportedAtItsOwnElement() throws {
        let playbook = #"{"format": "tabletop-playbook/1", "id": "p", "title": "P", "scenarios": [3, "ok-1", "Not_An_Id"], "expectations": [{"id": "a", "title": "A", "phase": "detection", "action": "RA1001", "why": "w"}]}"#
        let diagnostics = PlaybookLoader.load(bytes: Array(playbook.utf8), file: "p.json").diagnostics
        let column = playbook.distance(from: playbook.startIndex, to: try #require(playbook.range(of: #""Not_An_Id""#)).lowerBound) + 1
        #expect(diagnostics.map(\.code) == ["E202", "E204"])
        #expect(diagnostics.last?.location == TabletopCore.SourcePosition(line: 1, column: column))
        #expect(diagnostics.last?.message.hasPrefix("'Not_An_Id' is not a valid scenario id") == true)
    }

    @Test func aBrokenEndingIsStillAnEndingForReferences() {
        // Scenes and endings share one id namespace (FORMATS.md section 2): a bad outcome is the one error, not every 'next' naming the ending.
        let diagnostics = TestSupport.scenarioDiagnostics(TestSupport.minimalScenario(
            scenes: #"[{"id": "s1", "title": "T", "phase": "detection", "narrative": "N", "prompt": "P", "options": [{"id": "go", "label": "Go", "next": "end"}]}]"#,
            endings: #"[{"id": "end", "title": "End", "narrative": "Done.", "outcome": "win"}]"#))
        #expect(diagnostics.filter { $0.severity == .error }.map(\.code) == ["E206"])
    }

    @Test(arguments: [
        (#"{"type": "int", "initial": 99, "min": 0, "max": 10}"#, "E305"),
        (#"{"type": "int", "initial": 1e-400}"#, "E202"),
        (#"{"type": "int"}"#, "E201"),
        (#"{"type": "bool", "initial": 3}"#, "E304"),
    ])
    func aVariableWithABadInitialValueIsStillDeclared(declaration: String, code: String) {
        // The bad value is the one error: the conditions and effects that use the variable raise no 'unknown variable'.
        let scene = #"{"id": "s1", "title": "T", "phase": "detection", "narrative": "N", "prompt": "P", "options": [{"id": "go", "label": "Go", "when": "x == x", "next": "end"}]}"#
        let diagnostics = TestSupport.scenarioDiagnostics(TestSupport.minimalScenario(scenes: "[\(scene)]", variables: #"{"x": "# + declaration + "}"))
        #expect(diagnostics.filter { $0.severity == .error }.map(\.code) == [code])
    }
}
