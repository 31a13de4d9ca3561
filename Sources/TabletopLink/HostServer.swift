#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import TabletopCore

/// The facilitator's side of host-and-join: listens on a Unix domain socket, keeps the roster and the tally, and sends
/// every participant a snapshot of the drill whenever it changes.
///
/// Never blocks: the drill loop calls `pump()` on each tick, or polls `pollDescriptors` and calls `pump()` when one is ready.
/// A participant that sends garbage, an oversized frame, too many messages or never reads is dropped with a reason;
/// the drill goes on.
///
/// ```swift
/// let host = try HostServer(options: HostOptions(socketPath: path), drill: shared)
/// for event in host.pump() { show(event) }
/// host.publish(nextShared)        // after each change in the drill
/// host.refresh(countdown: now)     // before pumping: the snapshots it sends carry the time left
/// host.close(reason: "the drill ended")
/// ```
public final class HostServer {
    /// One accepted connection and, once it said hello, the participant it speaks for.
    private final class Connection {
        let channel: PeerChannel
        let peer: String
        let openedAt: UInt64
        var participant: Participant?
        var joinedOrder = 0
        var rateLimit: MessageRateLimit
        var closed = false

        init(channel: PeerChannel, peer: String, openedAt: UInt64, rateLimit: MessageRateLimit) {
            self.channel = channel
            self.peer = peer
            self.openedAt = openedAt
            self.rateLimit = rateLimit
        }
    }

    public let options: HostOptions
    /// The drill as last published, with the countdown as last refreshed.
    public private(set) var drill: SharedDrillState
    /// The votes of the current round.
    public private(set) var tally = VoteTally()
    private var listener: Int32
    private var socketInode: ino_t = 0
    private var connections: [Connection] = []
    private var joinCounter = 0
    private var snapshotDue = false

    /// Listens at `options.socketPath` (its folder is created when it is the default one) and starts with `drill`.
    public init(options: HostOptions, drill: SharedDrillState) throws(LinkError) {
        self.options = options
        self.drill = drill
        let directory = FilePath.directory(of: options.socketPath)
        if directory == SocketLocation.defaultDirectory(for: options.access) {
            try SocketLocation.prepare(directory: directory, for: options.access)
        }
        listener = try UnixSocket.listen(at: options.socketPath, access: options.access)
        var info = stat()
        if lstat(options.socketPath, &info) == 0 { socketInode = info.st_ino }
    }

    deinit { close(reason: "the host stopped") }

    /// The participants connected now, in the order they joined.
    public var roster: [Participant] {
        connections.filter { !$0.closed && $0.participant != nil }.sorted { $0.joinedOrder < $1.joinedOrder }.compactMap(\.participant)
    }

    /// What participants are sent now: the drill, the tally and the roster.
    public var snapshot: DrillSnapshot { DrillSnapshot(drill: drill, tally: tally, roster: roster) }

    /// The option every connected participant voted for, when all agree (for `--consensus`).
    public var consensus: String? { tally.consensus(of: roster) }

    /// The descriptors to wait on: the listener and every connection (with `POLLOUT` while output waits).
    public var pollDescriptors: [pollfd] {
        guard listener >= 0 else { return [] }
        return [pollfd(fd: listener, events: Int16(POLLIN), revents: 0)] + connections.map { connection in
            pollfd(fd: connection.channel.descriptor, events: Int16(POLLIN) | (connection.channel.hasPendingOutput ? Int16(POLLOUT) : 0), revents: 0)
        }
    }

    /// Waits up to `milliseconds` for socket activity, then pumps.
    public func wait(milliseconds: Int32) -> [HostEvent] {
        var descriptors = pollDescriptors
        _ = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
        return pump()
    }

    /// Accepts new connections, reads and handles what participants sent, sends what is due; never blocks.
    public func pump(now: UInt64 = MonotonicClock.now()) -> [HostEvent] {
        guard listener >= 0 else { return [] }
        var events: [HostEvent] = []
        acceptWaiting(now: now, events: &events)
        for connection in connections where !connection.closed {
            receive(on: connection, now: now, events: &events)
        }
        let helloDeadline = UInt64(options.helloTimeoutSeconds) * 1_000_000_000
        for connection in connections where !connection.closed && connection.participant == nil && now &- connection.openedAt > helloDeadline {
            drop(connection, reason: "no hello within \(options.helloTimeoutSeconds) seconds", events: &events)
        }
        if snapshotDue { broadcast(.snapshot(snapshot), events: &events) }
        flushAll(events: &events)
        connections.removeAll { $0.closed }
        return events
    }

