/// A condition's UTF-8 bytes, with the ways the compiler reads text out of them.
///
/// The bytes belong to the caller and must stay valid while the source is used. It is small
/// and trivially copied, so helpers on it cost nothing to call from the hot paths.
struct ExpressionSource {
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }

    subscript(offset: Int) -> UInt8 { bytes[offset] }

    /// The bytes in `range`.
    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[range])
    }

    /// The text of the bytes in `range`.
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The text from `start` to `end`.
    func text(_ start: Int32, _ end: Int32) -> String {
        text(Int(start)..<Int(end))
    }

    /// The bytes in `range` packed into an integer, first byte lowest, or nil when there are more than eight.
    ///
    /// Words without NUL bytes are equal exactly when their packed forms are, so a word can be
    /// matched against several at once with `switch source.packed(range) { case ExpressionSource.packed("not"): ... }`.
    func packed(_ range: Range<Int>) -> UInt64? {
        guard range.count <= 8 else { return nil }
        var packed: UInt64 = 0
        for offset in range.reversed() { packed = packed << 8 | UInt64(bytes[offset]) }
        return packed
    }

    /// `word` packed like `packed(_:)` packs source bytes; with a literal the compiler folds it to a constant.
    @inline(__always)
    static func packed(_ word: StaticString) -> UInt64 {
        var packed: UInt64 = 0
        for offset in (0..<word.utf8CodeUnitCount).reversed() { packed = packed << 8 | UInt64(word.utf8Start[offset]) }
        return packed
    }

    /// How messages name a sub-expression: its source text in quotes (a string literal's own
    /// quotes do), or its offset when the text is long.
    func describe(_ operand: ExpressionOperand) -> String {
        let short = operand.end - operand.start <= 40
        if operand.form == .string, short { return text(operand.start, operand.end) }
        return short ? "'\(text(operand.start, operand.end))'" : "the expression at offset \(operand.start)"
    }
}
