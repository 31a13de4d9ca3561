import Foundation
import Testing
@testable import TabletopCore
import TabletopTestSupport

@Suite("Report: hostile text in a scenario, a playbook and a journal comes out inert in every format")
struct HostileTextTests {
    /// Markup, pipes, math, a formula and terminal escapes (ESC, CSI, a right-to-left override), as a JSON string body.
    static let payload = #"<script>alert(1)</script> <img src=x onerror=alert(2)> | **bold** _em_ [link](javascript:alert(3)) ![i](http://x/y.png) `code` # head $x$ &amp; \u001b[31mRED\u001b[0m \u009b2J \u202eevil\u202c"#
    static let multiline = #"\n- list\n# heading\n    code block\n| a | b |"#

    static let scenarioJSON = """
        {"format": "tabletop-scenario/1", "id": "hostile", "title": "T \(payload)", "summary": "S \(payload)\(multiline)",
         "objectives": ["O \(payload)"],
         "roles": [{"id": "ic", "name": "IC \(payload)"}],
         "variables": {"luck": {"type": "int", "initial": 1, "min": 1, "max": 6}},
         "start": "s1",
         "scenes": [{"id": "s1", "title": "Scene \(payload)", "phase": "detection", "narrative": "N \(payload)\(multiline)", "prompt": "P",
                     "injects": [{"from": "From \(payload)", "channel": "chat", "text": "=cmd|' /C calc'!A0 \(payload)\(multiline)"}],
                     "options": [{"id": "go", "label": "Go \(payload)", "role": "ic", "actions": ["sc.declare-incident"], "effects": [{"roll": "luck", "sides": 6}],
                                  "takes": "10m", "feedback": "F \(payload)", "next": "end"}]}],
         "endings": [{"id": "end", "title": "End \(payload)", "narrative": "E \(payload)", "outcome": "success"}],
         "injects": [{"id": "t0", "at": "0m", "from": "+SUM(1)", "channel": "news", "text": "-2+3 \(payload)"}]}
        """
    static let playbookJSON = """
        {"format": "tabletop-playbook/1", "id": "hostile", "title": "PB \(payload)",
         "expectations": [{"id": "declare", "title": "X \(payload)", "phase": "detection", "action": "sc.declare-incident", "by": "5m", "owner": "ic", "why": "W \(payload)"},
                          {"id": "scope", "title": "Y \(payload)", "phase": "detection", "action": "sc.sbom-query", "critical": true, "why": "W2 \(payload)"}]}
        """

    /// Writes the hostile files and a journal played on them by taking `choices` (with a hostile participant, rationale and note); returns the report in every format.
    static func reports(scenarioJSON: String = scenarioJSON, playbookJSON: String = playbookJSON, choices: [String] = ["go"]) throws -> [ReportFormat: String] {
        let folder = try TestFiles.temporaryFolder()
        try scenarioJSON.write(toFile: folder + "/hostile.json", atomically: false, encoding: .utf8)
        try playbookJSON.write(toFile: folder + "/hostile-playbook.json", atomically: false, encoding: .utf8)
        let scenario = try TestSupport.scenario(scenarioJSON)
        let playbook = try TestSupport.playbook(playbookJSON, for: scenario)
        let hostile = try JSONDecoder().decode(String.self, from: Data("\"\(payload)\(multiline)\"".utf8))
        let clock = TestClock()
        let writer = try JournalWriter.create(at: folder + "/hostile.jsonl", scenario: scenario, now: clock.now)
        let play = HeadlessPlay(scenario: scenario, playbook: playbook)
        var (state, events) = play.engine.start(seed: 3)
        try writer.started(SessionStart(
            scenario: scenario, scenarioFile: FileIdentity(path: folder + "/hostile.json", bytes: Array(scenarioJSON.utf8)),
            playbook: playbook, playbookFile: FileIdentity(path: folder + "/hostile-playbook.json", bytes: Array(playbookJSON.utf8)),
            seed: 3, participants: [Participant(role: "ic", name: "@SUM(A1) \(hostile)")], events: events))
        try writer.noted("=1+1 \(hostile)", state: state)
        for (number, choice) in choices.enumerated() {
            events = try play.take(choice, state: &state, number: number, of: choices)
            guard case .decision(let decision) = events[0] else { throw CancellationError() }
            try writer.decided(events, details: DecisionDetails(for: decision, in: scenario, rationale: "=HYPERLINK(\"http://x\") \(hostile)", decisionSeconds: 2), state: state)
        }
        try writer.ended(state: state, score: play.scorer?.score(state))
        let report = try AfterActionReport(inspection: JournalInspection.inspect(folder + "/hostile.jsonl"))
        #expect(report.appendix.verificationProblem == nil)
        return Dictionary(uniqueKeysWithValues: ReportFormat.allCases.map { ($0, ReportWriter.render(report, format: $0)) })
    }

    @Test(arguments: ReportFormat.allCases)
    func noTerminalControlSurvives(format: ReportFormat) throws {
        let text = try #require(try Self.reports()[format])
        let unsafe = text.unicodeScalars.filter { SafeText.isUnsafe($0) && $0 != "\n" && !(format == .csv && $0 == "\r") }
        #expect(unsafe.isEmpty, "\(unsafe.map { String($0.value, radix: 16) })")
        #expect(text.contains("RED"))
    }

