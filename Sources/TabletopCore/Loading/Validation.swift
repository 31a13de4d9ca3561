/// Validates scenario and playbook files together: each alone, and each playbook against the scenarios it is for.
public struct Validation {
    /// The outcome for one file.
    public struct FileReport: Sendable {
        public var path: String
        /// `scenario`, `playbook`, or nil when the kind could not be told.
        public var kind: String?
        public var diagnostics: [Diagnostic]
        /// Set when the file could not be read at all.
        public var readError: InputFile.ReadError?
        /// The scenario, when the file is one that loaded: its ids, structure and conditions, for checking
        /// playbooks against it; its prose is left empty (see `ScenarioLoader.keepsProse`). Handing it to the caller also spares
        /// `run` from freeing a large model piece by piece just before a command exits.
        public var scenario: Scenario? = nil
    }

    /// All files' reports and the exit status they add up to.
    public struct Report: Sendable {
        public var files: [FileReport]

        public var errorCount: Int { files.reduce(0) { $0 + $1.diagnostics.filter { $0.severity == .error }.count + ($1.readError == nil ? 0 : 1) } }
        public var warningCount: Int { files.reduce(0) { $0 + $1.diagnostics.filter { $0.severity == .warning }.count } }

        /// 66 if a file could not be read, else 65 if any has errors, else 0.
        public var status: ExitStatus {
            if files.contains(where: { $0.readError?.status == .noInput }) { return .noInput }
            if errorCount > 0 { return .dataError }
            return .ok
        }
    }

    /// Which format a file declares.
    public enum Kind: String, Sendable {
        case scenario, playbook
    }

    /// Reads the `format` key of a parsed file.
    public static func kind(of document: JSONDocument) -> Kind? {
        guard document.kind(document.root) == .object, let node = document.member(document.root, "format") else { return nil }
        let format = document.string(node)
        if format.hasPrefix("tabletop-scenario/") { return .scenario }
        if format.hasPrefix("tabletop-playbook/") { return .playbook }
        return nil
    }

    /// Validates `paths`, linting every scenario that loads; `strict` turns warnings into errors.
    public static func run(paths: [String], strict: Bool = false, catalogue: ActionCatalogue = .builtIn) -> Report {
        // A large load allocates tens of megabytes: on huge pages, they fault in a fraction of the time.
        HugePageHeap.start(expecting: paths.reduce(0) { $0 + (MappedFile.regularFileSize(at: $1) ?? 0) })
        // Validation shares its work in two parts at most: one worker.
        WorkerThreads.prepare(count: min(1, Parallel.coreCount - 1))
        var reports: [FileReport] = []
        var playbooks: [(index: Int, document: JSONDocument)] = []
        for path in paths {
            let file: MappedFile
            do {
                file = try MappedFile.load(path)
            } catch {
                reports.append(FileReport(path: path, kind: nil, diagnostics: [], readError: error))
                continue
            }
            let document: JSONDocument
            do {
                document = try JSONDocument(file: file)
            } catch {
                reports.append(FileReport(path: path, kind: nil, diagnostics: [DiagnosticSink.syntax(error, file: path, mapped: file)]))
                continue
            }
            // Unmapped and freed at exit otherwise, while a worker still runs (see `LeftForExit`).
            LeftForExit.shared.keep(document)
            switch kind(of: document) {
            case .scenario:
                let (result, sourceMap) = ScenarioLoader.loadLocated(document: document, file: path, catalogue: catalogue, keepsProse: false)
                var diagnostics = result.diagnostics
                if let scenario = result.value {
                    diagnostics += ScenarioLint.diagnostics(for: scenario, sourceMap: sourceMap, document: document, file: path)
                    diagnostics.sort { $0.location < $1.location }
                }
                reports.append(FileReport(path: path, kind: "scenario", diagnostics: diagnostics, scenario: result.value))
            case .playbook:
                playbooks.append((reports.count, document))
                reports.append(FileReport(path: path, kind: "playbook", diagnostics: []))
            case nil:
                reports.append(FileReport(path: path, kind: nil, diagnostics: [unknownFormat(document, path: path)]))
            }
        }
        for (index, document) in playbooks {
            let path = reports[index].path
            let partners = partners(of: document, among: reports.compactMap(\.scenario))
            var diagnostics: [Diagnostic] = []
            for scenario in partners.isEmpty ? [nil] : partners.map(Optional.some) {
                let result = PlaybookLoader.load(document: document, file: path, scenario: scenario, catalogue: catalogue)
                for diagnostic in result.diagnostics where !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
            }
            reports[index].diagnostics = diagnostics.sorted { $0.location < $1.location }
        }
        if strict {
            for index in reports.indices {
                for position in reports[index].diagnostics.indices { reports[index].diagnostics[position].severity = .error }
            }
        }
        return Report(files: reports)
    }

    /// The scenarios a playbook is checked against: those its `scenarios` names, or the only scenario given.
    static func partners(of document: JSONDocument, among scenarios: [Scenario]) -> [Scenario] {
        var named: [String] = []
        if let list = document.member(document.root, "scenarios"), document.kind(list) == .array {
            named = document.elements(list).map { document.string($0) }
        }
        let matching = scenarios.filter { named.contains($0.id) }
        if !matching.isEmpty { return matching }
        return scenarios.count == 1 ? scenarios : []
    }

    private static func unknownFormat(_ document: JSONDocument, path: String) -> Diagnostic {
        var sink = DiagnosticSink(file: path, document: document)
        let root = document.root
        if document.kind(root) != .object {
            sink.error("E202", "a tabletop file must be a JSON object, found \(document.kind(root).phrase)", at: root)
        } else if let node = document.member(root, "format") {
            let value = document.kind(node) == .string ? document.string(node) : ""
            sink.error("E200", "unknown format '\(sanitizedForMessage(value))'", at: node,
                       hint: "expected \"\(ScenarioLoader.format)\" or \"\(PlaybookLoader.format)\"")
        } else {
            sink.error("E201", "missing the key 'format'; a scenario has \"format\": \"\(ScenarioLoader.format)\", a playbook \"\(PlaybookLoader.format)\"", at: root)
        }
        return sink.diagnostics[0]
    }
}
