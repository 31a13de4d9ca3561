#if canImport(Glibc)
import Glibc
#endif
import TabletopCore
@testable import TabletopLink

/// A raw client for tests: sends any bytes, reads the host's frames itself, and can refuse to read at all.
final class PeerProbe {
    let descriptor: Int32
    private var decoder = LinkFrameDecoder(maximumPayload: LinkProtocol.maximumHostPayload)

    init(path: String) throws {
        descriptor = try UnixSocket.connect(to: path)
    }

    deinit { close(descriptor) }

    /// Sends a message in its frame.
    func send(_ message: ParticipantMessage) throws {
        try send(bytes: LinkFrame.encode(message.payload))
    }

    /// Sends raw bytes, waiting while the socket is full; throws once the host has closed the connection.
    func send(bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
            if count > 0 { offset += count; continue }
            guard errno == EAGAIN else { throw ProbeClosed() }
            var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
            guard poll(&ready, 1, 2000) > 0 else { throw ProbeClosed() }
        }
    }

    /// The host closed the connection.
    struct ProbeClosed: Error {}

    /// Pumps the host until this connection is closed (or five seconds pass), then returns the messages it received.
    func replies(pumping link: LinkHarness) -> [HostMessage] {
        var payloads: [[UInt8]] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        link.settle([]) {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
            if count > 0 { decoder.append(buffer[0..<count]) }
            while let payload = try? decoder.next() { payloads.append(payload) }
            return count == 0
        }
        return payloads.compactMap { try? HostMessage(payload: $0) }
    }
}

extension HostMessage {
    /// The reason of a `rejected` message, nil for the others.
    var rejection: String? {
        if case .rejected(let reason) = self { return reason }
        return nil
    }
}
