import Foundation
import Testing
import TabletopTestSupport

@Suite("tabletop graph")
struct GraphCommandTests {
    /// Graphviz's `dot`, when installed (.ci/run installs it).
    static let dot: String? = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static let files: [String] = {
        let folder = Binary.repositoryRoot.appendingPathComponent("Scenarios")
        let bundled = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        return bundled.map { "Scenarios/\($0)" } + ["Tests/TabletopCoreTests/Fixtures/Graph/hostile-text.json"]
    }()

    @Test(.enabled(if: dot != nil, "needs Graphviz's dot; .ci/run installs it with apt-get"), arguments: files)
    func graphvizAcceptsTheDOTOutput(_ path: String) throws {
        let graph = try CLIRunner.run(["graph", path, "--format", "dot"])
        #expect(graph.status == 0, "\(graph.stderr)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.dot!)
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(graph.stdout.utf8))
        try input.fileHandleForWriting.close()
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        let messages = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(messages)")
        #expect(messages.isEmpty, "\(messages)")
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
    }

    @Test func mermaidAndPlaybookOptionsWork() throws {
        let mermaid = try CLIRunner.run(["graph", "Scenarios/dependency-confusion.json", "--playbook", "Playbooks/dependency-confusion.json", "--format", "mermaid"])
        #expect(mermaid.status == 0)
        #expect(mermaid.stdout.hasPrefix("%% tabletop graph of scenario dependency-confusion\nflowchart LR\n"))
        #expect(try CLIRunner.run(["graph", "Scenarios/dependency-confusion.json", "--format", "svg"]).status == 64)
        #expect(try CLIRunner.run(["graph", "nope.json"]).status == 66)
    }
}
