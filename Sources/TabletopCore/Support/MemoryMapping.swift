/// One range of the process's address space, as Linux lists it in /proc/self/maps.
struct MemoryMapping: Equatable, Sendable {
    /// The first address.
    let start: UInt
    /// The address one past the last.
    let end: UInt
    /// Whether it allows no access at all (`---p`): address space held in reserve, as a thread's malloc
    /// heap holds the part it has not grown into yet.
    let isReserve: Bool

    /// This process's mappings in address order; none when they cannot be read (not Linux).
    static func current() -> [MemoryMapping] {
        #if os(Linux)
        guard let text = try? InputFile.read("/proc/self/maps", limit: 1 << 24) else { return [] }
        return parse(text)
        #else
        return []
        #endif
    }

    /// The mappings listed in the text of a maps file: `start-end perms offset dev inode [path]` per line,
    /// addresses in hex. Lines that do not read so are skipped.
    static func parse(_ text: [UInt8]) -> [MemoryMapping] {
        var mappings: [MemoryMapping] = []
        for line in text.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: " "), maxSplits: 2)
            guard fields.count >= 2 else { continue }
            let bounds = fields[0].split(separator: UInt8(ascii: "-"))
            guard bounds.count == 2, let start = hexadecimal(bounds[0]), let end = hexadecimal(bounds[1]), start < end else { continue }
            mappings.append(MemoryMapping(start: start, end: end, isReserve: fields[1].starts(with: "---".utf8)))
        }
        return mappings
    }

    /// Of `mappings` (in address order), the one holding `address` and, when a reserve follows it
    /// without a gap, that reserve too: the whole of a thread's malloc heap. Nil when none holds it.
    static func heapRange(holding address: UInt, in mappings: [MemoryMapping]) -> Range<UInt>? {
        guard let index = mappings.firstIndex(where: { $0.start <= address && address < $0.end }) else { return nil }
        let mapping = mappings[index]
        if index + 1 < mappings.count, mappings[index + 1].isReserve, mappings[index + 1].start == mapping.end {
            return mapping.start..<mappings[index + 1].end
        }
        return mapping.start..<mapping.end
    }

    /// A hexadecimal number of at most 16 digits, or nil.
    private static func hexadecimal(_ digits: ArraySlice<UInt8>) -> UInt? {
        guard !digits.isEmpty, digits.count <= 16 else { return nil }
        var value: UInt = 0
        for digit in digits {
            let nibble: UInt8
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = digit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = digit - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = digit - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt(nibble)
        }
        return value
    }
}
