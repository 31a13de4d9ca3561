/// Typed access to the members of one message payload, throwing a `LinkMessageError` that names the member.
struct LinkPayloadReader {
    let document: JSONDocument

    /// Parses `payload` as a JSON object.
    init(payload: [UInt8]) throws(LinkMessageError) {
        do {
            document = try JSONDocument(bytes: payload)
        } catch {
            throw LinkMessageError("not JSON: \(error.message)")
        }
        guard document.kind(document.root) == .object else { throw LinkMessageError("a message must be a JSON object") }
    }

    /// The payload's top-level object.
    var root: JSONDocument.Index { document.root }

    /// The value of a required member.
    func member(_ object: JSONDocument.Index, _ key: StaticString) throws(LinkMessageError) -> JSONDocument.Index {
        guard document.kind(object) == .object else { throw LinkMessageError("'\(key)' must be inside an object") }
        guard let value = find(object, key) else { throw LinkMessageError("missing '\(key)'") }
        return value
    }

    /// A member that may be absent or null.
    func optional(_ object: JSONDocument.Index, _ key: StaticString) -> JSONDocument.Index? {
        guard document.kind(object) == .object, let value = find(object, key), document.kind(value) != .null else { return nil }
        return value
    }

    /// The value of the member named `key` (the first, if repeated), compared byte for byte without decoding.
    private func find(_ object: JSONDocument.Index, _ key: StaticString) -> JSONDocument.Index? {
        for name in document.keys(object) where document.stringEquals(name, key) { return name + 1 }
        return nil
    }

    /// A required string member.
    func string(_ object: JSONDocument.Index, _ key: StaticString) throws(LinkMessageError) -> String {
        try string(node: member(object, key), key)
    }

    /// The string at `node`, named `key` in the error.
    func string(node: JSONDocument.Index, _ key: StaticString) throws(LinkMessageError) -> String {
        guard document.kind(node) == .string else { throw LinkMessageError("'\(key)' must be a string") }
        return document.string(node)
    }

    /// A string member that may be absent or null.
    func optionalString(_ object: JSONDocument.Index, _ key: StaticString) throws(LinkMessageError) -> String? {
        guard let node = optional(object, key) else { return nil }
        return try string(node: node, key)
    }

    /// A required integer member.
    func int(_ object: JSONDocument.Index, _ key: StaticString) throws(LinkMessageError) -> Int {
        guard let value = document.integer(try member(object, key)) else { throw LinkMessageError("'\(key)' must be an integer") }
        return value
    }

    /// A required boolean member.
    func bool(_ object: JSONDocument.Index, _ key: StaticString) throws(LinkMessageError) -> Bool {
        let node = try member(object, key)
        switch document.kind(node) {
        case .true: return true
        case .false: return false
        default: throw LinkMessageError("'\(key)' must be true or false")
        }
    }

    /// The elements of the array member `key`, each read by `read`.
    func array<Element>(_ object: JSONDocument.Index, _ key: StaticString,
                        _ read: (JSONDocument.Index) throws(LinkMessageError) -> Element) throws(LinkMessageError) -> [Element] {
        let node = try member(object, key)
        guard document.kind(node) == .array else { throw LinkMessageError("'\(key)' must be an array") }
        var elements: [Element] = []
        for element in document.elements(node) { elements.append(try read(element)) }
        return elements
    }

    /// A `{role, name}` object.
    func participant(_ node: JSONDocument.Index) throws(LinkMessageError) -> Participant {
        Participant(role: try string(node, "role"), name: try string(node, "name"))
    }
}