    /// The hostile corpus file with every control, escape and bidi character in every text field, played to its ending.
    static func everyFieldReports() throws -> [ReportFormat: String] {
        let folder = "Tests/TabletopCoreTests/Fixtures/hostile/"
        return try reports(scenarioJSON: String(decoding: TestSupport.bytes(folder + "text-in-every-field.json"), as: UTF8.self),
                           playbookJSON: String(decoding: TestSupport.bytes(folder + "text-in-every-field-playbook.json"), as: UTF8.self),
                           choices: ["go", "finish"])
    }

    @Test(arguments: ReportFormat.allCases)
    func noControlFromAnyTextFieldSurvives(format: ReportFormat) throws {
        let text = try #require(try Self.everyFieldReports()[format])
        let unsafe = text.unicodeScalars.filter { SafeText.isUnsafe($0) && $0 != "\n" && !(format == .csv && $0 == "\r") }
        #expect(unsafe.isEmpty, "\(unsafe.map { String($0.value, radix: 16) })")
        // The text around the controls is kept (the CSV has the decisions only).
        let fields = format == .csv ? ["Scene", "Label", "Second", "Finish"]
            : ["Title", "Objective", "Commander", "Narrative two", "Finish feedback", "Ending narrative", "Expectation", "Why missed", "Avoid"]
        for field in fields {
            #expect(text.contains(field), "\(field)")
        }
        if format == .html {
            #expect(try XMLCheck.elements(text).isSubset(of: XMLCheck.allowedElements))
            #expect(!text.contains("<b>x</b>"))
        }
        if format == .markdown { #expect(!text.contains("<b>x</b>")) }
    }

    @Test func htmlIsWellFormedWithNoMarkupFromTheText() throws {
        let html = try #require(try Self.reports()[.html])
        let elements = try XMLCheck.elements(html)
        #expect(elements.isSubset(of: XMLCheck.allowedElements), "\(elements.subtracting(XMLCheck.allowedElements))")
        for raw in ["<script", "<img", "href", "src=\"", "<b>"] { #expect(!html.contains(raw), "\(raw)") }
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&amp;amp;"))
    }

    @Test func markdownEscapesEveryMarkupCharacter() throws {
        let markdown = try #require(try Self.reports()[.markdown])
        for raw in ["<script>", "**bold**", "[link](", "![i]", "`code`", "$x$"] {
            #expect(!markdown.contains(raw), "\(raw)")
        }
        for escaped in [#"\<script\>alert(1)\</script\>"#, #"\[link\](javascript:alert(3))"#, #"\*\*bold\*\*"#, #"\_em\_"#, #"\&amp;"#, #"\$x\$"#] {
            #expect(markdown.contains(escaped), "\(escaped)")
        }
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        var columns: Int?
        for line in lines {
            // Only the report's own headings start a line with '#'; no code block comes from the text.
            if line.hasPrefix("#") { #expect(line.hasPrefix("# After-action report") || line.hasPrefix("## ") || line.hasPrefix("### "), "\(line)") }
            #expect(!line.hasPrefix("    "), "\(line)")
            // Every row of a table has exactly its header's columns: no pipe from the text splits a cell.
            guard line.hasPrefix("|") else { columns = nil; continue }
            let pipes = line.indices.filter { line[$0] == "|" && (line.startIndex == $0 || line[line.index(before: $0)] != "\\") }.count
            if let columns { #expect(pipes == columns, "\(line)") } else { columns = pipes }
        }
    }

    @Test func csvHasOneRowPerDecisionAndNoFormula() throws {
        let csv = try #require(try Self.reports()[.csv])
        let records = CSVCheck.parse(csv)
        #expect(records.count == 2)
        #expect(records.allSatisfy { $0.count == 16 })
        for field in records.joined() {
            if let first = field.first { #expect(!"=+-@".contains(first), "\(field)") }
        }
        #expect(records[1][11].hasPrefix("'@SUM(A1)"))
        #expect(records[1][12].hasPrefix("'=HYPERLINK(\"http://x\")"))
    }

    @Test func jsonParsesAndKeepsTheTextAsData() throws {
        let json = try #require(try Self.reports()[.json])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let overview = try #require(object["overview"] as? [String: Any])
        #expect((overview["scenarioTitle"] as? String)?.hasPrefix("T <script>alert(1)</script>") == true)
        #expect((overview["scenarioTitle"] as? String)?.contains("\u{202E}") == false)
    }
}

/// A strict RFC 4180 reader for tests: records of fields, quoted fields may hold commas, quotes and line breaks.
enum CSVCheck {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if quoted {
                if character == "\"" {
                    let next = text.index(after: index)
                    if next < text.endIndex, text[next] == "\"" { field.append("\""); index = next } else { quoted = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                record.append(field); field = ""
            } else if character == "\r\n" || character == "\n" {
                record.append(field); records.append(record); record = []; field = ""
            } else {
                field.append(character)
            }
            index = text.index(after: index)
        }
        return records
    }
}
