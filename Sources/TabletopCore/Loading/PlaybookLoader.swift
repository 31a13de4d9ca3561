/// Decodes and validates a playbook file (FORMATS.md section 3), alone or checked against the scenario it is for.
public struct PlaybookLoader {
    /// The value of the `format` key of playbook files.
    public static let format = "tabletop-playbook/1"

    let document: JSONDocument
    var sink: DiagnosticSink
    let catalogue: ActionCatalogue
    let scenario: Scenario?
    /// The actions some option or timeout of `scenario` performs.
    let performable: Set<String>

    /// Loads a playbook; with a scenario, also checks owners against its roles and warns about expectations it can never let the team meet.
    public static func load(bytes: [UInt8], file: String, scenario: Scenario? = nil, catalogue: ActionCatalogue = .builtIn) -> LoadResult<Playbook> {
        let document: JSONDocument
        do {
            document = try JSONDocument(bytes: bytes)
        } catch {
            return LoadResult(value: nil, diagnostics: [DiagnosticSink.syntax(error, file: file, bytes: bytes)])
        }
        return load(document: document, file: file, scenario: scenario, catalogue: catalogue)
    }

    /// Loads a playbook from an already parsed document.
    public static func load(document: JSONDocument, file: String, scenario: Scenario? = nil, catalogue: ActionCatalogue = .builtIn) -> LoadResult<Playbook> {
        let known = scenario.map { catalogue.adding($0.declaredActions) } ?? catalogue
        var loader = PlaybookLoader(
            document: document, sink: DiagnosticSink(file: file, document: document), catalogue: known,
            scenario: scenario, performable: scenario.map(PerformableActions.of) ?? [])
        let playbook = loader.decode()
        return LoadResult(value: loader.sink.hasErrors ? nil : playbook, diagnostics: loader.sink.sorted)
    }

    private static let topKeys = KnownKeys(["format", "id", "title", "summary", "scenarios", "partialCredit", "expectations", "avoid"])
    private static let expectationKeys = KnownKeys(["id", "title", "phase", "action", "anyOf", "weight", "by", "after", "critical", "owner", "why"])
    private static let avoidKeys = KnownKeys(["id", "title", "action", "anyOf", "penalty", "phase", "why"])

    private mutating func decode() -> Playbook? {
        let top = ObjectReader(document, document.root, known: Self.topKeys, what: "the playbook", sink: &sink)
        guard top.isObject else { return nil }
        guard let formatNode = top.required("format", in: "the playbook", sink: &sink) else { return nil }
        let format = document.kind(formatNode) == .string ? document.string(formatNode) : ""
        guard format == Self.format else {
            sink.error("E200", "unsupported format '\(sanitizedForMessage(format))'", at: formatNode,
                       hint: format.hasPrefix("tabletop-playbook/") ? "this tool reads version 1" : "expected \"\(Self.format)\"")
            return nil
        }
        let id = top.id("id", in: "the playbook", sink: &sink)
        let title = top.string("title", required: true, in: "the playbook", sink: &sink)
        let summary = top.string("summary", required: false, in: "the playbook", sink: &sink)
        let scenarios = readScenarioIDs(top)
        var partialCredit = 0.5
        if let node = top["partialCredit"] {
            if let value = document.number(node), (0...1).contains(value) {
                partialCredit = value
            } else {
                sink.error(document.kind(node) == .number ? "E208" : "E202", "'partialCredit' must be a number from 0 to 1, found \(document.kind(node) == .number ? document.rawText(node) : document.kind(node).phrase)", at: node)
            }
        }
        let expectationNodes = readArrayMember(top, "expectations", required: true, nonEmpty: false, what: "the playbook", sink: &sink)
        var expectationIDs: [String: Int] = [:]
        for (position, node) in expectationNodes.enumerated() {
            guard document.kind(node) == .object, let idNode = document.member(node, "id") else { continue }
            let id = document.string(idNode)
            if expectationIDs[id] != nil {
                sink.error("E205", "duplicate expectation id '\(sanitizedForMessage(id))'", at: idNode)
            } else {
                expectationIDs[id] = position
            }
        }
        let expectations = expectationNodes.enumerated().compactMap { readExpectation($0.element, position: $0.offset, ids: expectationIDs) }
        var avoidIDs: Set<String> = []
        let avoidNodes = readArrayMember(top, "avoid", required: false, nonEmpty: false, what: "the playbook", sink: &sink)
        let avoid = avoidNodes.compactMap { readAvoid($0, seen: &avoidIDs) }
        if let scenario, !scenarios.isEmpty, !scenarios.contains(scenario.id), let node = top["scenarios"] {
            sink.warning("W204", "this playbook lists the scenarios \(quotedList(scenarios)), not '\(scenario.id)'", at: node)
        }
        guard !sink.hasErrors, let id, let title, expectations.count == expectationNodes.count, avoid.count == avoidNodes.count else { return nil }
        return Playbook(id: id, title: title, summary: summary, scenarios: scenarios, partialCredit: partialCredit, expectations: expectations, avoid: avoid)
    }

