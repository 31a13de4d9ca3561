/// Turns byte offsets into 1-based lines and columns (columns count Unicode scalars).
public struct LineIndex: Sendable {
    private let bytes: [UInt8]
    private let lineStarts: [Int]
    /// For lines longer than `stride` bytes (a minified file is one line): per line, the column at every `stride` bytes into it, so a lookup counts at most `stride` bytes.
    private let checkpoints: [Int: [Int]]
    private static let stride = 4096

    /// Indexes the line starts of `bytes` once; each lookup is then a binary search.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where buffer[index] == 0x0A { starts.append(index + 1) }
        }
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
