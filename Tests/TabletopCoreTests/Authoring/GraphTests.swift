import Foundation
import Testing
@testable import TabletopCore

@Suite("Graph: DOT and Mermaid")
struct GraphTests {
    /// Every bundled scenario and the fixture whose text tries to break out of labels.
    static let files: [String] = {
        let folder = TestSupport.repositoryRoot.appendingPathComponent("Scenarios")
        let bundled = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        return bundled.map { "Scenarios/\($0)" } + ["Tests/TabletopCoreTests/Fixtures/Graph/hostile-text.json"]
    }()

    static func load(_ path: String) throws -> Scenario {
        try #require(ScenarioLoader.load(bytes: try TestSupport.bytes(path), file: path).value)
    }

    @Test(arguments: files)
    func mermaidIsStructurallyValid(_ path: String) throws {
        let scenario = try Self.load(path)
        let problems = MermaidCheck.problems(in: scenario.graph(.mermaid), nodes: scenario.scenes.count + scenario.endings.count)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test(arguments: files)
    func dotQuotesEveryNameAndLabel(_ path: String) throws {
        let scenario = try Self.load(path)
        let dot = scenario.graph(.dot)
        #expect(!dot.unicodeScalars.contains { SafeText.isUnsafe($0) && $0 != "\n" })
        for line in dot.split(separator: "\n").dropFirst().dropLast() {
            // Outside quoted strings only DOT punctuation, keywords and attribute names remain.
            var outside = ""
            var inside = false
            var escaped = false
            for character in line {
                if inside {
                    if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inside = false }
                } else if character == "\"" {
                    inside = true
                } else {
                    outside.append(character)
                }
            }
            #expect(!inside, "unterminated string in \(line)")
            #expect(outside.allSatisfy { $0.isLetter || $0.isNumber || " _[]{}=;,.->".contains($0) }, "\(line)")
        }
    }

    @Test func conditionalArrowsTimeoutsAndEndingsAreDrawnApart() throws {
        let scenario = try Self.load("Scenarios/dependency-confusion.json")
        let dot = scenario.graph(.dot)
        #expect(dot.contains(#""rotate" -> "token-abused" [label="rotate-token if attackerLuck >= 5", style=dashed];"#))
        #expect(dot.contains(#""alert" -> "triage" [label="declare\ndig-in"];"#))
        #expect(dot.contains(#"subgraph "cluster_containment" {"#))
        #expect(dot.contains(##""breach" [label="A public breach\n(breach: failure)", shape=doubleoctagon, style=filled, fillcolor="#ffcdd2""##))
        let mermaid = scenario.graph(.mermaid)
        #expect(mermaid.contains(##"n3 -.->|"rotate-token if attackerLuck #62;= 5"| n4"##))
        #expect(mermaid.contains(#"e2(["A public breach / (breach: failure)"]):::failure"#))
        let timed = try TestSupport.scenario(TestSupport.minimalScenario(scenes: """
            [{"id": "s1", "title": "One", "phase": "detection", "narrative": "N", "prompt": "P", "timeLimit": "1m",
              "onTimeout": {"next": "bad"}, "options": [{"id": "go", "label": "Go", "next": "end"}]}]
            """))
        #expect(timed.graph(.dot).contains(#""s1" -> "bad" [label="timeout", style=dotted];"#))
        #expect(timed.graph(.mermaid).contains(#"n0 ==>|"timeout"| e1"#))
    }

    @Test func aPlaybookColoursExpectedAndAvoidedActions() throws {
        let scenario = try Self.load("Scenarios/dependency-confusion.json")
        let playbook = try #require(PlaybookLoader.load(bytes: try TestSupport.bytes("Playbooks/dependency-confusion.json"), file: "p", scenario: scenario).value)
        let dot = scenario.graph(.dot, playbook: playbook)
        #expect(dot.contains(##""alert" -> "triage" [label="declare\ndig-in", color="#2e7d32", penwidth=2];"##))
        #expect(dot.contains(##""comms" -> "review" [label="notify\nwait", color="#c62828", penwidth=2];"##))
        #expect(scenario.graph(.mermaid, playbook: playbook).contains("linkStyle 1 stroke:#2e7d32,stroke-width:2px"))
    }