    private mutating func readExpectation(_ node: JSONDocument.Index, position: Int, ids: [String: Int]) -> Expectation? {
        let reader = ObjectReader(document, node, known: Self.expectationKeys, what: "an expectation", sink: &sink)
        guard reader.isObject else { return nil }
        let id = reader.id("id", in: "an expectation", sink: &sink)
        let what = "expectation '\(id ?? "?")'"
        let title = reader.string("title", required: true, in: what, sink: &sink)
        let phase = reader.required("phase", in: what, sink: &sink).flatMap {
            readEnumValue(RawValueTables.phases, document, $0, name: "'phase'", sink: &sink)
        }
        let actions = readActions(reader, what: what)
        let weight = reader.integer("weight", required: false, in: what, range: 1...1_000_000, sink: &sink) ?? 1
        let by = reader["by"].flatMap { readDurationValue(document, $0, name: "'by'", realTime: false, sink: &sink) }
        var after: [Int] = []
        if let afterNode = reader["after"], reader.strings("after", sink: &sink) != nil {
            // Entries that are not strings were reported by `strings`; each name is located at its own element.
            for element in document.elements(afterNode) where document.kind(element) == .string {
                let name = document.string(element)
                if name == id {
                    sink.error("E309", "\(what) cannot come after itself", at: element)
                } else if let index = ids[name] {
                    after.append(index)
                } else {
                    sink.error("E301", "'after' names the unknown expectation '\(sanitizedForMessage(name))'", at: element,
                               hint: Suggestion.closest(to: name, in: ids.keys).map { "did you mean '\($0)'?" })
                }
            }
        }
        let critical = reader.bool("critical", sink: &sink) ?? false
        let owner = readOwner(reader, what: what)
        let why = reader.string("why", required: true, in: what, sink: &sink)
        if let actions, let scenario {
            warnIfNeverPerformed(actions, in: scenario, what: what, at: reader["action"] ?? reader["anyOf"]!)
        }
        guard let id, let title, let phase, let actions, let why else { return nil }
        return Expectation(id: id, title: title, phase: phase, actions: actions, weight: weight, by: by, after: after,
                           critical: critical, owner: owner, why: why)
    }

    private mutating func readAvoid(_ node: JSONDocument.Index, seen: inout Set<String>) -> AvoidItem? {
        let reader = ObjectReader(document, node, known: Self.avoidKeys, what: "an avoid item", sink: &sink)
        guard reader.isObject else { return nil }
        let id = reader.id("id", in: "an avoid item", sink: &sink)
        if let id, !seen.insert(id).inserted { sink.error("E205", "duplicate avoid id '\(id)'", at: reader["id"]!) }
        let what = "avoid item '\(id ?? "?")'"
        let title = reader.string("title", required: true, in: what, sink: &sink)
        let actions = readActions(reader, what: what)
        let penalty = reader.integer("penalty", required: true, in: what, range: 1...1_000_000, sink: &sink)
        let phase = reader["phase"].flatMap {
            readEnumValue(RawValueTables.phases, document, $0, name: "'phase'", sink: &sink)
        }
        let why = reader.string("why", required: true, in: what, sink: &sink)
        guard let id, let title, let actions, let penalty, let why else { return nil }
        return AvoidItem(id: id, title: title, actions: actions, penalty: penalty, phase: phase, why: why)
    }

