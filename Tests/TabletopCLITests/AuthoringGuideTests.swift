import Foundation
import Testing
@testable import TabletopCore
import TabletopTestSupport

/// docs/authoring.md stays true: its starter excerpts are in the starter drill, and its commands and CI script run.
@Suite("docs/authoring.md")
struct AuthoringGuideTests {
    static let guide = (try? String(contentsOf: Binary.repositoryRoot.appendingPathComponent("docs/authoring.md"), encoding: .utf8)) ?? ""

    /// The fenced blocks whose info string is `info`, in order.
    static func blocks(_ info: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring]?
        for line in guide.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```\(info)" { current = [] } else if current != nil, line == "```" {
                blocks.append(current!.joined(separator: "\n"))
                current = nil
            } else if current != nil { current!.append(line) }
        }
        return blocks
    }

    @Test func everyStarterExcerptIsInTheStarterDrill() {
        let starter = StarterDrill.scenario(id: "my-drill") + StarterDrill.playbook(id: "my-drill")
        let excerpts = Self.blocks("json starter")
        #expect(excerpts.count >= 12)
        for line in excerpts.flatMap({ $0.split(separator: "\n") }) {
            #expect(starter.contains(line), "not in the starter: \(line)")
        }
    }

    @Test func theQuickStartAndTheCIScriptRun() throws {
        let folder = URL(fileURLWithPath: try TestFiles.temporaryFolder())
        defer { try? FileManager.default.removeItem(at: folder) }
        let shell = Self.blocks("sh")
        let quickStart = try #require(shell.first)
        // Graphviz is optional here: keep each command's tabletop part.
        let commands = quickStart.split(separator: "\n").map { String($0.split(separator: "#")[0].split(separator: "|")[0]).trimmingCharacters(in: .whitespaces) }
        for command in commands where !command.isEmpty {
            let result = try CLIRunner.shell(command + " > /dev/null", in: folder)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        let script = try #require(shell.first { $0.hasPrefix("#!/usr/bin/env bash") })
        let result = try CLIRunner.shell(script, in: folder)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
