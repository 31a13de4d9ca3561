import Foundation
import Testing
import TabletopTestSupport

/// Output that cannot be written (`> /dev/full`: no space left) ends every command with 74 and says so.
@Suite("Standard output that cannot be written")
struct FullOutputTests {
    @Test("Exit 74 and a message on standard error", arguments: [
        "tabletop --help", "tabletop --version", "tabletop validate --help",
        "tabletop validate Scenarios/dependency-confusion.json", "tabletop validate --format json Scenarios/dependency-confusion.json",
        "tabletop play Scenarios/dependency-confusion.json --seed 1", "tabletop schema scenario", "tabletop actions",
    ])
    func full(_ command: String) throws {
        let result = try CLIRunner.shell("\(command) > /dev/full", in: Binary.repositoryRoot)
        #expect(result.status == 74)
        #expect(result.stderr.contains("cannot write to standard output"))
    }
}
