#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import TabletopCore

/// Huge pages behind malloc's heaps for a large load (Linux with glibc).
@Suite("Huge page heap")
struct HugePageHeapTests {
    @Test("Only loads from 8 to 64 MiB get huge pages")
    func onlyMidSizedLoadsGetHugePages() {
        #expect(!HugePageHeap.applies(toLoadOf: (8 << 20) - 1))
        #expect(HugePageHeap.applies(toLoadOf: 8 << 20))
        #expect(HugePageHeap.applies(toLoadOf: 34_056_552))
        #expect(HugePageHeap.applies(toLoadOf: 64 << 20))
        #expect(!HugePageHeap.applies(toLoadOf: (64 << 20) + 1))
        #expect(!HugePageHeap.applies(toLoadOf: 170_086_507))
    }

    #if os(Linux) && canImport(Glibc)
    @Test("Once started, the heap of the calling thread and of a worker are advised to use huge pages")
    func advisesTheHeapsOfTheCallerAndOfAWorker() throws {
        HugePageHeap.start(expecting: HugePageHeap.minimumLoad)
        #expect(HugePageHeap.isStarted)
        // Checked on the ranges advised: in a test process, other tests' threads share the arenas and may
        // make malloc add heaps meanwhile, so a block allocated later need not lie in the same one.
        let own = try #require(HugePageHeap.adviseCurrentThread())
        #expect(try Self.isAdvised(own))
        let worker = try #require(BackgroundWork { HugePageHeap.adviseCurrentThread() }.wait())
        #expect(try Self.isAdvised(worker))
    }

    /// Whether the mapping holding the start of `range` is advised `MADV_HUGEPAGE` (`hg` in its `VmFlags`,
    /// /proc/self/smaps).
    private static func isAdvised(_ range: Range<UInt>) throws -> Bool {
        let smaps = String(decoding: try InputFile.read("/proc/self/smaps", limit: 1 << 26), as: UTF8.self)
        var holdsStart = false
        for line in smaps.split(separator: "\n") {
            if let mapping = MemoryMapping.parse(Array(line.utf8)).first, !line.hasPrefix("VmFlags") {
                holdsStart = mapping.start <= range.lowerBound && range.lowerBound < mapping.end
            } else if holdsStart, line.hasPrefix("VmFlags:") {
                return line.split(separator: " ").contains("hg")
            }
        }
        return false
    }
    #endif
}
