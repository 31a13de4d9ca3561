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
        var bytes = [UInt8](repeating: 0, count: max(size, 0))
        var filled = 0
        // Read until end of file; the size may differ for pipes and special files.
        while true {
            if filled == bytes.count {
                if bytes.count >= limit + 1 { break }
                bytes.append(contentsOf: repeatElement(0, count: max(4096, min(bytes.count, limit + 1 - bytes.count))))
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                readSome(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(path: path, message: "cannot read: \(String(cString: strerror(errno)))", status: .noInput)
            }
            if count == 0 { break }
            filled += count
        }
        if filled > limit {
            throw ReadError(path: path, message: "[E109] the file is over the limit of \(limit / 1_048_576) MiB", status: .dataError)
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }
}

/// `read(2)`, named apart from `InputFile.read`.
private func readSome(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
