/// How a host listens and how much it tolerates from each connection.
public struct HostOptions: Sendable, Hashable {
    /// The socket's path.
    public var socketPath: String
    /// Who may open the socket.
    public var access: SocketAccess
    /// Bytes that may wait for a participant that does not read before it is dropped.
    public var queueLimit: Int
    /// Messages a participant may send in a burst, and a second over time.
    public var messageBurst: Int
    public var messagesPerSecond: Int
    /// Seconds a new connection has to send `hello`.
    public var helloTimeoutSeconds: Int
    /// The most connections open at once; more are refused.
    public var maximumConnections: Int

    public init(socketPath: String, access: SocketAccess = .owner, queueLimit: Int = 4 * 1024 * 1024,
                messageBurst: Int = 20, messagesPerSecond: Int = 10, helloTimeoutSeconds: Int = 10, maximumConnections: Int = 256) {
        self.socketPath = socketPath
        self.access = access
        self.queueLimit = queueLimit
        self.messageBurst = messageBurst
        self.messagesPerSecond = messagesPerSecond
        self.helloTimeoutSeconds = helloTimeoutSeconds
        self.maximumConnections = maximumConnections
    }
}
