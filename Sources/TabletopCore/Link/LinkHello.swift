/// The `hello` message: the protocol version the participant speaks and the role and name it joins with.
public struct LinkHello: Sendable, Hashable {
    /// The protocol version; the host rejects any but `LinkProtocol.version`.
    public var protocolVersion: Int
    public var participant: Participant

    public init(protocolVersion: Int = LinkProtocol.version, participant: Participant) {
        self.protocolVersion = protocolVersion
        self.participant = participant
    }
}
