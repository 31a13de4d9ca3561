/// Where a catalogue entry comes from.
public enum ActionSource: String, Sendable {
    /// The RE&CT framework (`RA4601` ...), generated into ReactActions.swift.
    case react
    /// The project's own supply-chain actions (`sc.pin-dependency` ...), in TabletopActions.swift.
    case tabletop
    /// Declared by the scenario being played, in its `actions` map.
    case scenario
}

/// One response action: an id a scenario option can perform and a playbook can expect.
public struct CatalogueAction: Sendable, Hashable {
    /// The action id, e.g. `RA4601` or `sc.pin-dependency`; case-sensitive.
    public let id: String
    /// A short imperative title, e.g. "Revoke authentication credentials".
    public let title: String
    /// One or two sentences; empty for actions a scenario declares.
    public let summary: String
    /// The phase the action usually belongs to; nil for actions a scenario declares.
    public let phase: Phase?
    public let source: ActionSource

    public init(id: String, title: String, summary: String, phase: Phase?, source: ActionSource) {
        self.id = id
        self.title = title
        self.summary = summary
        self.phase = phase
        self.source = source
    }
}

/// The actions the program knows: the built-in RE&CT and supply-chain actions, plus those a scenario declares.
///
/// Order of `all` (stable): the project's supply-chain actions first, in phase order as listed in
/// TabletopActions.swift; then the RE&CT actions sorted by id (which is also phase order, the first
/// digit being the stage); then the scenario's own actions sorted by id.
///
/// Ids are unique: when a scenario declares an id the catalogue already holds, the existing entry
/// wins and `adding(_:)` drops the declaration silently. The loader checks `contains(_:)` first and
/// warns about such redefinitions.
public struct ActionCatalogue: Sendable {
    /// The RE&CT and supply-chain actions; built once, on first use.
    public static let builtIn = ActionCatalogue(ordered: TabletopActions.all + ReactActions.all)

    /// Every action, in the documented order.
    public let all: [CatalogueAction]
    /// id -> position in `all`.
    private let index: [String: Int]

    /// Lower-cased text of `all[i]`, for search and suggestions: built per call, so that loading a
    /// scenario, which only asks `contains`, never pays for it.
    private var keys: [Keys] { all.map(Keys.init) }

    private struct Keys: Sendable {
        let id: [UInt8]
        let title: [UInt8]
        let summary: [UInt8]
        /// The title's words, lower-cased and with a plural `s` dropped.
        let titleWords: [String]

        init(_ action: CatalogueAction) {
            id = Array(action.id.lowercased().utf8)
            title = Array(action.title.lowercased().utf8)
            summary = Array(action.summary.lowercased().utf8)
            titleWords = ActionCatalogue.words(action.title)
        }
    }

    /// `ordered` must already be in the documented order; a repeated id keeps its first entry.
    private init(ordered actions: [CatalogueAction]) {
        var all: [CatalogueAction] = []
        var index: [String: Int] = [:]
        all.reserveCapacity(actions.count)
        index.reserveCapacity(actions.count)
        for action in actions where index[action.id] == nil {
            index[action.id] = all.count
            all.append(action)
        }
        self.all = all
        self.index = index
    }

    /// The number of actions.
    public var count: Int { all.count }

    /// The action with exactly this id (case-sensitive), in O(1).
    public func action(_ id: String) -> CatalogueAction? {
        index[id].map { all[$0] }
    }

    /// Whether an action has exactly this id (case-sensitive).
    public func contains(_ id: String) -> Bool {
        index[id] != nil
    }

    // MARK: - Search

    /// Entries whose id, title or summary contain every word of the query (case-insensitive), best matches first (id match, then title, then summary).
    ///
    /// Words are separated by whitespace and matched as substrings. Ranks, best first: the id equals
    /// the query; every word is in the id; every word is in the id or the title; some word only in
    /// the summary. Within a rank, entries keep the order of `all`. A blank query returns `all`.
    public func search(_ query: String) -> [CatalogueAction] {
        let words = query.lowercased().split(whereSeparator: \.isWhitespace).map { Array($0.utf8) }
        guard !words.isEmpty else { return all }
        let whole = words.count == 1 ? words[0] : nil
        let keys = self.keys
        // One bucket per rank, filled in the order of `all`: a stable ranking without sorting.
        var buckets: [[CatalogueAction]] = [[], [], [], []]
        candidates: for position in keys.indices {
            let key = keys[position]
            if let whole, key.id == whole {
                buckets[0].append(all[position])
                continue
            }
            var rank = 1
            for word in words {
                if Self.bytes(key.id, contain: word) { continue }
                if Self.bytes(key.title, contain: word) { rank = max(rank, 2); continue }
                if Self.bytes(key.summary, contain: word) { rank = 3; continue }
                continue candidates
            }
            buckets[rank].append(all[position])
        }
        return buckets[0] + buckets[1] + buckets[2] + buckets[3]
    }

