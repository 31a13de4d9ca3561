/// How many terminal columns a character takes, with the semantics of `wcwidth` in a UTF-8 locale.
///
/// Pure Swift, so layout does not depend on the machine's locale: 0 for combining marks, joiners and
/// variation selectors, 2 for East Asian Wide and Fullwidth characters and emoji, 1 otherwise.
/// Control characters count 0 (`SafeText` removes them before text is drawn).
///
/// ```
/// CharacterWidth.of("漢" as Unicode.Scalar)   // 2
/// CharacterWidth.of("e\u{301}te")             // 3
/// ```
public enum CharacterWidth {
    /// The columns one scalar takes: 0, 1 or 2.
    @inline(__always)
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 {
            return value < 0x20 || (value >= 0x7F && value < 0xA0) ? 0 : 1
        }
        if contains(CharacterWidthTable.zero, value) { return 0 }
        if value >= 0x1100, contains(CharacterWidthTable.wide, value) { return 2 }
        return 1
    }

    /// The columns a whole text takes on one line.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += of(scalar) }
        return total
    }

    private static func contains(_ table: [(UInt32, UInt32)], _ value: UInt32) -> Bool {
        var low = 0, high = table.count
        while low < high {
            let middle = (low + high) / 2
            if table[middle].1 < value { low = middle + 1 } else { high = middle }
        }
        return low < table.count && table[low].0 <= value
    }
}
