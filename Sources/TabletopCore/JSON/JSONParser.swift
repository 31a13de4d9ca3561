import CTabletopNative

/// Reads bytes into the flat node tape of a `JSONDocument`, validating JSON syntax and UTF-8 as it goes.
struct JSONParser: ~Copyable {
    private let base: UnsafePointer<UInt8>
    private let count: Int
    private var position = 0
    private var depth = 0
    /// The buffer being filled: the whole tape, or its second part once a fragment is taken over.
    private var tape: TapeBuffer
    /// `tape`'s memory, node count and room, kept here where each append reads them (see `TapeBuffer`).
    private var tapeBase: UnsafeMutablePointer<JSONDocument.Node>
    private var tapeCount = 0
    private var tapeCapacity: Int
    /// The first part of the tape once a fragment is taken over (see `spliceFragment`), else nil.
    private var head: TapeBuffer?
    /// The nodes in `head`.
    private var headCount = 0
    /// The latter part of a large document, parsed meanwhile on another thread (see `JSONFragment`).
    private var fragment: BackgroundWork<JSONFragment?>?
    /// Where that part starts: the first byte of an array element.
    private var fragmentStart = -1
    /// The deepest nesting met so far.
    private var deepest = 0
    /// The element nodes of each array just below the root, closed so far (see `JSONDocument.ElementLists`).
    private var elementLists = JSONDocument.ElementLists()
    /// Whether arrays two levels down are just below the root, and their elements listed: not in a
    /// fragment, whose values start further down.
    private var startsAtRoot = true
    /// The element nodes of the array being listed so far (such arrays do not nest).
    private var listed: [Int] = []

    private init(base: UnsafePointer<UInt8>, count: Int, from start: Int = 0) {
        self.base = base
        self.count = count
        self.position = start
        tape = TapeBuffer(capacity: (count - start) / 24 + 16)
        tapeBase = tape.base
        tapeCapacity = tape.capacity
    }