    private static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        if needle.isEmpty { return true }
        let first = needle[0]
        var start = 0
        while start <= haystack.count - needle.count {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    // MARK: - Suggestions

    /// A did-you-mean for an unknown id: the nearest id, or the id of an entry whose title matches a word; nil when nothing is close.
    ///
    /// Tried in order:
    /// 1. the id with surrounding whitespace removed (nil if the id is already known exactly);
    /// 2. the same id up to case and look-alike characters (`O`/`0`, `I`/`l`/`1`, `_`/`-`):
    ///    `ra4601` -> `RA4601`, `RA46O1` -> `RA4601`;
    /// 3. the nearest id by edit distance (`Suggestion.closest`, case-insensitive, ties going to
    ///    the earlier entry of `all`) if it is a typo away (see `isTypo`):
    ///    `sc.pin-dependancy` -> `sc.pin-dependency`, but `RA9999` suggests nothing;
    /// 4. the entry whose title shares the most words with the id (at least half of them):
    ///    `sc.revoke-tokens` -> `sc.revoke-oauth-tokens`, `lock-account` -> `RA3601`.
    public func suggestion(for unknownID: String) -> String? {
        let trimmed = unknownID.trimmedOfWhitespace
        guard !trimmed.isEmpty else { return nil }
        if index[trimmed] != nil { return trimmed == unknownID ? nil : trimmed }
        let folded = Self.fold(trimmed)
        if let match = all.first(where: { Self.fold($0.id) == folded }) { return match.id }
        if let nearest = Suggestion.closest(to: trimmed, in: all.lazy.map(\.id)), Self.isTypo(trimmed, of: nearest) {
            return nearest
        }
        return titleMatch(for: trimmed)
    }

    /// Whether `candidate` is within a typo or two of `text`: `Suggestion.closest` allows 3 edits
    /// even in a 6-character id (`RA9999` -> `RA1009`), too loose for ids; here 1 edit up to 7
    /// characters, 2 up to 12, else 3.
    private static func isTypo(_ text: String, of candidate: String) -> Bool {
        let a = Array(text.lowercased().unicodeScalars), b = Array(candidate.lowercased().unicodeScalars)
        let limit = a.count <= 7 ? 1 : a.count <= 12 ? 2 : 3
        return abs(a.count - b.count) <= limit && Suggestion.editDistance(a, b, limit: limit) <= limit
    }

    /// The entry whose title best covers the words of `text`: exact (or plural) word matches count 2,
    /// shared stems of 5+ letters 1, and 1 more when the first word (the verb, in `sc.verb-object`)
    /// matches the title's first word; at least half the words must match; ties go to the shorter
    /// title, then to the earlier entry.
    private func titleMatch(for text: String) -> String? {
        var wanted: [String] = []
        for word in Self.words(text) where !Self.ignoredWords.contains(word) && !wanted.contains(word) {
            wanted.append(word)
        }
        guard !wanted.isEmpty else { return nil }
        let needed = (wanted.count + 1) / 2
        var best: (score: Int, length: Int, position: Int)?
        let keys = self.keys
        for position in keys.indices {
            let titleWords = keys[position].titleWords
            var matched = 0
            var score = 0
            for word in wanted {
                var wordScore = 0
                for candidate in titleWords {
                    wordScore = max(wordScore, Self.wordScore(word, candidate))
                    if wordScore == 2 { break }
                }
                if wordScore > 0 { matched += 1; score += wordScore }
            }
            if let verb = titleWords.first, Self.wordScore(wanted[0], verb) > 0 { score += 1 }
            guard matched >= needed else { continue }
            if let current = best, (score, -titleWords.count) <= (current.score, -current.length) { continue }
            best = (score, titleWords.count, position)
        }
        return best.map { all[$0.position].id }
    }

    private static let ignoredWords: Set<String> = [
        "sc", "ra", "a", "an", "the", "to", "of", "on", "in", "by", "for", "and", "or", "with", "from", "get", "ability",
    ]

    /// 2 when the words are equal, 1 when they share a stem (a common prefix of 5 or more letters
    /// that falls short of the shorter word by at most 2), else 0.
    private static func wordScore(_ a: String, _ b: String) -> Int {
        if a == b { return 2 }
        let x = Array(a.utf8), y = Array(b.utf8)
        let shorter = min(x.count, y.count)
        var common = 0
        while common < shorter, x[common] == y[common] { common += 1 }
        return common >= 5 && common >= shorter - 2 ? 1 : 0
    }

    /// Lower-cased words of letters and digits, with a plural `s` dropped from words longer than 3.
    static func words(_ text: String) -> [String] {
        text.lowercased()
            .split { !($0.isLetter || $0.isNumber) }
            .map { $0.count > 3 && $0.hasSuffix("s") && !$0.hasSuffix("ss") ? String($0.dropLast()) : String($0) }
    }

    /// Lower-cases and maps look-alike characters together: `o` -> `0`, `i`/`l` -> `1`, `_` -> `-`.
    static func fold(_ id: String) -> String {
        String(id.lowercased().map { (character: Character) -> Character in
            switch character {
            case "o": return "0"
            case "i", "l": return "1"
            case "_": return "-"
            default: return character
            }
        })
    }

    // MARK: - Scenario actions

    /// A copy that also knows the scenario's own `actions` map (id -> title), source .scenario, phase nil.
    ///
    /// An id the catalogue already holds keeps its existing entry (built-in wins; the declaration is
    /// dropped without a report, the loader warns). Of repeated declarations the first wins. Ids are
    /// not validated here. The scenario's actions come last in `all`, sorted by id.
    public func adding(_ declared: [(id: String, title: String)]) -> ActionCatalogue {
        var fresh: [CatalogueAction] = []
        var seen: Set<String> = []
        for (id, title) in declared where index[id] == nil && seen.insert(id).inserted {
            fresh.append(CatalogueAction(id: id, title: title, summary: "", phase: nil, source: .scenario))
        }
        guard !fresh.isEmpty else { return self }
        let firstScenario = all.firstIndex { $0.source == .scenario } ?? all.count
        // One sort, not an insertion per action: a scenario may declare tens of thousands.
        let scenario = (Array(all[firstScenario...]) + fresh).sorted { $0.id < $1.id }
        return ActionCatalogue(ordered: Array(all[..<firstScenario]) + scenario)
    }
}

extension ReactActions {
    /// The RE&CT actions, parsed from `table` on first use.
    static let all: [CatalogueAction] = parse(table, source: .react)

