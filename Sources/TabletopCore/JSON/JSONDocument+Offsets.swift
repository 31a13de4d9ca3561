extension JSONDocument {
    /// The file byte offset of the character at `decodedOffset` (UTF-8 bytes) in the decoded text of the string at `index`.
    ///
    /// Used to place an error found inside a string, such as a condition, at its exact column.
    public func fileOffset(ofDecodedOffset decodedOffset: Int, inString index: Index) -> Int {
        let node = nodes[index]
        let start = Int(node.start) + 1, end = Int(node.end) - 1
        guard node.escaped else { return min(start + max(0, decodedOffset), end) }
        var raw = start
        var decoded = 0
        while raw < end, decoded < decodedOffset {
            guard source[raw] == UInt8(ascii: "\\"), raw + 1 < end else {
                raw += 1
                decoded += 1
                continue
            }
            if source[raw + 1] != UInt8(ascii: "u") {
                raw += 2
                decoded += 1
                continue
            }
            var scalar: UInt32 = 0
            for digit in source[(raw + 2)..<min(raw + 6, end)] { scalar = scalar << 4 | (hexValue(digit) ?? 0) }
            if (0xD800...0xDBFF).contains(scalar) {
                raw += 12
                decoded += 4
            } else {
                raw += 6
                decoded += scalar < 0x80 ? 1 : scalar < 0x800 ? 2 : 3
            }
        }
        return min(raw, end)
    }
}
