#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a whole output file (a report): created or replaced, then flushed to disk.
public enum OutputFile {
    /// Writes `bytes` to `path`; 73 when the file cannot be created, 74 when writing fails.
    public static func write(_ bytes: [UInt8], to path: String) throws(FileWriteError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw FileWriteError(path: path, message: "cannot create: \(DurableFile.describe(errno))", status: .cantCreate)
        }
        defer { close(descriptor) }
        let failure = syncedWrite(descriptor, bytes)
        if failure != 0 {
            throw FileWriteError(path: path, message: "cannot write: \(DurableFile.describe(failure))", status: .ioError)
        }
    }
}