    /// Parses rows of `id TAB phase TAB title TAB summary`; a malformed row is skipped (and asserts in debug builds).
    static func parse(_ table: String, source: ActionSource) -> [CatalogueAction] {
        var table = table
        // Scanned as bytes, not split as a String's UTF-8 view: every program start builds the catalogue,
        // and the generic split took 3 million instructions, a millisecond before `validate` began.
        return table.withUTF8 { bytes in
            var actions: [CatalogueAction] = []
            actions.reserveCapacity(256)
            var lineStart = 0
            while lineStart < bytes.count {
                let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                defer { lineStart = lineEnd + 1 }
                guard lineEnd > lineStart else { continue }
                var fields: [String] = []
                var fieldStart = lineStart
                while fields.count < 3, let tab = bytes[fieldStart..<lineEnd].firstIndex(of: UInt8(ascii: "\t")) {
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<tab]), as: UTF8.self))
                    fieldStart = tab + 1
                }
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<lineEnd]), as: UTF8.self))
                guard fields.count == 4, !fields[0].isEmpty, let phase = Phase(rawValue: fields[1]) else {
                    assertionFailure("malformed catalogue row: \(String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), as: UTF8.self))")
                    continue
                }
                actions.append(CatalogueAction(id: fields[0], title: fields[2], summary: fields[3], phase: phase, source: source))
            }
            return actions
        }
    }
}
