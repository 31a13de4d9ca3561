import Testing
@testable import TabletopCore

@Suite("Timestamp: UTC ISO 8601 with milliseconds")
struct TimestampTests {
    static let known: [(milliseconds: Int64, text: String)] = [
        (0, "1970-01-01T00:00:00.000Z"),
        (-1, "1969-12-31T23:59:59.999Z"),
        (951_782_400_000, "2000-02-29T00:00:00.000Z"),
        (1_795_916_122_123, "2026-11-29T01:35:22.123Z"),
        (4_107_542_399_999, "2100-02-28T23:59:59.999Z"),
        (253_402_300_799_999, "9999-12-31T23:59:59.999Z"),
    ]

    @Test(arguments: known.indices)
    func formatsAndParsesKnownInstants(index: Int) {
        let (milliseconds, text) = Self.known[index]
        #expect(Timestamp(milliseconds: milliseconds).iso8601 == text)
        #expect(Timestamp(iso8601: text)?.milliseconds == milliseconds)
    }

    @Test func roundTripsEveryDayOverFourCenturies() {
        // One instant a day from 1800 to 2200, with a changing time of day: format then parse gives it back.
        var milliseconds: Int64 = -5_364_662_400_000
        while milliseconds < 7_258_118_400_000 {
            let text = Timestamp(milliseconds: milliseconds).iso8601
            #expect(Timestamp(iso8601: text)?.milliseconds == milliseconds, "\(text)")
            milliseconds += 86_400_000 + 3_723_457
        }
    }

    @Test func rejectsAnythingButTheExactForm() {
        for text in ["2026-02-30T00:00:00.000Z", "2025-02-29T00:00:00.000Z", "2026-11-29T24:00:00.000Z", "2026-11-29T01:35:22Z",
                     "2026-11-29 01:35:22.123Z", "2026-11-29T01:35:22.123+00:00", "2026-13-01T00:00:00.000Z", "２026-11-29T01:35:22.123Z", ""] {
            #expect(Timestamp(iso8601: text) == nil, "\(text)")
        }
        #expect(Timestamp(iso8601: "2024-02-29T12:00:00.000Z") != nil)
    }

    @Test func nowIsAfterThisCodeWasWritten() {
        #expect(Timestamp.now() > Timestamp(iso8601: "2024-01-01T00:00:00.000Z")!)
        #expect(Timestamp.now().iso8601.hasSuffix("Z"))
    }
}
