#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file opened for appending in which every append is one `write` followed by `fsync`, so what returned is on disk.
///
/// An append that fails (a full disk, a file-size limit, an I/O error) is cut off again, so the file keeps
/// exactly the appends that returned.
final class DurableFile {
    let path: String
    private let descriptor: Int32
    /// The file's length after the last append that returned.
    private var length: off_t

    private init(path: String, descriptor: Int32, length: off_t) {
        self.path = path
        self.descriptor = descriptor
        self.length = length
    }

    deinit { close(descriptor) }

    /// Creates `path`, which must not exist yet (mode 0600: journals hold names and rationales), and makes its directory entry durable.
    static func createNew(_ path: String) throws(FileWriteError) -> DurableFile {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let code = errno
            let reason = code == EEXIST ? "it already exists (resume it, or choose another name)" : describe(code)
            throw FileWriteError(path: path, message: "cannot create the journal: \(reason)", status: .cantCreate)
        }
        syncDirectory(of: path)
        return DurableFile(path: path, descriptor: descriptor, length: 0)
    }

    /// Opens an existing file for appending after cutting it to `length` bytes (dropping a torn last line).
    static func openExisting(_ path: String, truncatingTo length: Int) throws(FileWriteError) -> DurableFile {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw FileWriteError(path: path, message: "cannot open the journal to append: \(describe(errno))", status: .cantCreate)
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let code = errno
            close(descriptor)
            throw FileWriteError(path: path, message: "cannot open the journal to append: \(describe(code))", status: .cantCreate)
        }
        let file = DurableFile(path: path, descriptor: descriptor, length: min(info.st_size, off_t(length)))
        if info.st_size > off_t(length) {
            guard ftruncate(descriptor, off_t(length)) == 0, fsync(descriptor) == 0 else {
                throw FileWriteError(path: path, message: "cannot drop the torn last line: \(describe(errno))", status: .ioError)
            }
        }
        return file
    }

    /// Writes `bytes` at the end with one `write` (repeated only after a short write or an interruption), then `fsync`;
    /// on failure, cuts off whatever part of `bytes` reached the file.
    func append(_ bytes: [UInt8]) throws(FileWriteError) {
        let failure = syncedWrite(descriptor, bytes)
        guard failure == 0 else {
            if ftruncate(descriptor, length) == 0 { _ = fsync(descriptor) }
            throw FileWriteError(path: path, message: "cannot write the journal: \(Self.describe(failure))", status: .ioError)
        }
        length += off_t(bytes.count)
    }

    /// Deletes the file (a journal whose start could not be written: it could never be resumed).
    func remove() {
        unlink(path)
    }

    /// Creates `path` and any missing parent folders (mode 0700 unless `mode` says otherwise).
    static func makeDirectories(_ path: String, mode: mode_t = 0o700) throws(FileWriteError) {
        var built = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            built += "/" + part
            if mkdir(built, mode) != 0, errno != EEXIST {
                throw FileWriteError(path: path, message: "cannot create the folder \(built): \(describe(errno))", status: .cantCreate)
            }
        }
        guard FilePath.isDirectory(path) else {
            throw FileWriteError(path: path, message: "cannot create the folder: something else is in the way", status: .cantCreate)
        }
    }

    /// Flushes the directory holding `path`, so that a new file's name survives a crash.
    private static func syncDirectory(of path: String) {
        let directory = open(FilePath.directory(of: path), O_RDONLY | O_CLOEXEC)
        guard directory >= 0 else { return }
        _ = fsync(directory)
        close(directory)
    }

    static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such folder"
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "read-only file system"
        case ENOSPC: return "no space left on the device"
        case EFBIG: return "the file-size limit was reached (ulimit -f)"
        default: return String(cString: strerror(code))
        }
    }
}
