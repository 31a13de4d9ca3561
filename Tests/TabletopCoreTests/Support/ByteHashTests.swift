import Testing
@testable import TabletopCore

@Suite("Byte hash")
struct ByteHashTests {
    private func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { ByteHash.hash($0) }
    }

    /// Each length from 0 to 40 crosses the word loop and both ways of reading the last bytes.
    @Test func everyByteAndTheLengthCount() {
        var seen: Set<UInt64> = []
        for length in 0...40 {
            let plain = [UInt8](repeating: 0x61, count: length)
            #expect(seen.insert(hash(plain)).inserted, "length \(length)")
            for position in 0..<length {
                var changed = plain
                changed[position] = 0x62
                #expect(seen.insert(hash(changed)).inserted, "length \(length), byte \(position)")
            }
        }
    }

    @Test func equalBytesHashAlikeWherever() {
        let text = Array("chose('s12/isolate') and trust > 2".utf8)
        let elsewhere = [0x20] + text
        #expect(hash(text) == elsewhere.withUnsafeBufferPointer { ByteHash.hash(UnsafeBufferPointer(rebasing: $0.dropFirst())) })
    }
}
