/// What a scan of the search path found: scenarios and playbooks (the first of each id), how they pair, and files it could not use.
public struct LibraryScan: Sendable {
    /// A scenario file's metadata.
    public struct ScenarioSummary: Sendable, Hashable {
        public var id: String
        public var title: String
        public var difficulty: String?
        public var estimatedMinutes: Int?
        public var tags: [String]
        public var summary: String
        public var path: String
    }

    /// A playbook file's metadata.
    public struct PlaybookSummary: Sendable, Hashable {
        public var id: String
        public var title: String
        /// The scenario ids it was written for.
        public var scenarios: [String]
        public var path: String
    }

    /// A JSON file that is not a usable scenario or playbook, and why.
    public struct Problem: Sendable, Hashable {
        public var path: String
        public var message: String
    }

    /// In search order.
    public var scenarios: [ScenarioSummary] = []
    public var playbooks: [PlaybookSummary] = []
    /// Files whose id a file earlier on the search path already has.
    public var shadowed: [String] = []
    public var problems: [Problem] = []

    /// The playbooks that name `scenario` in their `scenarios`.
    public func playbooks(for scenario: ScenarioSummary) -> [PlaybookSummary] {
        playbooks.filter { $0.scenarios.contains(scenario.id) }
    }

    /// Playbooks that name no scenario found.
    public var unpairedPlaybooks: [PlaybookSummary] {
        let ids = Set(scenarios.map(\.id))
        return playbooks.filter { !$0.scenarios.contains(where: ids.contains) }
    }

    /// What one file is.
    enum Entry {
        case scenario(ScenarioSummary)
        case playbook(PlaybookSummary)
        case problem(String)
    }

    /// Reads the top-level keys a listing needs; scenes and expectations are not looked at.
    static func summary(of path: String) -> Entry {
        let document: JSONDocument
        do {
            document = try JSONDocument(bytes: try InputFile.read(path))
        } catch let error as InputFile.ReadError {
            return .problem(error.message)
        } catch {
            return .problem("not valid JSON; run 'tabletop validate \(SafeText.singleLine(path))'")
        }
        let root = document.root
        func string(_ key: String) -> String? {
            document.member(root, key).flatMap { document.kind($0) == .string ? document.string($0) : nil }
        }
        func strings(_ key: String) -> [String] {
            guard let node = document.member(root, key), document.kind(node) == .array else { return [] }
            return document.elements(node).filter { document.kind($0) == .string }.map { document.string($0) }
        }
        guard let kind = Validation.kind(of: document) else { return .problem("not a tabletop scenario or playbook (no known 'format')") }
        guard let id = string("id"), Identifiers.isValidID(id) else { return .problem("has no valid 'id'") }
        switch kind {
        case .scenario:
            let minutes = document.member(root, "estimatedMinutes").flatMap { document.integer($0) }
            return .scenario(ScenarioSummary(id: id, title: string("title") ?? id, difficulty: string("difficulty"), estimatedMinutes: minutes,
                                             tags: strings("tags"), summary: string("summary") ?? "", path: path))
        case .playbook:
            return .playbook(PlaybookSummary(id: id, title: string("title") ?? id, scenarios: strings("scenarios"), path: path))
        }
    }
}