    /// Publishes a new state of the drill to every participant; a new round starts an empty tally.
    ///
    /// Returns the participants dropped because they stopped reading (their queue passed `options.queueLimit`).
    @discardableResult
    public func publish(_ drill: SharedDrillState) -> [HostEvent] {
        if drill.round != self.drill.round { tally = VoteTally() }
        self.drill = drill
        var events: [HostEvent] = []
        broadcast(.snapshot(snapshot), events: &events)
        flushAll(events: &events)
        connections.removeAll { $0.closed }
        return events
    }

    /// Sets the countdown that the snapshots sent from now on carry, and sends nothing: participants count down by
    /// themselves from a snapshot's figure, so the passing seconds alone are not worth a whole snapshot.
    public func refresh(countdown: LinkCountdown?) {
        drill.countdown = countdown
    }

    /// Tells every participant the host is closing, sends what it can without waiting, and removes the socket.
    public func close(reason: String) {
        guard listener >= 0 else { return }
        let frame = LinkFrame.encode(HostMessage.closing(reason: reason).payload)
        for connection in connections where !connection.closed {
            if connection.participant != nil, connection.channel.enqueue(frame) { _ = connection.channel.flush() }
            connection.channel.close()
            connection.closed = true
        }
        connections.removeAll()
        Glibc.close(listener)
        listener = -1
        var info = stat()
        if lstat(options.socketPath, &info) == 0, info.st_ino == socketInode { unlink(options.socketPath) }
    }

    /// Accepts every waiting connection; one past `options.maximumConnections` is refused.
    private func acceptWaiting(now: UInt64, events: inout [HostEvent]) {
        while let descriptor = UnixSocket.accept(on: listener) {
            let channel = PeerChannel(descriptor: descriptor, maximumIncomingPayload: LinkProtocol.maximumParticipantPayload,
                                      queueLimit: options.queueLimit)
            let connection = Connection(channel: channel, peer: UnixSocket.peerDescription(descriptor), openedAt: now,
                                        rateLimit: MessageRateLimit(burst: options.messageBurst, perSecond: options.messagesPerSecond, now: now))
            connections.append(connection)
            if connections.count(where: { !$0.closed }) > options.maximumConnections {
                drop(connection, reason: "the host already has \(options.maximumConnections) connections", events: &events)
            }
        }
    }

    /// Reads what a connection sent and handles each whole message, dropping it for garbage, floods or a closed socket.
    private func receive(on connection: Connection, now: UInt64, events: inout [HostEvent]) {
        let outcome = connection.channel.read(budget: 4 * LinkProtocol.maximumParticipantPayload)
        do {
            while !connection.closed, let payload = try connection.channel.nextPayload() {
                guard connection.rateLimit.admit(now: now) else {
                    drop(connection, reason: "more than \(options.messagesPerSecond) messages a second", events: &events)
                    return
                }
                do {
                    handle(try ParticipantMessage(payload: payload), from: connection, events: &events)
                } catch {
                    drop(connection, reason: "sent an invalid message: \(error.message)", events: &events)
                }
            }
        } catch {
            drop(connection, reason: "sent garbage: \(error)", events: &events)
        }
        if outcome == .closed, !connection.closed {
            drop(connection, reason: "connection closed", events: &events, notify: false)
        }
    }

