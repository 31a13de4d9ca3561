/// Typed access to the members of JSON objects, throwing the caller's kind of error with a message
/// that names the member and the value at fault.
///
/// The journal reads its lines with it (`JournalLineError`, located in the line) and the host-and-join
/// protocol its messages (`LinkMessageError`).
struct JSONFields<Failure: Error> {
    let document: JSONDocument
    /// Makes the error for a message about the value at a node.
    let failure: (String, JSONDocument.Index) -> Failure

    /// The error for `message` about the value at `node`.
    func error(_ message: String, at node: JSONDocument.Index) -> Failure {
        failure(message, node)
    }

    /// Fails unless the value at `node` is an object; `what` names it in the message.
    func requireObject(_ node: JSONDocument.Index, _ what: String) throws(Failure) {
        guard document.kind(node) == .object else { throw error("\(what) must be an object, found \(document.kind(node).phrase)", at: node) }
    }

    /// The value of a required member (the first, if repeated).
    func member(_ object: JSONDocument.Index, _ key: StaticString) throws(Failure) -> JSONDocument.Index {
        guard document.kind(object) == .object else { throw error("'\(key)' must be inside an object, found \(document.kind(object).phrase)", at: object) }
        guard let value = document.member(object, key) else { throw error("missing '\(key)'", at: object) }
        return value
    }

    /// The value of a member that may be absent or null.
    func optional(_ object: JSONDocument.Index, _ key: StaticString) -> JSONDocument.Index? {
        guard document.kind(object) == .object, let value = document.member(object, key), document.kind(value) != .null else { return nil }
        return value
    }

    /// The string at `node`, named `key` in the message.
    func string(node: JSONDocument.Index, _ key: StaticString) throws(Failure) -> String {
        guard document.kind(node) == .string else { throw error("'\(key)' must be a string, found \(document.kind(node).phrase)", at: node) }
        return document.string(node)
    }

    /// A required string member.
    func string(_ object: JSONDocument.Index, _ key: StaticString) throws(Failure) -> String {
        try string(node: try member(object, key), key)
    }

    /// A string member that may be absent or null.
    func optionalString(_ object: JSONDocument.Index, _ key: StaticString) throws(Failure) -> String? {
        guard let node = optional(object, key) else { return nil }
        return try string(node: node, key)
    }

    /// A required integer member, at least `min`.
    func int(_ object: JSONDocument.Index, _ key: StaticString, min: Int = Int.min) throws(Failure) -> Int {
        let node = try member(object, key)
        guard let value = document.integer(node), value >= min else {
            let found = document.kind(node) == .number ? document.rawText(node) : document.kind(node).phrase
            throw error("'\(key)' must be an integer\(min == 0 ? " >= 0" : ""), found \(found)", at: node)
        }
        return value
    }

    /// A required number member.
    func number(_ object: JSONDocument.Index, _ key: StaticString) throws(Failure) -> Double {
        let node = try member(object, key)
        guard let value = document.number(node) else { throw error("'\(key)' must be a number, found \(document.kind(node).phrase)", at: node) }
        return value
    }

    /// A required boolean member.
    func bool(_ object: JSONDocument.Index, _ key: StaticString) throws(Failure) -> Bool {
        let node = try member(object, key)
        switch document.kind(node) {
        case .true: return true
        case .false: return false
        default: throw error("'\(key)' must be true or false, found \(document.kind(node).phrase)", at: node)
        }
    }

    /// The elements of a required array member.
    func array(_ object: JSONDocument.Index, _ key: StaticString) throws(Failure) -> [JSONDocument.Index] {
        let node = try member(object, key)
        guard document.kind(node) == .array else { throw error("'\(key)' must be an array, found \(document.kind(node).phrase)", at: node) }
        return Array(document.elements(node))
    }

    /// A required object member.
    func object(_ object: JSONDocument.Index, _ key: StaticString) throws(Failure) -> JSONDocument.Index {
        let node = try member(object, key)
        try requireObject(node, "'\(key)'")
        return node
    }

    /// The `role` and `name` of a participant object (or of a message or line about one).
    func participant(_ object: JSONDocument.Index) throws(Failure) -> Participant {
        Participant(role: try string(object, "role"), name: try string(object, "name"))
    }
}