    @Test func hostileTextIsEscaped() throws {
        let scenario = try Self.load("Tests/TabletopCoreTests/Fixtures/Graph/hostile-text.json")
        let dot = scenario.graph(.dot)
        #expect(dot.contains(#"label="Say \"hi\"\\N \\\" ]  end --> x;"#))
        #expect(!dot.contains("\u{1B}") && !dot.contains("\u{202E}"))
        let mermaid = scenario.graph(.mermaid)
        #expect(mermaid.contains(##"n0["Say #quot;hi#quot;\N \#quot; ]  end --#62; x#59;#124;#96;#60;b#62;#38;amp#59;#35;quot#59;"##))
    }
}

/// A structural check of the Mermaid flowcharts `MermaidWriter` produces (there is no Mermaid parser here).
enum MermaidCheck {
    /// A quoted label: no raw quote or character Mermaid treats specially, only entity codes such as `#quot;`.
    static let label = ##""(?:[^"#<>&|`;]|#[a-z0-9]+;)*""##
    static var node: Regex<AnyRegexOutput> { try! Regex(##"^  (?:  )?(n\d+|e\d+|start_)(\(\(\##(label)\)\)|\[\##(label)\]|\(\[\##(label)\]\):::(success|partial|failure))$"##) }
    static var subgraph: Regex<AnyRegexOutput> { try! Regex(##"^  subgraph phase_[a-z_]+ \[\##(label)\]$"##) }
    static var edge: Regex<AnyRegexOutput> { try! Regex(##"^  (n\d+|e\d+|start_) (-->|-\.->|==>)(\|\##(label)\|)? (n\d+|e\d+)$"##) }
    static var classDef: Regex<AnyRegexOutput> { try! Regex(##"^  classDef (success|partial|failure) fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6}$"##) }
    static var linkStyle: Regex<AnyRegexOutput> { try! Regex(##"^  linkStyle (\d+) stroke:#[0-9a-f]{6},stroke-width:2px$"##) }

    /// What is wrong with a flowchart of `nodes` scenes and endings; empty when it is well formed.
    static func problems(in text: String, nodes expected: Int) -> [String] {
        var problems: [String] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count > 2, lines[0].hasPrefix("%% "), lines[1] == "flowchart LR", lines.last == "" else { return ["bad header or ending"] }
        var defined: Set<String> = []
        var edges: [(String, String)] = []
        var links: [Int] = []
        var depth = 0
        for line in lines.dropFirst(2).dropLast() {
            if line.unicodeScalars.contains(where: SafeText.isUnsafe) { problems.append("control character: \(line)") }
            if let match = line.wholeMatch(of: node) {
                defined.insert(String(line[match.range].split(separator: "(")[0].split(separator: "[")[0].trimmingCharacters(in: .whitespaces)))
            } else if line.wholeMatch(of: subgraph) != nil {
                if depth != 0 { problems.append("nested subgraph: \(line)") }
                depth += 1
            } else if line == "  end" {
                depth -= 1
                if depth < 0 { problems.append("unbalanced end") }
            } else if line.wholeMatch(of: edge) != nil {
                let parts = line.trimmingCharacters(in: .whitespaces).split(separator: " ")
                edges.append((String(parts.first!), String(parts.last!)))
            } else if let match = line.wholeMatch(of: linkStyle) {
                links.append(Int(line[match.range].split(separator: " ")[1])!)
            } else if line.wholeMatch(of: classDef) == nil {
                problems.append("unexpected line: \(line)")
            }
        }
        if depth != 0 { problems.append("unclosed subgraph") }
        if defined.count != expected + 1 { problems.append("expected \(expected + 1) nodes, found \(defined.count)") }
        for (from, to) in edges where !defined.contains(from) || !defined.contains(to) { problems.append("edge to an undefined node: \(from) -> \(to)") }
        for link in links where link >= edges.count { problems.append("linkStyle \(link) out of range") }
        return problems
    }
}
