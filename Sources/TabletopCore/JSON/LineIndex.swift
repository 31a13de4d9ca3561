#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns byte offsets into 1-based lines and columns (columns count Unicode scalars).
public struct LineIndex: @unchecked Sendable {
    /// The text indexed, read through a pointer: `owner` (an array or a document) keeps it alive and unchanged,
    /// unless it is a borrowed document (see `JSONDocument.borrowed()`), which the owning one must outlive.
    private let bytes: UnsafeBufferPointer<UInt8>
    private let owner: Any
    private let lineStarts: [Int]
    /// For lines longer than `stride` bytes (a minified file is one line): per line, the column at every `stride` bytes into it, so a lookup counts at most `stride` bytes.
    private let checkpoints: [Int: [Int]]
    private static let stride = 4096

    /// Indexes the line starts of `bytes` once; each lookup is then a binary search.
    public init(_ bytes: [UInt8]) {
        self.init(bytes.withUnsafeBufferPointer { $0 }, owner: bytes)
    }

    /// Indexes the bytes of a parsed document, without copying them.
    public init(document: JSONDocument) {
        self.init(document.source, owner: document)
    }

    /// Indexes the bytes of a mapped file, without copying them.
    public init(mapped file: MappedFile) {
        self.init(file.bytes, owner: file)
    }

    /// Indexes `bytes`, which `owner` keeps where they are for as long as the index lives.
    private init(_ bytes: UnsafeBufferPointer<UInt8>, owner: Any) {
        self.bytes = bytes
        self.owner = owner
        let starts = Self.lineStarts(of: bytes)
        self.lineStarts = starts
        var checkpoints: [Int: [Int]] = [:]
        for line in starts.indices {
            let start = starts[line], end = line + 1 < starts.count ? starts[line + 1] : bytes.count
            guard end - start > Self.stride else { continue }
            var columns: [Int] = []
            var column = 1
            for index in start..<end {
                if (index - start) % Self.stride == 0, index > start { columns.append(column) }
                if bytes[index] & 0xC0 != 0x80 { column += 1 }
            }
            checkpoints[line] = columns
        }
        self.checkpoints = checkpoints
    }

    /// The offset of every line's first byte.
    private static func lineStarts(of bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        // memchr finds each line break many bytes at a time.
        guard let base = bytes.baseAddress else { return starts }
        var position = 0
        while position < bytes.count, let found = memchr(base + position, 0x0A, bytes.count - position) {
            position = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
            starts.append(position)
        }
        return starts
    }

    /// The line and column of the byte at `offset`.
    public func location(ofOffset offset: Int) -> SourcePosition {
        let offset = max(0, min(offset, bytes.count))
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var index = lineStarts[low]
        let block = (offset - index) / Self.stride
        if block > 0, let columns = checkpoints[low] {
            column = columns[block - 1]
            index += block * Self.stride
        }
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourcePosition(line: low + 1, column: column)
    }
}
