/// A fixed-size set of small integers, one bit each, cheap to copy and compare.
public struct BitSet: Sendable, Hashable {
    /// The bits, 64 to a word, lowest member first (read by the explorer's state digest).
    private(set) var words: [UInt64]

    /// An empty set for the integers `0..<capacity`.
    public init(capacity: Int) {
        words = Array(repeating: 0, count: (capacity + 63) / 64)
    }

    public func contains(_ member: Int) -> Bool {
        member >= 0 && member / 64 < words.count && words[member / 64] & (1 << UInt64(member % 64)) != 0
    }

    public mutating func insert(_ member: Int) {
        guard member >= 0, member / 64 < words.count else { return }
        words[member / 64] |= 1 << UInt64(member % 64)
    }
}
