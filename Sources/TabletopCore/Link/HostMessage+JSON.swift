extension HostMessage {
    /// The message as a frame payload; a snapshot too large for `LinkProtocol.maximumHostPayload` is trimmed to fit.
    public var payload: [UInt8] {
        if case .snapshot(let snapshot) = self { return snapshot.boundedPayload() }
        return Array(json.rendered().utf8)
    }

    /// The message as a JSON object.
    public var json: JSONOutput {
        switch self {
        case .welcome(let participant):
            return .object([("type", .string(type)), ("protocol", .int(LinkProtocol.version)),
                            ("role", .string(participant.role)), ("name", .string(participant.name))])
        case .snapshot(let snapshot):
            return .object([("type", .string(type))] + snapshot.members)
        case .closing(let reason), .rejected(let reason):
            return .object([("type", .string(type)), ("reason", .string(reason))])
        }
    }

    /// Reads a payload the host sent, or says why it is not a valid message.
    public init(payload: [UInt8]) throws(LinkMessageError) {
        let reader = try LinkPayloadReader(payload: payload)
        let root = reader.root
        switch try reader.string(root, "type") {
        case "welcome":
            let version = try reader.int(root, "protocol")
            guard version == LinkProtocol.version else { throw LinkMessageError("the host speaks protocol \(version), not \(LinkProtocol.version)") }
            self = .welcome(try reader.participant(root))
        case "snapshot":
            self = .snapshot(try DrillSnapshot(reader: reader, object: root))
        case "closing":
            self = .closing(reason: try reader.string(root, "reason"))
        case "rejected":
            self = .rejected(reason: try reader.string(root, "reason"))
        case let other:
            throw LinkMessageError("unknown message type '\(SafeText.singleLine(String(other.prefix(40))))'")
        }
    }
}
