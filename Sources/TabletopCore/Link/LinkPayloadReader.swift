/// Typed access to the members of one message payload, throwing a `LinkMessageError` that names the member.
typealias LinkPayloadReader = JSONFields<LinkMessageError>

extension JSONFields where Failure == LinkMessageError {
    /// Parses `payload` as a JSON object.
    init(payload: [UInt8]) throws(LinkMessageError) {
        let document: JSONDocument
        do {
            document = try JSONDocument(bytes: payload)
        } catch {
            throw LinkMessageError("not JSON: \(error.message)")
        }
        guard document.kind(document.root) == .object else { throw LinkMessageError("a message must be a JSON object") }
        self.init(document: document) { message, _ in LinkMessageError(message) }
    }

    /// The payload's top-level object.
    var root: JSONDocument.Index { document.root }

    /// The elements of the array member `key`, each read by `read`.
    func array<Element>(_ object: JSONDocument.Index, _ key: StaticString,
                        _ read: (JSONDocument.Index) throws(LinkMessageError) -> Element) throws(LinkMessageError) -> [Element] {
        var elements: [Element] = []
        for element in try array(object, key) { elements.append(try read(element)) }
        return elements
    }
}
