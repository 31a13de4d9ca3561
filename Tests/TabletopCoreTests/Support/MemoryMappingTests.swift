import Testing
@testable import TabletopCore

/// Reading /proc/self/maps, and finding the heap a block of memory lies in.
@Suite("Memory mappings")
struct MemoryMappingTests {
    /// Three lines as Linux writes them: a thread's heap (its grown part, then its reserve), then a file.
    static let maps = Array("""
        7f9028000000-7f902a9c5000 rw-p 00000000 00:00 0 
        7f902a9c5000-7f902c000000 ---p 00000000 00:00 0 
        7f902c000000-7f902c021000 r--p 00000000 08:01 1234                       /usr/lib/libc.so.6
        55d0c0a00000-zz rw-p 00000000 00:00 0 [heap]
        garbage

        """.utf8)

    @Test("Each well-formed line gives a range and whether it is a reserve; others are skipped")
    func parsesLines() {
        #expect(MemoryMapping.parse(Self.maps) == [
            MemoryMapping(start: 0x7f90_2800_0000, end: 0x7f90_2a9c_5000, isReserve: false),
            MemoryMapping(start: 0x7f90_2a9c_5000, end: 0x7f90_2c00_0000, isReserve: true),
            MemoryMapping(start: 0x7f90_2c00_0000, end: 0x7f90_2c02_1000, isReserve: false),
        ])
    }

    @Test("The heap holding an address takes in the reserve right after it, and nothing else")
    func heapRangeTakesInItsReserve() {
        let mappings = MemoryMapping.parse(Self.maps)
        #expect(MemoryMapping.heapRange(holding: 0x7f90_2800_1000, in: mappings) == 0x7f90_2800_0000..<0x7f90_2c00_0000)
        #expect(MemoryMapping.heapRange(holding: 0x7f90_2c00_0010, in: mappings) == 0x7f90_2c00_0000..<0x7f90_2c02_1000)
        #expect(MemoryMapping.heapRange(holding: 0x1000, in: mappings) == nil)
    }

    @Test("A reserve that does not follow without a gap is not taken in")
    func reserveAfterAGapIsLeftOut() {
        let mappings = [MemoryMapping(start: 0x1000, end: 0x2000, isReserve: false), MemoryMapping(start: 0x3000, end: 0x4000, isReserve: true)]
        #expect(MemoryMapping.heapRange(holding: 0x1800, in: mappings) == 0x1000..<0x2000)
    }

    #if os(Linux)
    @Test("This process's mappings hold its own code and a fresh block of memory")
    func readsThisProcess() {
        let mappings = MemoryMapping.current()
        let block = [UInt8](repeating: 1, count: 100)
        block.withUnsafeBufferPointer { buffer in
            #expect(MemoryMapping.heapRange(holding: UInt(bitPattern: buffer.baseAddress), in: mappings) != nil)
        }
    }
    #endif
}
