/// The latter part of a large JSON document, parsed on a second thread while the first parses the rest.
///
/// A raw line break can only stand between tokens (JSON strings may not hold one), so in valid JSON
/// a line that starts with `{` after a `,` or `[` is the start of an array element.
/// Near the middle of a pretty-printed file, the least indented such line is most likely an element
/// of the largest array (a scenario's scenes). The second thread parses elements from there to the
/// `]` that closes their array; the first thread, on reaching that very byte as an element of an
/// array, takes the fragment over instead of parsing it (`JSONParser.spliceFragment`). Should the
/// guess be wrong or the fragment hold an error, the first thread parses those bytes itself, so the
/// tape and every error are exactly those of a parse on one thread.
struct JSONFragment {
    /// Offset of the first element's first byte.
    let start: Int
    /// The elements' nodes, which become the second part of the tape as they are.
    let nodes: TapeBuffer
    /// Each element's first node, counted from the fragment's first.
    let elements: [Int]
    /// Offset of the `]` after the last element.
    let end: Int
    /// The deepest nesting inside the elements (1 for an element holding only scalars).
    let depth: Int

    /// Documents at least this large are parsed in two parts.
    static let minimumSize = 1 << 20
    /// How far past the middle to look for a place to start: room for a dozen or more elements the size of a
    /// rich scene. The search runs before the second thread starts, so it is kept short (256 KiB cost about 3 million instructions).
    static let searchLength = 64 << 10

    /// Where a second thread should start in `bytes`, or nil when no line past the middle qualifies.
    static func start(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var best: (indent: Int, offset: Int)?
        var position = bytes.count / 2
        let limit = min(bytes.count, position + searchLength)
        while position < limit {
            guard bytes[position] == 0x0A else { position += 1; continue }
            var first = position + 1
            while first < limit, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
            if first < limit, bytes[first] == UInt8(ascii: "{"), best.map({ first - position < $0.indent }) ?? true,
               followsSeparator(bytes, lineStart: position) {
                best = (first - position, first)
            }
            position = first
        }
        return best?.offset
    }

    /// Whether the last byte before a line break, white space aside, is `,` or `[`.
    private static func followsSeparator(_ bytes: UnsafeBufferPointer<UInt8>, lineStart: Int) -> Bool {
        var index = lineStart
        while index > 0 {
            index -= 1
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: continue
            case UInt8(ascii: ","), UInt8(ascii: "["): return true
            default: return false
            }
        }
        return false
    }
}
