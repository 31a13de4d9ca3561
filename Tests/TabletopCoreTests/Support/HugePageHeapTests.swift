#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import TabletopCore

/// Huge pages behind malloc's heaps for a large load (Linux with glibc).
@Suite("Huge page heap")
struct HugePageHeapTests {
    #if os(Linux) && canImport(Glibc)
    @Test("Once started, the calling thread's heap and each worker's are advised to use huge pages")
    func advisesTheHeapsOfTheCallerAndTheWorkers() throws {
        HugePageHeap.start(expecting: HugePageHeap.minimumLoad)
        #expect(HugePageHeap.isStarted)
        #expect(try Self.freshBlockIsInHugePageMemory())
        let worker = BackgroundWork { try? Self.freshBlockIsInHugePageMemory() }
        #expect(worker.wait() == true)
    }

    /// Whether the mapping that holds a newly allocated block is advised `MADV_HUGEPAGE` (`hg` in its
    /// `VmFlags`, /proc/self/smaps).
    private static func freshBlockIsInHugePageMemory() throws -> Bool {
        let block = try #require(malloc(4096))
        defer { free(block) }
        let address = UInt(bitPattern: block)
        let smaps = String(decoding: try InputFile.read("/proc/self/smaps", limit: 1 << 26), as: UTF8.self)
        var holdsBlock = false
        for line in smaps.split(separator: "\n") {
            if let mapping = MemoryMapping.parse(Array(line.utf8)).first, !line.hasPrefix("VmFlags") {
                holdsBlock = mapping.start <= address && address < mapping.end
            } else if holdsBlock, line.hasPrefix("VmFlags:") {
                return line.split(separator: " ").contains("hg")
            }
        }
        return false
    }
    #endif
}
