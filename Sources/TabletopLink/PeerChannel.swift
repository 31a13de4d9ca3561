#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import TabletopCore

/// One end of a connection: non-blocking reads split into frames, and a bounded queue of frames waiting to be written.
///
/// Queued frames share their storage, so one frame broadcast to many channels is not copied per channel.
final class PeerChannel {
    /// What a read found.
    enum ReadOutcome: Equatable {
        /// Bytes arrived (or none were waiting); the connection stays open.
        case open
        /// The other end closed the connection or it failed.
        case closed
    }

    let descriptor: Int32
    private(set) var decoder: LinkFrameDecoder
    /// The most bytes that may wait in the queue; `enqueue` refuses a frame beyond it.
    let queueLimit: Int
    private var queue: [[UInt8]] = []
    private var queueHead = 0
    /// Bytes of the first queued frame already written.
    private var written = 0
    private(set) var queuedBytes = 0
    private var isClosed = false
    /// Where reads land before they go to the decoder.
    private var scratch = [UInt8](repeating: 0, count: 16 * 1024)

    /// Wraps a connected non-blocking descriptor, which the channel then owns and closes.
    init(descriptor: Int32, maximumIncomingPayload: Int, queueLimit: Int) {
        self.descriptor = descriptor
        self.decoder = LinkFrameDecoder(maximumPayload: maximumIncomingPayload)
        self.queueLimit = queueLimit
    }

    deinit { close() }

    /// Whether frames are waiting to be written.
    var hasPendingOutput: Bool { queuedBytes > 0 }

    /// Reads what is waiting, at most `budget` bytes, into the frame decoder.
    func read(budget: Int) -> ReadOutcome {
        var total = 0
        while total < budget {
            let count = scratch.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                decoder.append(scratch[0..<count])
                total += count
            } else if count == 0 {
                return .closed
            } else {
                if errno == EINTR { continue }
                return errno == EAGAIN || errno == EWOULDBLOCK ? .open : .closed
            }
        }
        return .open
    }

    /// The next complete frame's payload, if one has arrived.
    func nextPayload() throws(LinkFrameError) -> [UInt8]? {
        try decoder.next()
    }

    /// Queues a whole frame; false, queueing nothing, when the queue would pass its limit.
    func enqueue(_ frame: [UInt8]) -> Bool {
        guard queuedBytes + frame.count <= queueLimit else { return false }
        queue.append(frame)
        queuedBytes += frame.count
        return true
    }

    /// Writes queued frames until the socket would block; false when the connection failed.
    func flush() -> Bool {
        while queueHead < queue.count {
            let frame = queue[queueHead]
            let count = frame.withUnsafeBytes { raw in
                send(descriptor, raw.baseAddress! + written, raw.count - written, Int32(MSG_NOSIGNAL))
            }
            if count < 0 {
                if errno == EINTR { continue }
                return errno == EAGAIN || errno == EWOULDBLOCK
            }
            written += count
            queuedBytes -= count
            if written == frame.count {
                queue[queueHead] = []
                queueHead += 1
                written = 0
            }
        }
        queue.removeAll(keepingCapacity: true)
        queueHead = 0
        return true
    }

    /// Closes the descriptor (once).
    func close() {
        guard !isClosed else { return }
        isClosed = true
        Glibc.close(descriptor)
    }
}
