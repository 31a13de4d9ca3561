#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import TabletopCore

/// A participant's side of host-and-join: connects to the host's socket, says hello, and keeps a `ParticipantMirror` current.
///
/// Never blocks: the participant's loop calls `pump()` on each tick (or polls `pollDescriptor`).
///
/// ```swift
/// let link = try ParticipantConnection(socketPath: path, participant: Participant(role: "legal", name: "ann"))
/// _ = link.wait(milliseconds: 100)
/// link.vote(for: "notify", argument: "the 72-hour clock is running")
/// ```
public final class ParticipantConnection {
    public let socketPath: String
    /// The drill as last received.
    public private(set) var mirror: ParticipantMirror
    /// Why the connection ended (the host's reason, or what failed); nil while it is open.
    public private(set) var closeReason: String?
    private let channel: PeerChannel

    /// Connects to the host at `socketPath` and sends `hello` for `participant`.
    public init(socketPath: String, participant: Participant) throws(LinkError) {
        self.socketPath = socketPath
        channel = PeerChannel(descriptor: try UnixSocket.connect(to: socketPath), maximumIncomingPayload: LinkProtocol.maximumHostPayload,
                              queueLimit: 64 * 1024)
        mirror = ParticipantMirror(me: participant)
        send(.hello(LinkHello(participant: participant)))
    }

    deinit { channel.close() }

    /// Whether the connection is still open.
    public var isOpen: Bool { closeReason == nil }

    /// The descriptor to wait on (with `POLLOUT` while output waits).
    public var pollDescriptor: pollfd {
        pollfd(fd: channel.descriptor, events: Int16(POLLIN) | (channel.hasPendingOutput ? Int16(POLLOUT) : 0), revents: 0)
    }

    /// Waits up to `milliseconds` for the host, then pumps.
    public func wait(milliseconds: Int32) -> [HostMessage] {
        guard isOpen else { return [] }
        var descriptor = pollDescriptor
        _ = poll(&descriptor, 1, milliseconds)
        return pump()
    }

    /// Sends what waits, reads what arrived and applies it to `mirror`; returns the messages applied. Never blocks.
    public func pump() -> [HostMessage] {
        guard isOpen else { return [] }
        if !channel.flush() { finish("the connection to the host failed"); return [] }
        let outcome = channel.read(budget: 4 * LinkProtocol.maximumHostPayload)
        var messages: [HostMessage] = []
        do {
            while let payload = try channel.nextPayload() {
                let message = try HostMessage(payload: payload)
                mirror.apply(message)
                messages.append(message)
                switch message {
                case .closing(let reason): finish("the host closed: \(reason)")
                case .rejected(let reason): finish("the host refused: \(reason)")
                case .welcome, .snapshot: break
                }
                if !isOpen { return messages }
            }
        } catch let error as LinkFrameError {
            finish("the host sent a bad frame: \(error)")
        } catch {
            finish("the host sent a bad message: \(error)")
        }
        if outcome == .closed, isOpen { finish("the host went away") }
        return messages
    }

    /// Votes for `option` in the current round, with an optional one-line argument (replacing an earlier vote).
    public func vote(for option: String, argument: String? = nil) {
        guard let round = mirror.snapshot?.drill.round else { return }
        send(.vote(LinkVote(round: round, option: option, argument: argument)))
    }

    /// Takes back the vote in the current round.
    public func withdrawVote() {
        guard let round = mirror.snapshot?.drill.round else { return }
        send(.withdraw(round: round))
    }

    /// Says goodbye and closes the connection.
    public func leave() {
        guard isOpen else { return }
        send(.leave)
        finish("left")
    }

    /// Queues a message and writes what it can; a host that stopped reading ends the connection.
    private func send(_ message: ParticipantMessage) {
        guard isOpen else { return }
        guard channel.enqueue(LinkFrame.encode(message.payload)), channel.flush() else {
            finish("the host is not reading")
            return
        }
    }

    /// Closes the connection once, remembering why.
    private func finish(_ reason: String) {
        guard isOpen else { return }
        closeReason = reason
        channel.close()
    }
}