    /// Reads `action` or `anyOf` (exactly one of them), warning about ids the catalogue does not know.
    private mutating func readActions(_ reader: borrowing ObjectReader, what: String) -> [String]? {
        let single = reader["action"], many = reader["anyOf"]
        if single != nil, let many {
            sink.error("E308", "\(what) has both 'action' and 'anyOf'; use one", at: many)
            return nil
        }
        var nodes: [JSONDocument.Index] = []
        if let single {
            nodes = [single]
        } else if let many {
            guard document.kind(many) == .array else {
                sink.error("E202", "'anyOf' must be an array of action ids, found \(document.kind(many).phrase)", at: many)
                return nil
            }
            nodes = Array(document.elements(many))
            if nodes.isEmpty {
                sink.error("E209", "'anyOf' needs at least one action id", at: many)
                return nil
            }
        } else {
            sink.error("E308", "\(what) needs 'action' (one action id) or 'anyOf' (an array of them)", at: reader.node)
            return nil
        }
        var actions: [String] = []
        for node in nodes {
            guard document.kind(node) == .string else {
                sink.error("E202", "an action id must be a string, found \(document.kind(node).phrase)", at: node)
                continue
            }
            let id = document.string(node)
            guard Identifiers.isValidActionID(id) else {
                sink.error("E204", "'\(sanitizedForMessage(id))' is not a valid action id: use \(Identifiers.actionIDRule)", at: node)
                continue
            }
            if !catalogue.contains(id) {
                sink.warning("W202", "unknown action '\(id)': not in the built-in catalogue\(scenario == nil ? "" : " nor in the scenario's 'actions'")", at: node,
                             hint: catalogue.suggestion(for: id).map { "did you mean '\($0)'?" })
            }
            actions.append(id)
        }
        return actions.count == nodes.count ? actions : nil
    }

    /// The `scenarios` member: scenario ids, each held to the id pattern of FORMATS.md section 1.
    private mutating func readScenarioIDs(_ top: borrowing ObjectReader) -> [String] {
        guard let scenarios = top.strings("scenarios", sink: &sink), let node = top["scenarios"] else { return [] }
        // `strings` keeps the string elements, in order, and reports the others.
        let stringElements = document.elements(node).filter { document.kind($0) == .string }
        for (element, id) in zip(stringElements, scenarios) where !Identifiers.isValidID(id) {
            sink.error("E204", "'\(sanitizedForMessage(id))' is not a valid scenario id: use \(Identifiers.idRule)", at: element)
        }
        return scenarios
    }

    private mutating func readOwner(_ reader: borrowing ObjectReader, what: String) -> String? {
        guard let node = reader["owner"], let owner = reader.string("owner", required: false, in: what, sink: &sink) else { return nil }
        guard Identifiers.isValidID(owner) else {
            sink.error("E204", "'\(sanitizedForMessage(owner))' is not a valid role id: use \(Identifiers.idRule)", at: node)
            return nil
        }
        if let scenario, scenario.roleIndex(owner) == nil {
            sink.error("E301", "'owner' names the role '\(owner)', which scenario '\(scenario.id)' does not have", at: node,
                       hint: Suggestion.closest(to: owner, in: scenario.roles.map(\.id)).map { "did you mean '\($0)'?" })
        }
        return owner
    }

    /// Warns when no option or timeout of the scenario performs any of the actions: the team could never meet the expectation.
    private mutating func warnIfNeverPerformed(_ actions: [String], in scenario: Scenario, what: String, at node: JSONDocument.Index) {
        guard !actions.contains(where: performable.contains) else { return }
        sink.warning("W203", "no option or timeout in scenario '\(scenario.id)' performs \(actions.count == 1 ? "'\(actions[0])'" : "any of \(quotedList(actions))"), so \(what) can never be met", at: node)
    }
}

/// The action ids that some option or timeout of a scenario performs.
enum PerformableActions {
    static func of(_ scenario: Scenario) -> Set<String> {
        var result: Set<String> = []
        for scene in scenario.scenes {
            for option in scene.options { result.formUnion(option.consequence.actions.map { scenario.actionIDs[$0] }) }
            if let timeout = scene.onTimeout { result.formUnion(timeout.actions.map { scenario.actionIDs[$0] }) }
        }
        return result
    }
}
