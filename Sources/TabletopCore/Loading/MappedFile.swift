#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's bytes as one read-only buffer: a regular file mapped into memory, anything else read.
///
/// Mapping spares copying the file and touching fresh memory for it, which on a large scenario is
/// most of the time spent reading it. Its pages are mapped as they are read; the JSON parser asks for
/// them ahead, each of its threads for its own part (see `MemoryAdvice.prefault`), which is quicker than
/// mapping them all at once before it starts. The buffer is unmapped when the last reference goes. A file
/// truncated by another process while it is mapped would fault on access, and one rewritten in place
/// could change under the reader (editors that save by renaming a new file are safe), so a mapping is
/// meant for a short read such as `validate`, not for a drill that keeps its scenario for hours.
public final class MappedFile: @unchecked Sendable {
    /// The file's bytes, valid while this object lives (see `withBytes`).
    let bytes: UnsafeBufferPointer<UInt8>
    /// The bytes when they were read rather than mapped.
    private let array: [UInt8]
    /// The length of the mapping, 0 when the bytes were read.
    private let mappedLength: Int

    private init(array: [UInt8]) {
        self.array = array
        self.mappedLength = 0
        self.bytes = array.withUnsafeBufferPointer { $0 }
    }

    private init(mapping: UnsafeRawPointer, length: Int) {
        self.array = []
        self.mappedLength = length
        self.bytes = UnsafeBufferPointer(start: mapping.assumingMemoryBound(to: UInt8.self), count: length)
    }

    /// Calls `body` with the file's bytes, which stay mapped until it returns.
    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try withExtendedLifetime(self) { try body(bytes) }
    }

    deinit {
        if mappedLength > 0 { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress!), mappedLength) }
    }

    /// Maps the file at `path`, or reads it when it cannot be mapped (a pipe, an empty or special file);
    /// throws the same errors as `InputFile.read`.
    public static func load(_ path: String, limit: Int = JSONDocument.maximumSize) throws(InputFile.ReadError) -> MappedFile {
        if let mapped = try map(path, limit: limit) { return mapped }
        return MappedFile(array: try InputFile.read(path, limit: limit))
    }

    /// The size of the regular file at `path`, or nil when there is none (a missing, special or unreadable file).
    static func regularFileSize(at path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// The mapping of a regular, non-empty file within the limit; nil when the file must be read instead.
    private static func map(_ path: String, limit: Int) throws(InputFile.ReadError) -> MappedFile? {
        // Only a regular file is opened here: opening and closing a named pipe would throw away what its
        // writer sent before `InputFile.read` opens it again.
        guard regularFileSize(at: path) != nil else { return nil }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0, info.st_size <= limit else { return nil }
        let length = Int(info.st_size)
        guard let address = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
        return MappedFile(mapping: UnsafeRawPointer(address), length: length)
    }
}