    /// Acts on one message: `hello` first, then votes, withdrawals and `leave`.
    private func handle(_ message: ParticipantMessage, from connection: Connection, events: inout [HostEvent]) {
        guard let participant = connection.participant else {
            guard case .hello(let hello) = message else {
                drop(connection, reason: "sent '\(message.type)' before 'hello'", events: &events)
                return
            }
            join(connection, hello: hello, events: &events)
            return
        }
        switch message {
        case .hello:
            drop(connection, reason: "sent 'hello' twice", events: &events)
        case .vote(let vote):
            guard vote.round == drill.round, drill.ending == nil else { return }
            guard drill.options.contains(where: { $0.id == vote.option }) else {
                drop(connection, reason: "voted for '\(SafeText.singleLine(String(vote.option.prefix(64))))', which is not on offer", events: &events)
                return
            }
            let argument = vote.argument.map { Self.clean($0, limit: LinkProtocol.maximumArgumentLength) }.flatMap { $0.isEmpty ? nil : $0 }
            tally.cast(participant, option: vote.option, argument: argument)
            events.append(.voted(participant, round: vote.round, option: vote.option, argument: argument))
            snapshotDue = true
        case .withdraw(let round):
            guard round == drill.round, tally.withdraw(participant) else { return }
            events.append(.withdrew(participant, round: round))
            snapshotDue = true
        case .leave:
            if tally.withdraw(participant) { events.append(.withdrew(participant, round: drill.round)) }
            drop(connection, reason: "left", events: &events, notify: false)
        }
    }

    /// Accepts a `hello` (version, role and name checked), replacing an older connection of the same participant.
    private func join(_ connection: Connection, hello: LinkHello, events: inout [HostEvent]) {
        guard hello.protocolVersion == LinkProtocol.version else {
            drop(connection, reason: "speaks protocol version \(hello.protocolVersion); this host speaks \(LinkProtocol.version)", events: &events)
            return
        }
        guard drill.roles.contains(where: { $0.id == hello.participant.role }) else {
            let known = drill.roles.map(\.id).joined(separator: ", ")
            drop(connection, reason: "unknown role '\(SafeText.singleLine(String(hello.participant.role.prefix(64))))'; the roles are \(known)", events: &events)
            return
        }
        let name = Self.clean(hello.participant.name, limit: LinkProtocol.maximumNameLength)
        guard !name.isEmpty else {
            drop(connection, reason: "a name is required", events: &events)
            return
        }
        let participant = Participant(role: hello.participant.role, name: name)
        let previous = connections.first { !$0.closed && $0 !== connection && $0.participant == participant }
        if let previous {
            var ignored: [HostEvent] = []
            drop(previous, reason: "replaced by a new connection as the same participant", events: &ignored)
        }
        joinCounter += 1
        connection.participant = participant
        connection.joinedOrder = joinCounter
        _ = connection.channel.enqueue(LinkFrame.encode(HostMessage.welcome(participant).payload))
        events.append(.joined(participant, rejoined: previous != nil))
        snapshotDue = true
    }

    /// Queues one message for every joined participant, encoded once.
    private func broadcast(_ message: HostMessage, events: inout [HostEvent]) {
        snapshotDue = false
        let frame = LinkFrame.encode(message.payload)
        for connection in connections where !connection.closed && connection.participant != nil {
            if !connection.channel.enqueue(frame) {
                drop(connection, reason: "not reading: \(connection.channel.queuedBytes) bytes waiting", events: &events, notify: false)
            }
        }
    }

    /// Writes what waits on every connection without blocking; a failed connection is dropped.
    private func flushAll(events: inout [HostEvent]) {
        for connection in connections where !connection.closed && connection.channel.hasPendingOutput {
            if !connection.channel.flush() {
                drop(connection, reason: "connection failed", events: &events, notify: false)
            }
        }
    }

    /// Closes a connection, telling it why when `notify` (one attempt, never waiting), and reports it.
    private func drop(_ connection: Connection, reason: String, events: inout [HostEvent], notify: Bool = true) {
        guard !connection.closed else { return }
        if notify, connection.channel.enqueue(LinkFrame.encode(HostMessage.rejected(reason: reason).payload)) {
            _ = connection.channel.flush()
        }
        connection.channel.close()
        connection.closed = true
        if let participant = connection.participant {
            events.append(.left(participant, reason: reason))
            snapshotDue = true
        } else {
            events.append(.refused(peer: connection.peer, reason: reason))
        }
    }

    /// Text from a participant on one line, without control characters, trimmed and cut to `limit` characters.
    static func clean(_ text: String, limit: Int) -> String {
        let line = SafeText.singleLine(String(text.prefix(limit * 2)))
        return String(line.trimmedOfWhitespace.prefix(limit))
    }
}
