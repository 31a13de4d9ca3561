import CTabletopNative
import TabletopCore
import Testing

@Suite("Plain string runs")
struct PlainStringPrefixTests {
    /// What every level must return: the bytes before the first quote, backslash, control character or non-ASCII byte.
    private func expected(_ bytes: [UInt8]) -> Int {
        bytes.firstIndex { $0 < 0x20 || $0 >= 0x80 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") } ?? bytes.count
    }

    /// Each level's answer for `bytes`, read from memory that ends where they do.
    private func answers(_ bytes: [UInt8]) -> [Int] {
        (0...2).map { level in
            bytes.withUnsafeBufferPointer { buffer in
                tabletop_plain_string_prefix_at_level(Int32(level), buffer.baseAddress, buffer.count)
            }
        } + [bytes.withUnsafeBufferPointer { tabletop_plain_string_prefix($0.baseAddress, $0.count) }]
    }

    @Test func everyLevelStopsAtTheFirstByteThatNeedsALook() {
        let stoppers: [UInt8] = [0x22, 0x5C, 0x00, 0x0A, 0x1F, 0x80, 0xC3, 0xFF]
        for length in 0..<100 {
            let plain = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            #expect(answers(plain) == Array(repeating: length, count: 4))
            for stopper in stoppers {
                for place in stride(from: 0, to: length, by: max(1, length / 7)) {
                    var bytes = plain
                    bytes[place] = stopper
                    // Another stopper later must not move the answer.
                    if place + 3 < length { bytes[place + 3] = 0x22 }
                    #expect(answers(bytes) == Array(repeating: place, count: 4), "length \(length), byte \(stopper) at \(place)")
                }
            }
        }
    }

    @Test func bytesNextToTheStoppersArePlain() {
        // The neighbours of each stopper, which a wrong comparison would catch: space, '!', '#', '[', ']', DEL.
        let neighbours: [UInt8] = [0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F]
        let bytes = (0..<70).map { neighbours[$0 % neighbours.count] }
        #expect(answers(bytes) == Array(repeating: bytes.count, count: 4))
    }

    @Test func randomTextGetsTheSameAnswerAtEveryLevel() {
        var generator = SplitMix64(seed: 0x5ca9)
        for _ in 0..<500 {
            let count = Int.random(in: 0..<200, using: &generator)
            // Mostly plain ASCII, now and then a byte that stops the run.
            let bytes = (0..<count).map { _ in
                Int.random(in: 0..<40, using: &generator) == 0 ? UInt8.random(in: 0...255, using: &generator) : UInt8.random(in: 0x20...0x7E, using: &generator)
            }
            #expect(answers(bytes) == Array(repeating: expected(bytes), count: 4), "\(bytes)")
        }
    }

    @Test func theWidestLevelIsOneThisProcessorHas() {
        #if arch(x86_64)
        #expect(tabletop_scan_widest_level() >= 1)
        #else
        #expect(tabletop_scan_widest_level() == 0)
        #endif
    }
}
