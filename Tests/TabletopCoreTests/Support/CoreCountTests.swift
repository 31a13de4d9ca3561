import Testing
@testable import TabletopCore

/// The cores a process may run on, read from the CPU affinity Linux reports.
@Suite("Core count")
struct CoreCountTests {
    @Test("Cpus_allowed_list counts single cores and ranges", arguments: [
        ("0-1", 2), ("0", 1), ("0-3,8", 5), ("2,4,6-7", 4),
    ])
    func countsAllowedCores(list: String, cores: Int) {
        let status = "Name:\ttabletop\nCpus_allowed:\tff\nCpus_allowed_list:\t\(list)\nMems_allowed:\t1\n"
        #expect(Parallel.allowedCores(inStatus: Array(status.utf8)) == cores)
    }

    @Test("A status without the line, or with one that does not read as core numbers, gives nothing")
    func unreadableStatus() {
        for status in ["Name:\ttabletop\n", "Cpus_allowed_list:\t\n", "Cpus_allowed_list:\t3-1\n", "Cpus_allowed_list:\tx\n", "Cpus_allowed_list:\t1-2-3\n"] {
            #expect(Parallel.allowedCores(inStatus: Array(status.utf8)) == nil)
        }
    }

    #if os(Linux)
    @Test("This process's own status file reads as a core list, and that list is the count")
    func liveStatus() throws {
        let allowed = try #require(Parallel.allowedCores(inStatus: try InputFile.read("/proc/self/status")))
        #expect(Parallel.coreCount == allowed)
    }
    #endif
}
