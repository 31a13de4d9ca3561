/// Reads the members of one JSON object against a list of known keys, reporting unknown, duplicate, missing and mistyped members.
///
/// Keys are static strings matched against the file's bytes (see `KnownKeys`), and the members found
/// are kept inline: reading an object allocates nothing, which matters when a scenario has tens of
/// thousands of them. A reader cannot be copied, only lent (`borrowing`): copying its nearly two hundred
/// bytes, and counting references to what it holds, took four or five copies for each object read, 4%
/// of validate's instructions. Its subscript is inlined for the same reason: called, it copied the
/// reader's values to read one.
struct ObjectReader: ~Copyable {
    let document: JSONDocument
    let node: JSONDocument.Index
    private let known: KnownKeys
    /// Per known key, the node of its value, or -1.
    private var values = InlineArray<24, Int32>(repeating: -1)

    /// Whether `node` is an object; when it is not, E202 is reported and the reader has no members.
    let isObject: Bool

    /// Reads `node`'s members; reports E202 when `node` is not an object (see `isObject`).
    ///
    /// Not a failable initializer, and inlined: an optional reader was copied, all its bytes, once into the
    /// optional and once out of it, for each object read, and a reader returned from a call was copied once.
    @inline(__always)
    init(_ document: JSONDocument, _ node: JSONDocument.Index, known: KnownKeys, what: @autoclosure () -> String, sink: inout DiagnosticSink) {
        precondition(known.count <= 24, "too many known keys")
        self.document = document
        self.node = node
        self.known = known
        let nodes = document.nodes
        let object = nodes[node]
        isObject = object.kind == .object
        guard isObject else {
            sink.error("E202", "\(what()) must be an object, found \(object.kind.phrase)", at: node)
            return
        }
        var unknown = UnknownKeys()
        var hint = 0
        // The members' keys and values alternate on the tape up to the object's end.
        var key = node + 1
        while key < node + Int(object.end) {
            let keyNode = nodes[key]
            let after = nodes.skip(key + 1)
            if let slot = known.slot(ofKey: key, node: keyNode, in: document, hint: hint) {
                hint = slot + 1
                if values[slot] >= 0 {
                    sink.error("E203", "duplicate key '\(known.names[slot])'; the earlier value would be lost", at: key)
                } else {
                    values[slot] = Int32(key + 1)
                }
            } else {
                unknown.report(key, in: document, known: known, what: what(), sink: &sink)
            }
            key = after
        }
    }

    /// The keys of one object that are not known, each reported once: a duplicate as such, one
    /// written once as unknown (W201) unless it is `$schema` or starts with `x-`.
    private struct UnknownKeys {
        private var seen: Set<String> = []

        mutating func report(_ key: JSONDocument.Index, in document: JSONDocument, known: KnownKeys, what: String, sink: inout DiagnosticSink) {
            let name = document.string(key)
            guard seen.insert(name).inserted else {
                sink.error("E203", "duplicate key '\(sanitizedForMessage(name))'", at: key)
                return
            }
            if name == "$schema" || name.hasPrefix("x-") { return }
            let hint = Suggestion.closest(to: name, in: known.names.map(\.description)).map { "did you mean '\($0)'?" }
            sink.warning("W201", "unknown key '\(sanitizedForMessage(name))' in \(what) is ignored", at: key, hint: hint)
        }
    }

    /// The value node of a member, if present.
    @inline(__always)
    subscript(_ key: StaticString) -> JSONDocument.Index? {
        let value = values[known.slot(of: key)]
        return value >= 0 ? Int(value) : nil
    }

    /// A required member's value node; reports E201 when missing.
    func required(_ key: StaticString, in what: @autoclosure () -> String, sink: inout DiagnosticSink) -> JSONDocument.Index? {
        if let value = self[key] { return value }
        sink.error("E201", "\(what()) is missing the required key '\(key)'", at: node)
        return nil
    }

