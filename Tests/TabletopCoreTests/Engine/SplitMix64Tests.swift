import Testing
@testable import TabletopCore

@Suite("SplitMix64")
struct SplitMix64Tests {
    @Test func matchesTheReferenceSequence() {
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(rng.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func rollsAreOnePlusTheOutputModuloSides() {
        var six = SplitMix64(seed: 7)
        #expect((0..<10).map { _ in six.roll(sides: 6) } == [4, 1, 1, 4, 5, 4, 5, 1, 6, 6])
        var twenty = SplitMix64(seed: 42)
        #expect((0..<5).map { _ in twenty.roll(sides: 20) } == [14, 12, 19, 5, 11])
    }
}
