#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads input files whole, turning failures into messages and sysexits codes.
public enum InputFile {
    /// Why a file could not be read.
    public struct ReadError: Error, Sendable, Equatable {
        public var path: String
        public var message: String
        /// 66 for a missing or unreadable file, 65 for one over the size limit.
        public var status: ExitStatus

        /// `PATH: error: message`, the form used before a file has lines to point at.
        public var text: String { "\(path): error: \(message)" }
    }

    /// The bytes of the file at `path`, refusing directories and files over `limit` bytes.
    public static func read(_ path: String, limit: Int = JSONDocument.maximumSize) throws(ReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            let reason = code == ENOENT ? "no such file" : code == EACCES ? "permission denied" : String(cString: strerror(code))
            throw ReadError(path: path, message: "cannot read: \(reason)", status: .noInput)
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw ReadError(path: path, message: "cannot read: \(String(cString: strerror(errno)))", status: .noInput)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw ReadError(path: path, message: "cannot read: it is a directory", status: .noInput)
        }
        let size = Int(info.st_size)
        if size > limit {
            throw ReadError(path: path, message: "[E109] the file is \(size / 1_048_576) MiB; the limit is \(limit / 1_048_576) MiB", status: .dataError)
        }
        // One buffer of the announced size plus a byte, filled without zeroing first; when even the
        // spare byte fills, the file is longer than announced (a pipe, a special or a growing file).
        var failure: Int32 = 0
        var atEnd = false
        func chunk(_ capacity: Int) -> [UInt8] {
            [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                initialized = readFully(descriptor, into: buffer, failure: &failure)
                atEnd = initialized < buffer.count
            }
        }
        var bytes = chunk(max(size, 0) + 1)
        while !atEnd, failure == 0, bytes.count <= limit {
            bytes += chunk(max(65_536, min(bytes.count, limit + 1 - bytes.count)))
        }
        if failure != 0 {
            throw ReadError(path: path, message: "cannot read: \(String(cString: strerror(failure)))", status: .noInput)
        }
        if bytes.count > limit {
            throw ReadError(path: path, message: "[E109] the file is over the limit of \(limit / 1_048_576) MiB", status: .dataError)
        }
        return bytes
    }
}

/// Reads until `buffer` is full or the file ends, retrying interrupted reads; the number of bytes read.
/// Sets `failure` to the `errno` of a failed read.
private func readFully(_ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, failure: inout Int32) -> Int {
    var filled = 0
    while filled < buffer.count {
        let count = read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
        if count < 0 {
            if errno == EINTR { continue }
            failure = errno
            break
        }
        if count == 0 { break }
        filled += count
    }
    return filled
}