    /// Parses a whole document: exactly one value surrounded by optional whitespace.
    /// A large document is parsed in two parts at once (see `JSONFragment`) when the machine has two
    /// cores. `splittingFrom` decides instead: documents of at least that many bytes are split, whatever
    /// the cores (`Int.max`: none; tests and the fuzzer compare both ways). `spliced` tells whether the
    /// second part was taken over.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, splittingFrom: Int? = nil, spliced: UnsafeMutablePointer<Bool>? = nil) throws(JSONSyntaxError) -> JSONDocument.TapeParts {
        if bytes.count > JSONDocument.maximumSize {
            throw JSONSyntaxError(code: "E109", message: "file is \(bytes.count / 1_048_576) MiB; the limit is \(JSONDocument.maximumSize / 1_048_576) MiB", offset: 0)
        }
        try checkEncoding(bytes)
        guard let base = bytes.baseAddress, bytes.count > 0 else {
            throw JSONSyntaxError(code: "E103", message: "the file is empty; expected a JSON object", offset: 0)
        }
        var parser = JSONParser(base: base, count: bytes.count)
        var task: BackgroundWork<JSONFragment?>?
        // A mapped file's pages are faulted in ahead of the parse, each thread those of its own part.
        var firstPart = bytes.count
        // The core count is asked only of a document large enough to split: small ones (a journal line, a message) skip it.
        let large = bytes.count >= (splittingFrom ?? JSONFragment.minimumSize)
        if large, splittingFrom != nil || Parallel.coreCount > 1, let start = JSONFragment.start(in: bytes) {
            nonisolated(unsafe) let shared = base
            let count = bytes.count
            task = BackgroundWork {
                MemoryAdvice.prefault(shared + start, count - start)
                return JSONParser.parseFragment(base: shared, count: count, start: start)
            }
            parser.fragmentStart = start
            parser.fragment = task
            firstPart = start
        }
        MemoryAdvice.prefault(base, firstPart)
        // The bytes must outlive the other thread's reading: this function returns only after it ends.
        defer { task?.finish() }
        try parser.parseDocument()
        spliced?.pointee = parser.fragmentStart >= 0 && parser.fragment == nil
        return parser.takeParts()
    }

    /// Parses array elements from `start` up to the `]` that closes their array; nil on any error, which
    /// the parser of the whole document then finds and reports itself.
    private static func parseFragment(base: UnsafePointer<UInt8>, count: Int, start: Int) -> JSONFragment? {
        var parser = JSONParser(base: base, count: count, from: start)
        parser.startsAtRoot = false
        var elements: [Int] = []
        do throws(JSONSyntaxError) {
            while true {
                parser.skipWhitespace()
                guard parser.position < count, parser.base[parser.position] != UInt8(ascii: "]") else { return nil }
                elements.append(parser.nodeCount)
                try parser.parseValue()
                parser.skipWhitespace()
                guard parser.position < count else { return nil }
                if parser.base[parser.position] == UInt8(ascii: ",") { parser.position += 1; continue }
                guard parser.base[parser.position] == UInt8(ascii: "]") else { return nil }
                let end = parser.position, depth = parser.deepest
                return JSONFragment(start: start, nodes: parser.takeParts().tail, elements: elements, end: end, depth: depth)
            }
        } catch {
            return nil
        }
    }

    /// Takes over the other thread's fragment when the parse reaches its start inside an array: its nodes
    /// become the tape's second part as they are (a container's size does not depend on where it
    /// lies), the nodes parsed so far its first, and parsing goes on at the array's `]`, after them.
    /// Returns the element nodes added, or nil when there is no usable fragment here (the parse then
    /// reads these bytes itself).
    private mutating func spliceFragment() -> [Int]? {
        guard let task = fragment else { return nil }
        fragment = nil
        guard let part = task.take(), depth + part.depth <= JSONDocument.maximumDepth else {
            fragmentStart = -1
            return nil
        }
        tape.count = tapeCount
        head = tape
        headCount = tapeCount
        let elements = part.elements.map { headCount + $0 }
        tape = part.nodes
        tapeBase = tape.base
        tapeCount = tape.count
        tapeCapacity = tape.capacity
        position = part.end
        return elements
    }

    /// Rejects byte-order marks and UTF-16/32 files up front with a clear message.
    private static func checkEncoding(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw JSONSyntaxError(code: "E102", message: "the file starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM", offset: 0)
        }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            throw JSONSyntaxError(code: "E102", message: "the file is UTF-16 (it starts with a byte order mark); save it as UTF-8", offset: 0)
        }
    }

    /// Hands over the finished tape.
    private consuming func takeParts() -> JSONDocument.TapeParts {
        tape.count = tapeCount
        return JSONDocument.TapeParts(head: head, tail: tape, elementLists: elementLists)
    }

    /// The number of nodes so far.
    private var nodeCount: Int { headCount + tapeCount }

    /// Appends a node to the tape.
    @inline(__always)
    private mutating func append(_ node: JSONDocument.Node) {
        if tapeCount == tapeCapacity { growTape() }
        (tapeBase + tapeCount).initialize(to: node)
        tapeCount += 1
    }

    private mutating func growTape() {
        tape.grow(keeping: tapeCount)
        tapeBase = tape.base
        tapeCapacity = tape.capacity
    }

    private mutating func parseDocument() throws(JSONSyntaxError) {
        skipWhitespace()
        guard position < count else { throw error("E103", "the file holds only whitespace; expected a JSON object") }
        try parseValue()
        skipWhitespace()
        if position < count {
            throw error("E103", "unexpected \(describe(position)) after the end of the JSON value")
        }
    }

    private mutating func parseValue() throws(JSONSyntaxError) {
        guard position < count else { throw error("E103", "unexpected end of file; expected a value") }
        switch base[position] {
        case UInt8(ascii: "{"): try parseObject()
        case UInt8(ascii: "["): try parseArray()
        case UInt8(ascii: "\""): try parseString()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try parseNumber()
        case UInt8(ascii: "t"): try parseLiteral("true", .true)
        case UInt8(ascii: "f"): try parseLiteral("false", .false)
        case UInt8(ascii: "n"): try parseLiteral("null", .null)
        default: throw error("E103", "unexpected \(describe(position)); expected a value")
        }
    }

    private mutating func enterContainer(_ kind: JSONKind) throws(JSONSyntaxError) -> Int {
        depth += 1
        deepest = max(deepest, depth)
        if depth > JSONDocument.maximumDepth {
            throw error("E108", "nesting is deeper than \(JSONDocument.maximumDepth) levels")
        }
        append(.init(kind: kind, escaped: false, start: UInt32(position), end: 0, count: 0))
        position += 1
        return nodeCount - 1
    }

    private mutating func parseObject() throws(JSONSyntaxError) {
        let index = try enterContainer(.object)
        var members: UInt32 = 0
        skipWhitespace()
        if position < count, base[position] == UInt8(ascii: "}") {
            position += 1
        } else {
            while true {
                skipWhitespace()
                guard position < count else { throw error("E103", "unexpected end of file inside an object; expected '\"' to start a key") }
                guard base[position] == UInt8(ascii: "\"") else {
                    if base[position] == UInt8(ascii: "}") { throw error("E103", "trailing comma before '}'") }
                    throw error("E103", "unexpected \(describe(position)); expected '\"' to start a key")
                }
                try parseString()
                skipWhitespace()
                guard position < count, base[position] == UInt8(ascii: ":") else {
                    throw error("E103", "unexpected \(describe(position)); expected ':' after the key")
                }
                position += 1
                skipWhitespace()
                try parseValue()
                members += 1
                skipWhitespace()
                guard position < count else { throw error("E103", "unexpected end of file; expected ',' or '}'") }
                if base[position] == UInt8(ascii: ",") { position += 1; continue }
                if base[position] == UInt8(ascii: "}") { position += 1; break }
                throw error("E103", "unexpected \(describe(position)); expected ',' or '}'")
            }
        }
        close(index, children: members)
    }

    private mutating func parseArray() throws(JSONSyntaxError) {
        let index = try enterContainer(.array)
        var elements: UInt32 = 0
        // An array just below the root lists its elements as they come (it holds no other such array).
        let listsElements = depth == 2 && startsAtRoot
        skipWhitespace()
        if position < count, base[position] == UInt8(ascii: "]") {
            position += 1
        } else {
            while true {
                skipWhitespace()
                if position < count, base[position] == UInt8(ascii: "]"), elements > 0 {
                    throw error("E103", "trailing comma before ']'")
                }
                if position == fragmentStart, let spliced = spliceFragment() {
                    elements += UInt32(spliced.count)
                    if listsElements { listed += spliced }
                } else {
                    if listsElements { listed.append(nodeCount) }
                    try parseValue()
                    elements += 1
                }
                skipWhitespace()
                guard position < count else { throw error("E103", "unexpected end of file; expected ',' or ']'") }
                if base[position] == UInt8(ascii: ",") { position += 1; continue }
                if base[position] == UInt8(ascii: "]") { position += 1; break }
                throw error("E103", "unexpected \(describe(position)); expected ',' or ']'")
            }
        }
        close(index, children: elements)
        if listsElements {
            elementLists.add(listed, ofArray: index)
            listed = []
        }
    }

    /// Records the size and children of the container at `index`, whose last node was the last added.
    private mutating func close(_ index: Int, children: UInt32) {
        let size = UInt32(nodeCount - index)
        let node = if let head, index < headCount { head.base + index } else { tapeBase + (index - headCount) }
        node.pointee.count = children
        node.pointee.end = size
        depth -= 1
    }

    private mutating func parseLiteral(_ word: StaticString, _ kind: JSONKind) throws(JSONSyntaxError) {
        let length = word.utf8CodeUnitCount
        let start = position
        for offset in 0..<length {
            guard start + offset < count, base[start + offset] == word.utf8Start[offset] else {
                throw error("E103", "unexpected \(describe(start)); expected a value (strings need double quotes)", at: start)
            }
        }
        position += length
        append(.init(kind: kind, escaped: false, start: UInt32(start), end: UInt32(position), count: 0))
    }

    private mutating func parseNumber() throws(JSONSyntaxError) {
        let start = position
        if base[position] == UInt8(ascii: "-") { position += 1 }
        guard position < count, isDigit(base[position]) else { throw error("E105", "invalid number: expected a digit after '-'") }
        if base[position] == UInt8(ascii: "0") {
            position += 1
            if position < count, isDigit(base[position]) { throw error("E105", "invalid number: leading zeros are not allowed") }
        } else {
            while position < count, isDigit(base[position]) { position += 1 }
        }
        if position < count, base[position] == UInt8(ascii: ".") {
            position += 1
            guard position < count, isDigit(base[position]) else { throw error("E105", "invalid number: expected a digit after '.'") }
            while position < count, isDigit(base[position]) { position += 1 }
        }
        if position < count, base[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < count, base[position] == UInt8(ascii: "+") || base[position] == UInt8(ascii: "-") { position += 1 }
            guard position < count, isDigit(base[position]) else { throw error("E105", "invalid number: expected a digit in the exponent") }
            while position < count, isDigit(base[position]) { position += 1 }
        }
        append(.init(kind: .number, escaped: false, start: UInt32(start), end: UInt32(position), count: 0))
    }

    private mutating func parseString() throws(JSONSyntaxError) {
        let start = position
        // The cursor is a local, kept in a register; `position` is written back once, or before a slow step.
        var cursor = start &+ 1
        var escaped = false
        let base = self.base, count = self.count
        while true {
            // Fast path: skip plain ASCII eight bytes at a time, then step straight to the first byte that needs a look.
            var words = 0
            while cursor &+ 8 <= count {
                let flags = Self.attentionFlags(UInt64(littleEndian: UnsafeRawPointer(base + cursor).loadUnaligned(as: UInt64.self)))
                if flags != 0 {
                    cursor &+= flags.trailingZeroBitCount &>> 3
                    break
                }
                cursor &+= 8
                words &+= 1
                // Past two words the string is prose rather than a key: the vector unit reads the rest (see `CTabletopNative`).
                if Self.vectorsReadProse, words == 2 {
                    cursor &+= tabletop_plain_string_prefix(base + cursor, count &- cursor)
                    break
                }
            }
            if cursor < count, base[cursor] == UInt8(ascii: "\"") {
                cursor &+= 1
                break
            }
            position = cursor
            try stepInsideString(startingAt: start, escaped: &escaped)
            cursor = position
        }
        position = cursor
        // Offsets are below `JSONDocument.maximumSize`, checked before parsing, so they fit the node's fields.
        append(.init(kind: .string, escaped: escaped, start: UInt32(truncatingIfNeeded: start), end: UInt32(truncatingIfNeeded: cursor), count: 0))
    }

    /// Whether `tabletop_plain_string_prefix` reads the rest of long strings: on x86-64, where it has vectors;
    /// elsewhere it reads byte by byte, and the eight-byte loop of `parseString` is quicker.
    private static var vectorsReadProse: Bool {
        #if arch(x86_64)
        true
        #else
        false
        #endif
    }

    /// Steps over the byte at `position` inside a string that is not its closing quote: an escape, a
    /// multibyte character or plain ASCII; throws at the end of the file, a control character or bad UTF-8.
    @inline(never)
    private mutating func stepInsideString(startingAt start: Int, escaped: inout Bool) throws(JSONSyntaxError) {
        guard position < count else { throw error("E103", "unterminated string", at: start) }
        let byte = base[position]
        if byte == UInt8(ascii: "\\") {
            escaped = true
            try skipEscape()
        } else if byte < 0x20 {
            if byte == 0x0A || byte == 0x0D { throw error("E104", "line break inside a string; write it as \\n") }
            throw error("E104", "control character U+\(hex(UInt32(byte), digits: 4)) inside a string; escape it as \\u\(hex(UInt32(byte), digits: 4))")
        } else if byte >= 0x80 {
            try skipMultibyte()
        } else {
            position += 1
        }
    }

    /// Of eight bytes (read little-endian), a flag bit in each one that is a quote, a backslash, a control
    /// character or non-ASCII. Bytes above a flagged one may be flagged wrongly, so only the lowest flag is exact.
    @inline(__always)
    private static func attentionFlags(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let slash = word ^ (ones &* 0x5C)
        let hasQuote = (quote &- ones) & ~quote
        let hasSlash = (slash &- ones) & ~slash
        let hasControl = (word &- ones &* 0x20) & ~word
        return ((hasQuote | hasSlash | hasControl) & highs) | (word & highs)
    }

    private mutating func skipEscape() throws(JSONSyntaxError) {
        guard position + 1 < count else { throw error("E104", "unterminated escape sequence") }
        switch base[position + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
             UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 2
        case UInt8(ascii: "u"):
            let first = try hexQuad(at: position + 2)
            if (0xDC00...0xDFFF).contains(first) {
                throw error("E104", "invalid \\u escape: a low surrogate \\u\(hex(first, digits: 4)) without a high one")
            }
            if (0xD800...0xDBFF).contains(first) {
                guard position + 7 < count, base[position + 6] == UInt8(ascii: "\\"), base[position + 7] == UInt8(ascii: "u"),
                      (0xDC00...0xDFFF).contains(try hexQuad(at: position + 8)) else {
                    throw error("E104", "invalid \\u escape: a high surrogate \\u\(hex(first, digits: 4)) must be followed by a low one")
                }
                position += 12
            } else {
                position += 6
            }
        default:
            throw error("E104", "invalid escape \(describe(position + 1)); valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", at: position)
        }
    }

    private func hexQuad(at start: Int) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for offset in 0..<4 {
            guard start + offset < count, let digit = hexValue(base[start + offset]) else {
                throw error("E104", "invalid \\u escape: expected four hex digits", at: start - 2)
            }
            value = value << 4 | digit
        }
        return value
    }

    /// Validates one multi-byte UTF-8 sequence (no overlong forms, surrogates or values past U+10FFFF).
    private mutating func skipMultibyte() throws(JSONSyntaxError) {
        let lead = base[position]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: throw error("E101", "invalid UTF-8: byte 0x\(hex(UInt32(lead), digits: 2)) cannot start a character")
        }
        for offset in 1..<length {
            let limitLow = offset == 1 ? low : 0x80, limitHigh = offset == 1 ? high : 0xBF
            guard position + offset < count, (limitLow...limitHigh).contains(base[position + offset]) else {
                throw error("E101", "invalid UTF-8 sequence starting with byte 0x\(hex(UInt32(lead), digits: 2))")
            }
        }
        position += length
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while position < count {
            switch base[position] {
            case 0x20, 0x0A, 0x0D, 0x09:
                position += 1
                // Indentation comes in runs of spaces: skip eight at a time, then straight to the first non-space.
                while position + 8 <= count {
                    let others = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)) ^ 0x2020_2020_2020_2020
                    if others != 0 {
                        position += others.trailingZeroBitCount / 8
                        break
                    }
                    position += 8
                }
            default:
                return
            }
        }
    }

    private func describe(_ offset: Int) -> String {
        guard offset < count else { return "end of file" }
        let byte = base[offset]
        if byte >= 0x80 {
            return byte >= 0xC2 && byte <= 0xF4 ? "non-ASCII character" : "byte 0x\(hex(UInt32(byte), digits: 2)) (invalid UTF-8)"
        }
        if byte < 0x20 || byte == 0x7F { return "control character U+\(hex(UInt32(byte), digits: 4))" }
        return "character '\(Character(Unicode.Scalar(byte)))'"
    }

    private func error(_ code: String, _ message: String, at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(code: code, message: message, offset: min(offset ?? position, count))
    }
}

@inline(__always)
private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

/// The value of one hexadecimal digit, or nil.
func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case 0x30...0x39: return UInt32(byte - 0x30)
    case 0x41...0x46: return UInt32(byte - 0x41 + 10)
    case 0x61...0x66: return UInt32(byte - 0x61 + 10)
    default: return nil
    }
}

/// Upper-case hexadecimal with leading zeros, e.g. `hex(27, digits: 4)` is `001B`.
func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
}
