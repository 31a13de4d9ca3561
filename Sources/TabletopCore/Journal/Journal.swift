/// A journal file split into lines, each read into an entry and hashed, with a torn last line set aside.
public struct Journal: Sendable {
    /// One complete line of the file.
    public struct Line: Sendable {
        /// 1-based line number.
        public var number: Int
        /// The line's bytes in the file, without the newline.
        public var range: Range<Int>
        /// SHA-256 of those bytes: the `prev` the next line must carry.
        public var hash: String
        /// The entry, or why the line is not one.
        public var entry: Result<JournalEntry, JournalLineError>
    }

    /// A last line cut off while it was written: no newline and not valid JSON.
    public struct TornLine: Sendable {
        public var number: Int
        /// Where it starts: the file is whole up to here.
        public var offset: Int
    }

    /// The path as given.
    public let path: String
    public let bytes: [UInt8]
    public private(set) var lines: [Line] = []
    public private(set) var torn: TornLine?
    /// The last complete line has no newline after it (it must get one before anything is appended).
    public private(set) var lacksFinalNewline = false

    /// Splits and reads `bytes`; problems stay with their lines.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var start = 0
        var number = 1
        while start < bytes.count {
            let newline = bytes[start...].firstIndex(of: 0x0A)
            let end = newline ?? bytes.count
            let content = Array(bytes[start..<end])
            let entry: Result<JournalEntry, JournalLineError>
            do {
                entry = .success(try JournalEntry(line: content))
            } catch {
                entry = .failure(error)
            }
            if newline == nil {
                if case .failure(let error) = entry, error.isSyntaxError {
                    torn = TornLine(number: number, offset: start)
                    break
                }
                lacksFinalNewline = true
            }
            lines.append(Line(number: number, range: start..<end, hash: SHA256.hex(content), entry: entry))
            start = end + 1
            number += 1
        }
    }

    /// Reads the journal at `path`.
    public static func read(_ path: String) throws(JournalProblem) -> Journal {
        do {
            return Journal(path: path, bytes: try InputFile.read(path))
        } catch {
            throw JournalProblem(.unreadable, error.message, file: path, status: error.status)
        }
    }

    /// The number of bytes up to the end of the last complete line (its newline included, when it has one).
    public var completeLength: Int { torn?.offset ?? bytes.count }

    /// The `started` entry of the first line, or why there is none.
    public func start() throws(JournalProblem) -> JournalStart {
        guard let first = lines.first else {
            if torn != nil { throw JournalProblem(.truncated, "the first line is incomplete: the session never started", file: path, line: 1) }
            throw JournalProblem(.invalid, "not a session journal: the file is empty", file: path)
        }
        switch first.entry {
        case .success(let entry):
            guard case .started(let start) = entry.event else {
                throw JournalProblem(.invalid, "not a session journal: the first line must be of type 'started', found '\(entry.event.type)'", file: path, line: 1)
            }
            return start
        case .failure(let error):
            throw JournalProblem(.invalid, "not a session journal: \(error.message)", file: path, line: 1, column: column(of: error, in: first))
        }
    }

    /// The 1-based column of a line error (counting Unicode scalars).
    func column(of error: JournalLineError, in line: Line) -> Int {
        let end = min(line.range.lowerBound + error.offset, line.range.upperBound)
        return 1 + bytes[line.range.lowerBound..<end].filter { $0 & 0xC0 != 0x80 }.count
    }

    /// The SHA-256 of the last complete line: the `prev` of the next line appended.
    public var lastHash: String { lines.last?.hash ?? JournalEntry.firstPrev }
}
