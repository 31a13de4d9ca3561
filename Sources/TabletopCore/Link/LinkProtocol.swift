/// The constants of the host-and-join protocol (docs/protocol.md): its version and every size bound.
public enum LinkProtocol {
    /// The protocol version a participant states in `hello`; the host rejects any other.
    public static let version = 1
    /// The protocol's name, as shown in messages and docs.
    public static let name = "tabletop-link/1"
    /// Bytes of the big-endian length that precedes every frame's payload.
    public static let lengthPrefixSize = 4
    /// The largest payload a host sends (a snapshot is trimmed to fit).
    public static let maximumHostPayload = 256 * 1024
    /// The largest payload a participant may send; a longer declared length disconnects it.
    public static let maximumParticipantPayload = 4 * 1024
    /// The longest argument attached to a vote, in characters; longer ones are cut.
    public static let maximumArgumentLength = 200
    /// The longest participant name, in characters; longer ones are cut.
    public static let maximumNameLength = 40
    /// The most timeline entries a snapshot carries (the latest ones).
    public static let maximumTimelineEntries = 200
}
