import TabletopCore

/// Everything that can happen to a participant's app: the terminal's events and what the connection to the host brought.
public enum ParticipantEvent: Sendable {
    /// A key, a tick, a resize or a signal, from the terminal.
    case terminal(Event)
    /// A message from the host.
    case host(HostMessage)
    /// The connection to the host ended without a `closing` or `rejected` message: why, in one line.
    case connectionLost(String)
}
