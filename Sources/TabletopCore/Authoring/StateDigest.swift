/// A 128-bit digest of everything in a session state that can change what happens next or the score.
///
/// Exhaustive exploration keeps digests rather than states, as model checkers keep fingerprints:
/// sixteen bytes a state, and two different states share a digest with odds far below one in 10^20
/// for a million states.
struct StateDigest: Hashable {
    var high: UInt64
    var low: UInt64
}

/// Computes `StateDigest`s for one scenario and playbook.
///
/// Two states get the same digest when they stand at the same place with the same clock, variables,
/// RNG, visited scenes, chosen options and performed actions, and, for the actions the playbook
/// scores, the same first-use clocks and the same order of first uses. The number of decisions so
/// far is left out: scoring only compares sequence numbers, so their order is what counts.
struct StateDigester {
    /// Interned indices of the actions the playbook scores, whose first-use times matter.
    let scoredActions: Set<Int>

    func digest(_ state: SessionState) -> StateDigest {
        var hasher = Lanes()
        switch state.position {
        case .scene(let index): hasher.mix(UInt64(index) << 1)
        case .ended(let index): hasher.mix(UInt64(index) << 1 | 1)
        }
        hasher.mix(UInt64(bitPattern: Int64(state.clock)))
        hasher.mix(state.rng.state)
        for value in state.values { hasher.mix(UInt64(bitPattern: Int64(ExpressionProgram.integer(value)))) }
        for word in state.visited.words { hasher.mix(word) }
        for word in state.chosen.words { hasher.mix(word) }
        // First uses, in an order-independent sum: a dictionary's order is not its content.
        var ranks: [Int] = []
        for (action, use) in state.firstUse where scoredActions.contains(action) { ranks.append(use.sequence) }
        ranks.sort()
        var sumHigh: UInt64 = 0, sumLow: UInt64 = 0
        for (action, use) in state.firstUse {
            var entry = Lanes()
            entry.mix(UInt64(action))
            if scoredActions.contains(action) {
                entry.mix(UInt64(Self.rank(of: use.sequence, in: ranks)))
                entry.mix(UInt64(bitPattern: Int64(use.clock)))
            }
            sumHigh &+= entry.high
            sumLow &+= entry.low
        }
        hasher.mix(sumHigh)
        hasher.mix(sumLow)
        return StateDigest(high: hasher.high, low: hasher.low)
    }

    /// The position of the first element equal to `value` in a sorted array that holds it.
    private static func rank(of value: Int, in sorted: [Int]) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Two independent 64-bit mixing lanes.
    private struct Lanes {
        var high: UInt64 = 0x243F_6A88_85A3_08D3
        var low: UInt64 = 0x1319_8A2E_0370_7344

        @inline(__always)
        mutating func mix(_ word: UInt64) {
            high = SplitMix64.finalize((high ^ word) &+ 0x9E37_79B9_7F4A_7C15)
            low = SplitMix64.finalize(low &+ word &* 0xC2B2_AE3D_27D4_EB4F)
        }
    }
}
