import Testing
@testable import TabletopCore

@Suite("Link frames: a big-endian length, then the payload; bounds checked before reading")
struct LinkFrameTests {
    @Test func aFrameIsItsLengthThenItsBytes() {
        #expect(LinkFrame.encode("{}") == [0, 0, 0, 2, UInt8(ascii: "{"), UInt8(ascii: "}")])
        #expect(Array(LinkFrame.encode([UInt8](repeating: 7, count: 0x01_02_03)).prefix(4)) == [0, 1, 2, 3])
    }

    @Test func framesSplitAnywhereAreReassembled() throws {
        let payloads: [[UInt8]] = [Array("{\"a\": 1}".utf8), [UInt8](repeating: 0x41, count: 3000), Array("x".utf8)]
        let stream = payloads.flatMap { LinkFrame.encode($0) }
        var decoder = LinkFrameDecoder(maximumPayload: 4096)
        var received: [[UInt8]] = []
        for byte in stream {
            decoder.append([byte])
            while let payload = try decoder.next() { received.append(payload) }
        }
        #expect(received == payloads)
        #expect(decoder.bufferedCount == 0)
    }

    @Test func aDeclaredLengthAboveTheBoundIsRefusedFromItsPrefixAlone() {
        var decoder = LinkFrameDecoder(maximumPayload: 4096)
        decoder.append([0x06, 0x40, 0x00, 0x00])   // 100 MiB declared, nothing more sent
        #expect(Self.error(from: &decoder) == .oversized(declared: 100 * 1024 * 1024, maximum: 4096))
    }

    @Test func anEmptyFrameIsRefused() {
        var decoder = LinkFrameDecoder(maximumPayload: 4096)
        decoder.append([0, 0, 0, 0])
        #expect(Self.error(from: &decoder) == .emptyFrame)
    }

    @Test func anIncompleteFrameWaits() throws {
        var decoder = LinkFrameDecoder(maximumPayload: 4096)
        decoder.append([0, 0, 0, 5, 1, 2])
        #expect(try decoder.next() == nil)
        decoder.append([3, 4, 5])
        #expect(try decoder.next() == [1, 2, 3, 4, 5])
    }

    /// The error the decoder's next frame throws, nil when it throws none.
    static func error(from decoder: inout LinkFrameDecoder) -> LinkFrameError? {
        do {
            _ = try decoder.next()
            return nil
        } catch {
            return error
        }
    }
}
