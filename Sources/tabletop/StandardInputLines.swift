#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard input, line by line, read in waits of bounded length so that the caller can look at other things
/// (a caught signal) between them; `readLine()` would block until the next line or the end of input.
struct StandardInputLines {
    /// What one wait found.
    enum Read: Equatable {
        /// A whole line, without its newline (or `\r\n`); the last line may lack the newline.
        case line(String)
        /// The input ended (or cannot be read) and every line was returned.
        case end
        /// No whole line arrived within the wait.
        case nothingYet
    }

    /// Bytes read and not yet returned as a line.
    private var pending: [UInt8] = []
    private var ended = false

    /// The next line, waiting at most `milliseconds` for more input when no whole line is pending.
    mutating func next(waitingAtMost milliseconds: Int32) -> Read {
        if let line = takeLine() { return .line(line) }
        guard !ended else { return .end }
        var waited = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        // A signal ends the wait early (EINTR), as does input or its end; anything else is a read below.
        guard poll(&waited, 1, milliseconds) > 0 else { return .nothingYet }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = read(STDIN_FILENO, &chunk, chunk.count)
        if count > 0 {
            pending += chunk[..<count]
        } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
            ended = true
        }
        return takeLine().map(Read.line) ?? (ended ? .end : .nothingYet)
    }

    /// Removes and returns the first whole line pending, or at the end of input what is left.
    private mutating func takeLine() -> String? {
        let newline = pending.firstIndex(of: UInt8(ascii: "\n"))
        guard newline != nil || (ended && !pending.isEmpty) else { return nil }
        var line = pending[..<(newline ?? pending.endIndex)]
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        defer { pending.removeSubrange(..<min(pending.endIndex, (newline ?? pending.endIndex) + 1)) }
        return String(decoding: line, as: UTF8.self)
    }
}