    /// A string member; reports missing (when required) and wrong types.
    func string(_ key: StaticString, required: Bool, in what: @autoclosure () -> String, sink: inout DiagnosticSink) -> String? {
        stringNode(key, required: required, in: what(), sink: &sink).map { document.string($0) }
    }

    /// The node of a string member, checked as `string` checks it, without decoding its text.
    func stringNode(_ key: StaticString, required: Bool, in what: @autoclosure () -> String, sink: inout DiagnosticSink) -> JSONDocument.Index? {
        guard let value = required ? self.required(key, in: what(), sink: &sink) : self[key] else { return nil }
        guard document.kind(value) == .string else {
            sink.error("E202", "'\(key)' must be a string, found \(document.kind(value).phrase)", at: value)
            return nil
        }
        return value
    }

    /// An id member (FORMATS.md section 1 pattern); reports missing, mistyped and malformed ids.
    func id(_ key: StaticString, in what: @autoclosure () -> String, sink: inout DiagnosticSink) -> String? {
        guard let id = string(key, required: true, in: what(), sink: &sink) else { return nil }
        guard Identifiers.isValidID(id) else {
            sink.error("E204", "'\(sanitizedForMessage(id))' is not a valid id: use \(Identifiers.idRule)", at: self[key]!)
            return nil
        }
        return id
    }

    /// A boolean member.
    func bool(_ key: StaticString, sink: inout DiagnosticSink) -> Bool? {
        guard let value = self[key] else { return nil }
        switch document.kind(value) {
        case .true: return true
        case .false: return false
        default:
            sink.error("E202", "'\(key)' must be true or false, found \(document.kind(value).phrase)", at: value)
            return nil
        }
    }

    /// An integer member within `range`.
    func integer(_ key: StaticString, required: Bool, in what: @autoclosure () -> String, range: ClosedRange<Int>, sink: inout DiagnosticSink) -> Int? {
        guard let value = required ? self.required(key, in: what(), sink: &sink) : self[key] else { return nil }
        return readInteger(document, value, name: "'\(key)'", range: range, sink: &sink)
    }

    /// An array of strings member.
    func strings(_ key: StaticString, sink: inout DiagnosticSink) -> [String]? {
        guard let value = self[key] else { return nil }
        guard document.kind(value) == .array else {
            sink.error("E202", "'\(key)' must be an array of strings, found \(document.kind(value).phrase)", at: value)
            return nil
        }
        var result: [String] = []
        for element in document.elements(value) {
            guard document.kind(element) == .string else {
                sink.error("E202", "each entry of '\(key)' must be a string, found \(document.kind(element).phrase)", at: element)
                continue
            }
            result.append(document.string(element))
        }
        return result
    }
}

/// Reads an integer value within `range`, reporting E202 for non-numbers and E208 for values out of range.
func readInteger(_ document: JSONDocument, _ value: JSONDocument.Index, name: @autoclosure () -> String, range: ClosedRange<Int>, sink: inout DiagnosticSink) -> Int? {
    guard document.kind(value) == .number else {
        sink.error("E202", "\(name()) must be an integer, found \(document.kind(value).phrase)", at: value)
        return nil
    }
    let number: Int
    switch document.integerReading(value) {
    case .value(let whole)?: number = whole
    case .fraction?:
        sink.error("E202", "\(name()) must be a whole number, found \(document.rawText(value).prefix(40))", at: value)
        return nil
    case .outOfRange?, nil:
        sink.error("E208", "\(name()) is out of range: \(document.rawText(value).prefix(40))", at: value)
        return nil
    }
    guard range.contains(number) else {
        sink.error("E208", "\(name()) must be between \(range.lowerBound) and \(range.upperBound), found \(number)", at: value)
        return nil
    }
    return number
}

/// Makes untrusted text safe to quote inside a diagnostic: control characters become `?`, long text is cut.
func sanitizedForMessage(_ text: String) -> String {
    let cleaned = SafeText.singleLine(text)
    return cleaned.count > 60 ? String(cleaned.prefix(57)) + "..." : cleaned
}
