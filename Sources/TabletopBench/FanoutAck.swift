#if canImport(Glibc)
import Glibc
#endif

/// A pipe from the participants' process back to the host's: "every participant has event N, as of monotonic time T".
struct FanoutAck {
    let readEnd: Int32
    let writeEnd: Int32

    init() {
        var ends: [Int32] = [0, 0]
        precondition(pipe(&ends) == 0, "pipe failed")
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    /// Reports, from the participants' side, that every participant has applied `event`.
    func send(event: Int) {
        var message: (UInt64, UInt64) = (UInt64(event), Stopwatch.now())
        _ = withUnsafeBytes(of: &message) { write(writeEnd, $0.baseAddress, $0.count) }
    }

    /// Waits for an acknowledgement while `idle` keeps the sender's side going; returns the event and when it was applied everywhere.
    func receive(idle: () -> Void) -> (event: Int, at: UInt64) {
        var ready = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
        while poll(&ready, 1, 1) == 0 { idle() }
        var message: (UInt64, UInt64) = (0, 0)
        let count = withUnsafeMutableBytes(of: &message) { read(readEnd, $0.baseAddress, $0.count) }
        precondition(count == MemoryLayout<(UInt64, UInt64)>.size, "the participants' process went away")
        return (Int(message.0), message.1)
    }
}
