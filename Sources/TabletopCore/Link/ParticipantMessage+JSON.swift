extension ParticipantMessage {
    /// The message as a frame payload: one compact JSON object with its `type` first.
    public var payload: [UInt8] { Array(json.rendered().utf8) }

    /// The message as a JSON object.
    public var json: JSONOutput {
        var members: [(String, JSONOutput)] = [("type", .string(type))]
        switch self {
        case .hello(let hello):
            members += [("protocol", .int(hello.protocolVersion)), ("role", .string(hello.participant.role)), ("name", .string(hello.participant.name))]
        case .vote(let vote):
            members += [("round", .int(vote.round)), ("option", .string(vote.option))]
            if let argument = vote.argument { members.append(("argument", .string(argument))) }
        case .withdraw(let round):
            members.append(("round", .int(round)))
        case .leave:
            break
        }
        return .object(members)
    }

    /// Reads a payload a participant sent, or says why it is not a valid message.
    public init(payload: [UInt8]) throws(LinkMessageError) {
        let reader = try LinkPayloadReader(payload: payload)
        let root = reader.root
        switch try reader.string(root, "type") {
        case "hello":
            self = .hello(LinkHello(protocolVersion: try reader.int(root, "protocol"), participant: try reader.participant(root)))
        case "vote":
            self = .vote(LinkVote(round: try reader.int(root, "round"), option: try reader.string(root, "option"),
                                  argument: try reader.optionalString(root, "argument")))
        case "withdraw":
            self = .withdraw(round: try reader.int(root, "round"))
        case "leave":
            self = .leave
        case let other:
            throw LinkMessageError("unknown message type '\(SafeText.singleLine(String(other.prefix(40))))'")
        }
    }
}
