/// Decodes and validates a scenario file (FORMATS.md section 2) into a `Scenario`, collecting every problem.
public struct ScenarioLoader {
    /// The value of the `format` key of scenario files.
    public static let format = "tabletop-scenario/1"

    /// Borrowed (see `JSONDocument.borrowed()`): the caller's document outlives the loader.
    let document: JSONDocument
    var sink: DiagnosticSink
    var symbols = SymbolTable()
    var catalogue: ActionCatalogue
    /// Per interned action index, where that action id was first named (nil: not yet), for unknown-action warnings.
    var actionSites: [JSONDocument.Index?] = []
    /// Where the scenario's parts stand, for lint.
    var sourceMap = ScenarioSourceMap()
    /// Conditions compiled so far, by source text: names resolve the same way everywhere in a
    /// scenario, so a condition written many times is parsed and checked once.
    var compiledConditions = TextTable<Condition>()
    /// Whether prose (titles, narratives, prompts, option labels, feedback, inject senders and texts) is
    /// decoded into the scenario; checking a file (`validate`) leaves it empty, which spares most of the
    /// loading time. Lint reads the labels it compares from the document (see `ScenarioSourceMap`).
    let keepsProse: Bool
    /// How many threads read the scenes; nil to choose by their number and the cores (see `readScenes`).
    let sceneThreads: Int?

    /// Loads a scenario from the bytes of `file`.
    public static func load(bytes: [UInt8], file: String, catalogue: ActionCatalogue = .builtIn) -> LoadResult<Scenario> {
        let document: JSONDocument
        do {
            document = try JSONDocument(bytes: bytes)
        } catch {
            return LoadResult(value: nil, diagnostics: [DiagnosticSink.syntax(error, file: file, bytes: bytes)])
        }
        return load(document: document, file: file, catalogue: catalogue)
    }

    /// Loads a scenario from an already parsed document.
    public static func load(document: JSONDocument, file: String, catalogue: ActionCatalogue = .builtIn) -> LoadResult<Scenario> {
        loadLocated(document: document, file: file, catalogue: catalogue).result
    }

    /// Loads a scenario and also returns where its parts stand in the document (complete when the scenario loaded).
    /// With `keepsProse` false, the scenario's prose is checked but left empty (see `keepsProse`): for checking a file, not playing it.
    public static func loadLocated(document: JSONDocument, file: String, catalogue: ActionCatalogue = .builtIn, keepsProse: Bool = true) -> (result: LoadResult<Scenario>, sourceMap: ScenarioSourceMap) {
        loadLocated(document: document, file: file, catalogue: catalogue, keepsProse: keepsProse, sceneThreads: nil)
    }

    /// `loadLocated`, reading the scenes on `sceneThreads` threads (1 or 2; nil to choose): tests compare both ways.
    static func loadLocated(document: JSONDocument, file: String, catalogue: ActionCatalogue, keepsProse: Bool, sceneThreads: Int?) -> (result: LoadResult<Scenario>, sourceMap: ScenarioSourceMap) {
        var loader = ScenarioLoader(document: document.borrowed(), sink: DiagnosticSink(file: file, document: document), catalogue: catalogue,
                                    keepsProse: keepsProse, sceneThreads: sceneThreads)
        let scenario = loader.decode()
        // The symbol table and the conditions compiled are freed piece by piece otherwise (see `LeftForExit`).
        LeftForExit.shared.keep(loader)
        return (LoadResult(value: loader.sink.hasErrors ? nil : scenario, diagnostics: loader.sink.sorted), loader.sourceMap)
    }

    private static let topKeys = KnownKeys([
        "format", "id", "title", "summary", "tags", "difficulty", "estimatedMinutes", "author", "version",
        "objectives", "references", "roles", "variables", "actions", "start", "scenes", "endings", "injects",
    ])
    private static let referenceKeys = KnownKeys(["title", "url"])
    private static let roleKeys = KnownKeys(["id", "name", "brief"])
    private static let variableKeys = KnownKeys(["type", "initial", "min", "max", "values", "label", "hidden"])

    private mutating func decode() -> Scenario? {
        let top = ObjectReader(document, document.root, known: Self.topKeys, what: "the scenario", sink: &sink)
        guard top.isObject else { return nil }
        guard checkFormat(top) else { return nil }
        let id = top.id("id", in: "the scenario", sink: &sink)
        let title = prose(top, "title", required: true, in: "the scenario")
        let summary = prose(top, "summary", required: true, in: "the scenario")
        let metadata = readMetadata(top)
        let roles = readRoles(top)
        readVariables(top)
        readDeclaredActions(top)
        let sceneNodes = sceneList(top)
        let endingNodes = arrayMember(top, "endings", required: true, nonEmpty: true)
        indexScenes(sceneNodes)
        let endings = readEndings(endingNodes)
        let scenes = readScenes(sceneNodes)
        let injects = readTimedInjects(top)
        var start = 0
        if let startNode = top.required("start", in: "the scenario", sink: &sink) {
            switch resolve(startNode, what: "'start'") {
            case .scene(let index)?: start = index
            case .ending?: sink.error("E301", "'start' must name a scene, not an ending", at: startNode)
            case nil: break
            }
        }
        warnUnknownActions()
        guard !sink.hasErrors, let id, let title, let summary, scenes.count == sceneNodes.count else { return nil }
        let byTime = injects.indices.sorted { (injects[$0].at, $0) < (injects[$1].at, $1) }
        return Scenario(
            id: id, title: title, summary: summary, metadata: metadata, roles: roles, variables: symbols.variables,
            declaredActions: declaredActions, startScene: start, scenes: scenes, endings: endings, injects: injects,
            injectsByTime: byTime, actionIDs: symbols.actionIDs, optionOwners: symbols.optionOwners)
    }

    private var declaredActions: [(id: String, title: String)] = []

    /// The scene nodes, listed by the parser (see `JSONDocument.ElementLists`); reports a missing, non-array or empty list.
    private mutating func sceneList(_ top: borrowing ObjectReader) -> [JSONDocument.Index] {
        let scenes = arrayMember(top, "scenes", required: true, nonEmpty: true)
        guard scenes.count > 0, let node = top["scenes"] else { return [] }
        return document.elementList(node)
    }

    // MARK: - Top level

    private mutating func checkFormat(_ top: borrowing ObjectReader) -> Bool {
        guard let node = top.required("format", in: "the scenario", sink: &sink) else { return false }
        let value = document.kind(node) == .string ? document.string(node) : ""
        guard value == Self.format else {
            let hint = value.hasPrefix("tabletop-scenario/") ? "this tool reads version 1" : "expected \"\(Self.format)\""
            sink.error("E200", "unsupported format '\(sanitizedForMessage(value))'", at: node, hint: hint)
            return false
        }
        return true
    }

    private mutating func readMetadata(_ top: borrowing ObjectReader) -> ScenarioMetadata {
        var metadata = ScenarioMetadata()
        metadata.tags = top.strings("tags", sink: &sink) ?? []
        if let node = top["difficulty"] {
            let value = document.string(node)
            let allowed = ["introductory", "intermediate", "advanced"]
            if document.kind(node) != .string || !allowed.contains(value) {
                sink.error("E206", "'difficulty' must be one of introductory, intermediate, advanced", at: node,
                           hint: Suggestion.closest(to: value, in: allowed).map { "did you mean '\($0)'?" })
            } else {
                metadata.difficulty = value
            }
        }
        metadata.estimatedMinutes = top.integer("estimatedMinutes", required: false, in: "the scenario", range: 1...100_000, sink: &sink)
        metadata.author = top.string("author", required: false, in: "the scenario", sink: &sink)
        metadata.version = top.string("version", required: false, in: "the scenario", sink: &sink)
        metadata.objectives = top.strings("objectives", sink: &sink) ?? []
        for node in arrayMember(top, "references", required: false, nonEmpty: false) {
            let reader = ObjectReader(document, node, known: Self.referenceKeys, what: "a reference", sink: &sink)
            guard reader.isObject else { continue }
            let title = reader.string("title", required: true, in: "a reference", sink: &sink)
            let url = reader.string("url", required: true, in: "a reference", sink: &sink)
            if let title, let url { metadata.references.append(Reference(title: title, url: url)) }
        }
        return metadata
    }

    private mutating func readRoles(_ top: borrowing ObjectReader) -> [Role] {
        var roles: [Role] = []
        for node in arrayMember(top, "roles", required: true, nonEmpty: true) {
            let reader = ObjectReader(document, node, known: Self.roleKeys, what: "a role", sink: &sink)
            guard reader.isObject else { continue }
            guard let id = reader.id("id", in: "a role", sink: &sink) else { continue }
            let name = reader.string("name", required: true, in: "role '\(id)'", sink: &sink)
            let brief = reader.string("brief", required: false, in: "role '\(id)'", sink: &sink)
            if symbols.roleIndices[id] != nil {
                sink.error("E205", "duplicate role id '\(id)'", at: reader["id"]!)
                continue
            }
            symbols.roleIndices[id] = roles.count
            roles.append(Role(id: id, name: name ?? id, brief: brief))
        }
        return roles
    }

    private mutating func readDeclaredActions(_ top: borrowing ObjectReader) {
        guard let node = top["actions"] else { return }
        guard document.kind(node) == .object else {
            sink.error("E202", "'actions' must be an object mapping action ids to titles, found \(document.kind(node).phrase)", at: node)
            return
        }
        var seen: Set<String> = []
        for key in document.keys(node) {
            let id = document.string(key)
            guard seen.insert(id).inserted else {
                sink.error("E203", "duplicate key '\(sanitizedForMessage(id))'", at: key)
                continue
            }
            guard Identifiers.isValidActionID(id) else {
                sink.error("E204", "'\(sanitizedForMessage(id))' is not a valid action id: use \(Identifiers.actionIDRule)", at: key)
                continue
            }
            guard document.kind(key + 1) == .string else {
                sink.error("E202", "the title of action '\(id)' must be a string, found \(document.kind(key + 1).phrase)", at: key + 1)
                continue
            }
            if catalogue.contains(id) {
                sink.warning("W205", "action '\(id)' is already in the built-in catalogue; the built-in title is used", at: key)
            }
            declaredActions.append((id, document.string(key + 1)))
            sourceMap.declaredActions.append(key)
        }
        catalogue = catalogue.adding(declaredActions)
    }

    // MARK: - Variables

    private mutating func readVariables(_ top: borrowing ObjectReader) {
        guard let node = top["variables"] else { return }
        guard document.kind(node) == .object else {
            sink.error("E202", "'variables' must be an object mapping names to declarations, found \(document.kind(node).phrase)", at: node)
            return
        }
        for key in document.keys(node) {
            let name = document.string(key)
            if symbols.variableSlots[name] != nil {
                sink.error("E203", "duplicate variable '\(sanitizedForMessage(name))'", at: key)
                continue
            }
            guard Identifiers.isValidVariableName(name) else {
                sink.error("E210", "'\(sanitizedForMessage(name))' is not a valid variable name: use \(Identifiers.variableNameRule)", at: key)
                continue
            }
            guard !Identifiers.reservedWords.contains(name) else {
                sink.error("E210", "'\(name)' is a reserved word of the condition language and cannot name a variable", at: key)
                continue
            }
            if let variable = readVariable(name: name, node: key + 1) {
                symbols.variableSlots[name] = symbols.variables.count
                symbols.variables.append(variable)
                sourceMap.variables.append(key)
            }
        }
    }

    private mutating func readVariable(name: String, node: JSONDocument.Index) -> Variable? {
        let what = "variable '\(name)'"
        let reader = ObjectReader(document, node, known: Self.variableKeys, what: what, sink: &sink)
        guard reader.isObject,
              let typeName = reader.string("type", required: true, in: what, sink: &sink) else { return nil }
        let label = reader.string("label", required: false, in: what, sink: &sink)
        let hidden = reader.bool("hidden", sink: &sink) ?? false
        let minimum = reader.integer("min", required: false, in: what, range: Int.min...Int.max, sink: &sink)
        let maximum = reader.integer("max", required: false, in: what, range: Int.min...Int.max, sink: &sink)
        let initialNode = reader.required("initial", in: what, sink: &sink)
        let type: ExpressionType
        switch typeName {
        case "int":
            type = .int
            if let minimum, let maximum, minimum > maximum {
                sink.error("E306", "\(what) has min \(minimum) greater than max \(maximum)", at: reader["min"]!)
                return nil
            }
        case "bool": type = .bool
        case "enum":
            guard let valuesNode = reader.required("values", in: what, sink: &sink),
                  let values = reader.strings("values", sink: &sink) else { return nil }
            guard !values.isEmpty else {
                sink.error("E306", "\(what) of type enum needs at least one value", at: valuesNode)
                return nil
            }
            if let duplicate = values.enumerated().first(where: { values[..<$0.offset].contains($0.element) }) {
                sink.error("E306", "\(what) lists the value '\(sanitizedForMessage(duplicate.element))' twice", at: valuesNode)
                return nil
            }
            type = .enumeration(values)
        default:
            sink.error("E206", "unknown variable type '\(sanitizedForMessage(typeName))'; types are int, bool, enum", at: reader["type"]!,
                       hint: Suggestion.closest(to: typeName, in: ["int", "bool", "enum"]).map { "did you mean '\($0)'?" })
            return nil
        }
        if type != .int, let node = reader["min"] ?? reader["max"] {
            sink.error("E306", "'min' and 'max' apply only to int variables; \(what) is \(typeName)", at: node)
        }
        if case .enumeration = type {} else if let node = reader["values"] {
            sink.error("E306", "'values' applies only to enum variables; \(what) is \(typeName)", at: node)
        }
        var variable = Variable(name: name, type: type, initial: .int(0), minimum: minimum, maximum: maximum, label: label, hidden: hidden)
        // A missing or bad initial value is reported, and the variable still declared with a value of its type,
        // so that its conditions and effects are checked instead of each reporting an unknown variable.
        let initial = initialNode.flatMap { readValue($0, for: variable, what: "the initial value of \(what)") }
        switch type {
        case .int: variable.initial = initial ?? .int(variable.clamp(0))
        case .bool: variable.initial = initial ?? .bool(false)
        case .enumeration: variable.initial = initial ?? .enumCase(0)
        }
        return variable
    }

    /// Reads a literal value for a variable, checking its type, enum membership and int bounds.
    private mutating func readValue(_ node: JSONDocument.Index, for variable: Variable, what: @autoclosure () -> String) -> RuntimeValue? {
        switch variable.type {
        case .int:
            guard let number = readInteger(document, node, name: what(), range: Int.min...Int.max, sink: &sink) else { return nil }
            if variable.clamp(number) != number {
                sink.error("E305", "\(what()) is \(number), outside [\(variable.minimum.map(String.init) ?? "-inf"), \(variable.maximum.map(String.init) ?? "inf")]", at: node)
                return nil
            }
            return .int(number)
        case .bool:
            switch document.kind(node) {
            case .true: return .bool(true)
            case .false: return .bool(false)
            default:
                sink.error("E304", "\(what()) must be true or false (variable '\(variable.name)' is bool), found \(document.kind(node).phrase)", at: node)
                return nil
            }
        case .enumeration(let values):
            guard document.kind(node) == .string else {
                sink.error("E304", "\(what()) must be one of \(quotedList(values)) (variable '\(variable.name)' is enum), found \(document.kind(node).phrase)", at: node)
                return nil
            }
            let text = document.string(node)
            guard let index = values.firstIndex(of: text) else {
                sink.error("E304", "'\(sanitizedForMessage(text))' is not a value of '\(variable.name)'; values are \(quotedList(values))", at: node,
                           hint: Suggestion.closest(to: text, in: values).map { "did you mean '\($0)'?" })
                return nil
            }
            return .enumCase(index)
        }
    }

    // MARK: - Scenes

    /// First pass: registers every scene and its options, so references can be resolved in any order.
    ///
    /// A large scenario's scenes are indexed in two halves at once: the first half straight into the
    /// symbol table, the second into a table of its own, which is then added to the first in file order.
    /// That gives the registrations, numbering and diagnostics of one pass.
    private mutating func indexScenes(_ nodes: [JSONDocument.Index]) {
        let threads = sceneThreads ?? Self.threads(forScenes: nodes.count)
        symbols.destinations.reserveCapacity(symbols.destinations.count + nodes.count)
        guard threads > 1, nodes.count > 1 else {
            registerTimeouts(registerScenes(nodes[...], first: 0))
            return
        }
        let split = Self.split(nodes)
        let template = self
        let halves = Parallel.map(parts: 2) { part in
            var indexer = template
            if part == 1 {
                indexer.symbols = SymbolTable()
                indexer.symbols.destinations.reserveCapacity(nodes.count - split)
            }
            indexer.sink = DiagnosticSink(file: template.sink.file, document: template.document)
            let timed = part == 0 ? indexer.registerScenes(nodes[..<split], first: 0) : indexer.registerScenes(nodes[split...], first: split)
            return (timed: timed, indexer: indexer)
        }
        let later = halves[1].indexer.symbols, document = document
        // Those the later half registered, in file order; one the earlier half has too is reported where one pass reports it.
        symbols.destinations.merge(later.destinations) { id, destination in
            guard case .scene(let index) = destination else { return }
            reportDuplicate(sceneID: String(decoding: id, as: UTF8.self), at: document.member(nodes[index], "id")!)
        }
        symbols.sceneIDList += later.sceneIDList
        let firstLaterOption = symbols.optionOwners.count
        for scene in later.optionsByScene.indices { later.optionsByScene[scene].offset(by: firstLaterOption) }
        symbols.optionsByScene += later.optionsByScene
        symbols.optionOwners += later.optionOwners
        for id in later.actionIDs { _ = symbols.actionIndex(of: id) }
        for half in halves { sink.append(contentsOf: half.indexer.sink) }
        registerTimeouts(halves[0].timed + halves[1].timed)
        // The later half's tables are freed piece by piece otherwise (see `LeftForExit`).
        LeftForExit.shared.keep(halves)
    }

    /// Registers `nodes`, the scenes from index `first` on, after those registered so far; returns the timed scenes.
    private mutating func registerScenes(_ nodes: ArraySlice<JSONDocument.Index>, first: Int) -> [(scene: Int, position: Int)] {
        var timedScenes: [(scene: Int, position: Int)] = []
        for (sceneIndex, node) in zip(first..., nodes) {
            var idNode: JSONDocument.Index?, optionsNode: JSONDocument.Index?, timeoutNode: JSONDocument.Index?
            if document.kind(node) == .object {
                Self.indexedSceneKeys.forEachMember(of: node, in: document) { name, value in
                    switch name {
                    case 0: idNode = value
                    case 1: optionsNode = value
                    default: timeoutNode = value
                    }
                }
            }
            let id = idNode.map { document.string($0) } ?? ""
            if let idNode, !id.isEmpty, Identifiers.isValidID(id) {
                register(sceneID: id, index: sceneIndex, at: idNode)
            }
            symbols.sceneIDList.append(id)
            let optionCount = optionsNode.map { document.count($0) } ?? 0
            var options = SceneOptionTable(capacity: optionCount)
            if let optionsNode, document.kind(optionsNode) == .array {
                for (position, option) in document.elements(optionsNode).enumerated() {
                    guard document.kind(option) == .object else { continue }
                    var optionIDNode: JSONDocument.Index?, actionsNode: JSONDocument.Index?
                    Self.indexedOptionKeys.forEachMember(of: option, in: document) { name, value in
                        if name == 0 { optionIDNode = value } else { actionsNode = value }
                    }
                    internActions(actionsNode)
                    guard let optionIDNode else { continue }
                    let optionID = document.string(optionIDNode)
                    if options[optionID] != nil {
                        sink.error("E205", "duplicate option id '\(sanitizedForMessage(optionID))' in scene '\(sanitizedForMessage(id))'", at: optionIDNode)
                        continue
                    }
                    options.add(optionID, index: symbols.optionOwners.count)
                    symbols.optionOwners.append((sceneIndex, position))
                }
            }
            if let timeoutNode, document.kind(timeoutNode) == .object { internActions(document.member(timeoutNode, "actions")) }
            if timeoutNode != nil, options["timeout"] == nil {
                timedScenes.append((sceneIndex, optionCount))
            }
            symbols.optionsByScene.append(options)
        }
        return timedScenes
    }

    /// The members of a scene and of an option that indexing reads.
    private static let indexedSceneKeys = KnownKeys(["id", "options", "onTimeout"])
    private static let indexedOptionKeys = KnownKeys(["id", "actions"])

    /// Registers a scene's id, or reports it taken.
    private mutating func register(sceneID id: String, index: Int, at idNode: @autoclosure () -> JSONDocument.Index) {
        if !symbols.destinations.insertIfAbsent(id, .scene(index)) { reportDuplicate(sceneID: id, at: idNode()) }
    }

    private mutating func reportDuplicate(sceneID id: String, at idNode: JSONDocument.Index) {
        sink.error("E205", "duplicate id '\(id)': scenes and endings share one namespace", at: idNode)
    }

    /// Numbers the timeouts of timed scenes, in file order.
    ///
    /// A timeout is taken "as if it were an option with id timeout" (FORMATS.md section 2), so chose() can name it;
    /// its index comes after every option's, which keeps the options' indices dense for the source map.
    private mutating func registerTimeouts(_ timedScenes: [(scene: Int, position: Int)]) {
        for (scene, position) in timedScenes {
            symbols.optionsByScene[scene].add("timeout", index: symbols.optionOwners.count)
            symbols.optionOwners.append((scene, position))
        }
    }

    /// Interns the action ids of an option's or a timeout's `actions` member, in file order, before the scenes are read.
    ///
    /// Scenes may then be read on several threads against a sealed symbol table (see `readScenes`).
    /// Only valid ids are interned; reading the scene reports the others.
    private func internActions(_ actions: JSONDocument.Index?) {
        guard let actions, document.kind(actions) == .array else { return }
        for action in document.elements(actions) where document.kind(action) == .string {
            document.withUTF8(action) { id in
                _ = symbols.validActionIndex(ofUTF8: id)
            }
        }
    }

    /// Scenarios with at least this many scenes have them read (and linted) on two threads. Measured: at 300 scenes
    /// two threads are slower than one, at 1,000 a little faster, at 3,000 by an eighth.
    static let parallelSceneCount = 1_000

    /// The threads worth using for this many scenes on this machine: 2 or 1.
    static func threads(forScenes count: Int) -> Int {
        count >= parallelSceneCount && Parallel.coreCount > 1 ? 2 : 1
    }

    /// Reads every scene, in file order, leaving out broken ones (which are reported).
    ///
    /// A large scenario's scenes are read on two threads, with the same result as reading them one
    /// after another: each thread reads a sealed copy of the symbol table. Should a condition name an
    /// action id that no option performs, which one thread would intern as it meets it, the ids the two
    /// threads missed are interned in the order one thread meets them (the first half's, then the
    /// second's), and the scenes are read again on two threads.
    private mutating func readScenes(_ nodes: [JSONDocument.Index]) -> [Scene] {
        let threads = sceneThreads ?? Self.threads(forScenes: nodes.count)
        if threads > 1, nodes.count > 1 {
            switch readScenesInParallel(nodes) {
            case .read(let scenes):
                return scenes
            case .missed(let actions):
                for id in actions { _ = symbols.actionIndex(of: id) }
                if case .read(let scenes) = readScenesInParallel(nodes) { return scenes }
            }
        }
        return nodes.indices.compactMap { readScene(nodes[$0], index: $0) }
    }

    /// What reading the scenes on two threads gave: the scenes, or the action ids missed (see `SymbolTable.missedActions`).
    private enum ParallelRead {
        case read([Scene])
        case missed([String])
    }

    /// Where to cut scene nodes (at least two) into two halves of about equal size on the tape: the index of the later half's first.
    private static func split(_ nodes: [JSONDocument.Index]) -> Int {
        let middle = nodes[0] + (nodes[nodes.count - 1] - nodes[0]) / 2
        return max(1, nodes.firstIndex { $0 >= middle } ?? nodes.count / 2)
    }

    /// Reads the scenes in two halves of about equal size on the tape, one per thread; the action ids the
    /// halves missed, in order, when the scenes must be read again once those are interned.
    ///
    /// Each thread puts its scenes straight into the result, the first half's from its start and the
    /// second's from the split on; the second's are then moved down to follow the first's. Appending one
    /// array of scenes to another would instead copy each, counting a reference to every string and array it holds.
    private mutating func readScenesInParallel(_ nodes: [JSONDocument.Index]) -> ParallelRead {
        let split = Self.split(nodes)
        let halves = [0..<split, split..<nodes.count]
        let template = self
        var readers: [ScenarioLoader] = []
        var missedActions: [String] = []
        let scenes = [Scene](unsafeUninitializedCapacity: nodes.count) { buffer, initialized in
            nonisolated(unsafe) let slots = buffer.baseAddress!
            let batches = Parallel.map(parts: halves.count) { part in
                var reader = template
                reader.symbols = template.symbols.sealedCopy()
                reader.sink = DiagnosticSink(file: template.sink.file, document: reader.document)
                reader.sourceMap = ScenarioSourceMap()
                // Room for this half's share of the options, so that the map rarely grows (each time copying all it
                // holds); the first half's lists have room for all, since they become the map's (see below).
                let options = template.symbols.optionOwners.count
                reader.sourceMap.scenes.reserveCapacity(part == 0 ? nodes.count : halves[part].count)
                reader.sourceMap.options.reserveCapacity(part == 0 ? options : options * halves[part].count / nodes.count + 64)
                reader.actionSites = []
                reader.compiledConditions.reserveCapacity(halves[part].count)
                var written = 0
                for index in halves[part] {
                    if let scene = reader.readScene(nodes[index], index: index) {
                        (slots + halves[part].lowerBound + written).initialize(to: scene)
                        written += 1
                    }
                }
                return (written: written, reader: reader)
            }
            readers = batches.map(\.reader)
            missedActions = readers.flatMap(\.symbols.missedActions)
            guard missedActions.isEmpty else {
                for (half, batch) in zip(halves, batches) { (slots + half.lowerBound).deinitialize(count: batch.written) }
                return
            }
            (slots + batches[0].written).moveInitialize(from: slots + split, count: batches[1].written)
            initialized = batches[0].written + batches[1].written
        }
        guard missedActions.isEmpty else { return .missed(missedActions) }
        for part in readers.indices {
            sink.append(contentsOf: readers[part].sink)
            if part == 0, sourceMap.scenes.isEmpty, sourceMap.options.isEmpty {
                // Taken over rather than copied: the later half's are added after them, in the room left.
                swap(&sourceMap.scenes, &readers[part].sourceMap.scenes)
                swap(&sourceMap.options, &readers[part].sourceMap.options)
            } else {
                sourceMap.scenes.append(contentsOf: readers[part].sourceMap.scenes)
                sourceMap.options.append(contentsOf: readers[part].sourceMap.options)
            }
            for (action, node) in readers[part].actionSites.enumerated() {
                if let node { noteActionSite(action, at: node) }
            }
        }
        // Each half's symbol table, conditions compiled and source map lists are freed piece by piece otherwise.
        LeftForExit.shared.keep(readers)
        return .read(scenes)
    }

    private static let sceneKeys = KnownKeys(["id", "title", "phase", "narrative", "injects", "prompt", "options", "timeLimit", "onTimeout"])
    private static let timeoutKeys = KnownKeys(["actions", "effects", "takes", "feedback", "next"])
    private static let optionKeys = KnownKeys(["id", "label", "role", "when", "actions", "effects", "takes", "feedback", "next"])
    private static let routeKeys = KnownKeys(["to", "when"])
    private static let effectKeys = KnownKeys(["set", "to", "add", "by", "roll", "sides"])
    private static let sceneInjectKeys = KnownKeys(["from", "channel", "text", "when"])
    private static let timedInjectKeys = KnownKeys(["id", "at", "when", "from", "channel", "text", "effects"])
    private static let endingKeys = KnownKeys(["id", "title", "narrative", "outcome"])

    private mutating func readScene(_ node: JSONDocument.Index, index: Int) -> Scene? {
        let reader = ObjectReader(document, node, known: Self.sceneKeys, what: "a scene", sink: &sink)
        guard reader.isObject else { return nil }
        let id = reader.id("id", in: "a scene", sink: &sink)
        var what: String { "scene '\(id ?? "?")'" }
        let title = prose(reader, "title", required: true, in: what)
        let phase = readPhase(reader, required: true, in: what)
        let narrative = prose(reader, "narrative", required: true, in: what)
        let prompt = prose(reader, "prompt", required: true, in: what)
        let injects = arrayMember(reader, "injects", required: false, nonEmpty: false).compactMapReserved { readSceneInject($0) }
        let optionNodes = arrayMember(reader, "options", required: true, nonEmpty: true, what: what)
        var position = 0
        let options = optionNodes.compactMapReserved { optionNode in
            defer { position += 1 }
            return readOption(optionNode, scene: index, position: position)
        }
        var timeLimit: Int?
        if let limitNode = reader["timeLimit"] {
            timeLimit = readDuration(limitNode, name: "'timeLimit'", realTime: true)
            if timeLimit == 0 {
                sink.error("E208", "'timeLimit' must be longer than zero", at: limitNode)
            }
        }
        var onTimeout: Consequence?
        if let timeoutNode = reader["onTimeout"] {
            let timeoutReader = ObjectReader(document, timeoutNode, known: Self.timeoutKeys, what: "'onTimeout'", sink: &sink)
            if timeoutReader.isObject {
                onTimeout = readConsequence(timeoutReader, what: "'onTimeout' of \(what)")
            }
            if reader["timeLimit"] == nil {
                sink.warning("W206", "\(what) has 'onTimeout' but no 'timeLimit', so the timeout is never taken", at: timeoutNode)
            }
        } else if let limitNode = reader["timeLimit"] {
            sink.error("E302", "\(what) has a 'timeLimit' but no 'onTimeout'; say what happens when time runs out", at: limitNode)
        }
        guard let id, let title, let phase, let narrative, let prompt, let optionsNode = reader["options"],
              optionNodes.count > 0, options.count == optionNodes.count else { return nil }
        sourceMap.scenes.append(.init(id: reader["id"]!, options: optionsNode, onTimeout: reader["onTimeout"]))
        return Scene(id: id, title: title, phase: phase, narrative: narrative, injects: injects, prompt: prompt,
                     options: options, timeLimitSeconds: timeLimit, onTimeout: onTimeout,
                     timeoutIndex: onTimeout == nil ? nil : symbols.optionsByScene[index]["timeout"])
    }

    private mutating func readOption(_ node: JSONDocument.Index, scene: Int, position: Int) -> SceneOption? {
        let reader = ObjectReader(document, node, known: Self.optionKeys, what: "an option", sink: &sink)
        guard reader.isObject else { return nil }
        let id = reader.id("id", in: "an option", sink: &sink)
        if id == "timeout", let idNode = reader["id"] {
            sink.error("E307", "the option id 'timeout' is reserved for a scene's onTimeout", at: idNode)
        }
        var what: String { "option '\(id ?? "?")'" }
        let label = prose(reader, "label", required: true, in: what)
        var role: Int?
        if let roleNode = reader.stringNode("role", required: false, in: what, sink: &sink) {
            role = document.withUTF8(roleNode) { symbols.roleIndices[utf8: $0] }
            if role == nil {
                let roleID = document.string(roleNode)
                sink.error("E301", "\(what) names the unknown role '\(sanitizedForMessage(roleID))'", at: roleNode,
                           hint: Suggestion.closest(to: roleID, in: symbols.roleIndices.keys).map { "did you mean '\($0)'?" })
            }
        }
        let condition = reader["when"].flatMap { compileCondition($0) }
        let consequence = readConsequence(reader, what: what)
        guard let id, let label, let consequence else { return nil }
        let global = document.withUTF8(reader["id"]!) { symbols.optionsByScene[scene][utf8: $0] } ?? -1
        let labelNode = reader["label"]!
        let labelPrefix = document.withUTF8(labelNode) { LabelText.prefix($0) }
        sourceMap.options.append(.init(id: reader["id"]!, label: labelNode, labelPrefix: labelPrefix, when: reader["when"], next: reader["next"]!))
        return SceneOption(id: id, label: label, role: role, condition: condition, consequence: consequence, globalIndex: global)
    }

    /// Reads the fields an option shares with `onTimeout`: actions, effects, takes, feedback, next.
    private mutating func readConsequence(_ reader: borrowing ObjectReader, what: @autoclosure () -> String) -> Consequence? {
        let actions = arrayMember(reader, "actions", required: false, nonEmpty: false).compactMapReserved { readActionID($0) }
        let effects = arrayMember(reader, "effects", required: false, nonEmpty: false).compactMapReserved { readEffect($0) }
        var takes = 0
        if let node = reader["takes"] { takes = readDuration(node, name: "'takes'", realTime: false) ?? 0 }
        let feedback = prose(reader, "feedback", required: false, in: what())
        guard let nextNode = reader.required("next", in: what(), sink: &sink), let next = readNext(nextNode) else { return nil }
        return Consequence(actions: actions, effects: effects, takes: takes, feedback: feedback, next: next)
    }

    private mutating func readNext(_ node: JSONDocument.Index) -> Next? {
        switch document.kind(node) {
        case .string:
            return resolve(node, what: "'next'").map { .destination($0) }
        case .array:
            let routes = document.elements(node)
            guard routes.count > 0 else {
                sink.error("E303", "'next' has no routes; give a scene or ending id, or at least one route", at: node)
                return nil
            }
            var position = 0
            let result = routes.compactMapReserved { routeNode -> Route? in
                defer { position += 1 }
                let reader = ObjectReader(document, routeNode, known: Self.routeKeys, what: "a route", sink: &sink)
                guard reader.isObject,
                      let toNode = reader.required("to", in: "a route", sink: &sink) else { return nil }
                let destination = resolve(toNode, what: "route 'to'")
                let condition = reader["when"].flatMap { compileCondition($0) }
                if position == routes.count - 1, let whenNode = reader["when"] {
                    sink.error("E303", "the last route must have no 'when', so that some route is always taken", at: whenNode)
                }
                return destination.map { Route(destination: $0, condition: condition) }
            }
            return result.count == routes.count ? .routes(result) : nil
        default:
            sink.error("E202", "'next' must be a scene or ending id, or an array of routes; found \(document.kind(node).phrase)", at: node)
            return nil
        }
    }

    /// Resolves a string naming a scene or ending.
    private mutating func resolve(_ node: JSONDocument.Index, what: String) -> Destination? {
        guard document.kind(node) == .string else {
            sink.error("E202", "\(what) must be a scene or ending id, found \(document.kind(node).phrase)", at: node)
            return nil
        }
        if let destination = document.withUTF8(node, { symbols.destinations[utf8: $0] }) { return destination }
        let id = document.string(node)
        sink.error("E301", "\(what) names '\(sanitizedForMessage(id))', which is neither a scene nor an ending", at: node,
                   hint: Suggestion.closest(to: id, in: symbols.destinations.keys).map { "did you mean '\($0)'?" })
        return nil
    }

    /// The three effect forms: the verb naming the variable and its partner key.
    private static let effectForms: [(verb: StaticString, partner: StaticString)] = [("set", "to"), ("add", "by"), ("roll", "sides")]

    private mutating func readEffect(_ node: JSONDocument.Index) -> Effect? {
        let reader = ObjectReader(document, node, known: Self.effectKeys, what: "an effect", sink: &sink)
        guard reader.isObject else { return nil }
        // The verbs are looked up by their literals, each found at once (see `KnownKeys.slot(of:)`).
        let verbNodes = (reader["set"], reader["add"], reader["roll"])
        let form: Int
        switch (verbNodes.0 != nil, verbNodes.1 != nil, verbNodes.2 != nil) {
        case (true, false, false): form = 0
        case (false, true, false): form = 1
        case (false, false, true): form = 2
        case let present:
            let names = zip([present.0, present.1, present.2], Self.effectForms).filter(\.0).map { $0.1.verb.description }
            sink.error("E202", names.isEmpty ? "an effect needs one of 'set', 'add' or 'roll'" : "an effect has exactly one of 'set', 'add' or 'roll'; found \(names.joined(separator: ", "))", at: node)
            return nil
        }
        let forms = Self.effectForms
        let (verb, partner) = forms[form]
        for other in forms.indices where other != form {
            if let stray = reader[forms[other].partner] {
                sink.error("E202", "'\(forms[other].partner)' belongs with '\(forms[other].verb)', not '\(verb)'", at: stray)
            }
        }
        guard let variableNode = reader[verb], let partnerNode = reader.required(partner, in: "a '\(verb)' effect", sink: &sink),
              let slot = lookUpVariable(variableNode) else { return nil }
        if form == 0 {
            let variable = symbols.variables[slot]
            return readValue(partnerNode, for: variable, what: "the value set to '\(variable.name)'").map { .set(slot: slot, value: $0) }
        }
        // 'add' and 'roll' read no more of the variable than its type, unless it is the wrong one.
        guard case .int = symbols.variables[slot].type else {
            let variable = symbols.variables[slot]
            sink.error("E304", "'\(verb)' needs an int variable; '\(variable.name)' is \(variable.typeName)", at: variableNode)
            return nil
        }
        if form == 1 {
            return readInteger(document, partnerNode, name: "'by'", range: Int.min...Int.max, sink: &sink).map { .add(slot: slot, amount: $0) }
        }
        return readInteger(document, partnerNode, name: "'sides'", range: 2...1_000_000, sink: &sink).map { .roll(slot: slot, sides: $0) }
    }

    private mutating func lookUpVariable(_ node: JSONDocument.Index) -> Int? {
        guard document.kind(node) == .string else {
            sink.error("E202", "an effect must name a variable, found \(document.kind(node).phrase)", at: node)
            return nil
        }
        guard let slot = document.withUTF8(node, { symbols.variableSlots[utf8: $0] }) else {
            let name = document.string(node)
            sink.error("E301", "unknown variable '\(sanitizedForMessage(name))'", at: node,
                       hint: Suggestion.closest(to: name, in: symbols.variableNames).map { "did you mean '\($0)'?" })
            return nil
        }
        return slot
    }

    private mutating func readSceneInject(_ node: JSONDocument.Index) -> SceneInject? {
        let reader = ObjectReader(document, node, known: Self.sceneInjectKeys, what: "a scene inject", sink: &sink)
        guard reader.isObject else { return nil }
        let from = prose(reader, "from", required: true, in: "a scene inject")
        let channel = readChannel(reader, in: "a scene inject")
        let text = prose(reader, "text", required: true, in: "a scene inject")
        let condition = reader["when"].flatMap { compileCondition($0) }
        guard let from, let channel, let text else { return nil }
        return SceneInject(from: from, channel: channel, text: text, condition: condition)
    }

    private mutating func readTimedInjects(_ top: borrowing ObjectReader) -> [TimedInject] {
        var seen: Set<String> = []
        var injects: [TimedInject] = []
        for node in arrayMember(top, "injects", required: false, nonEmpty: false) {
            let reader = ObjectReader(document, node, known: Self.timedInjectKeys, what: "a timed inject", sink: &sink)
            guard reader.isObject else { continue }
            let id = reader.id("id", in: "a timed inject", sink: &sink)
            if let id, !seen.insert(id).inserted { sink.error("E205", "duplicate inject id '\(id)'", at: reader["id"]!) }
            var what: String { "inject '\(id ?? "?")'" }
            let at = reader.required("at", in: what, sink: &sink).flatMap { readDuration($0, name: "'at'", realTime: false) }
            let condition = reader["when"].flatMap { compileCondition($0) }
            let from = prose(reader, "from", required: true, in: what)
            let channel = readChannel(reader, in: what)
            let text = prose(reader, "text", required: true, in: what)
            let effects = arrayMember(reader, "effects", required: false, nonEmpty: false).compactMapReserved { readEffect($0) }
            if let id, let at, let from, let channel, let text {
                injects.append(TimedInject(id: id, at: at, condition: condition, from: from, channel: channel, text: text, effects: effects))
                sourceMap.injectTimes.append(reader["at"]!)
            }
        }
        return injects
    }

    private mutating func readEndings(_ nodes: JSONDocument.ChildSequence) -> [Ending] {
        var endings: [Ending] = []
        for node in nodes {
            let reader = ObjectReader(document, node, known: Self.endingKeys, what: "an ending", sink: &sink)
            guard reader.isObject else { continue }
            let id = reader.id("id", in: "an ending", sink: &sink)
            var what: String { "ending '\(id ?? "?")'" }
            let title = prose(reader, "title", required: true, in: what)
            let narrative = prose(reader, "narrative", required: true, in: what)
            var outcome: Outcome?
            if let node = reader.required("outcome", in: what, sink: &sink) {
                outcome = readEnumValue(RawValueTables.outcomes, document, node, name: "'outcome'", sink: &sink)
            }
            guard let id else { continue }
            if symbols.destinations[id] != nil {
                sink.error("E205", "duplicate id '\(id)': scenes and endings share one namespace", at: reader["id"]!)
                continue
            }
            // Registered even when the rest of the ending is broken, so that references to it are not reported as well.
            symbols.destinations[id] = .ending(endings.count)
            guard let title, let narrative, let outcome else { continue }
            endings.append(Ending(id: id, title: title, narrative: narrative, outcome: outcome))
            sourceMap.endings.append(reader["id"]!)
        }
        return endings
    }

    // MARK: - Pieces

    private mutating func readPhase(_ reader: borrowing ObjectReader, required: Bool, in what: @autoclosure () -> String) -> Phase? {
        guard let node = required ? reader.required("phase", in: what(), sink: &sink) : reader["phase"] else { return nil }
        return readEnumValue(RawValueTables.phases, document, node, name: "'phase'", sink: &sink)
    }

    /// A prose member (a title, narrative, prompt, option label, feedback, inject sender or text), checked like any
    /// string; its text is kept only when the loader keeps prose, and is empty otherwise.
    private mutating func prose(_ reader: borrowing ObjectReader, _ key: StaticString, required: Bool, in what: @autoclosure () -> String) -> String? {
        reader.stringNode(key, required: required, in: what(), sink: &sink).map { keepsProse ? document.string($0) : "" }
    }

    private mutating func readChannel(_ reader: borrowing ObjectReader, in what: @autoclosure () -> String) -> Channel? {
        guard let node = reader.required("channel", in: what(), sink: &sink) else { return nil }
        return readEnumValue(RawValueTables.channels, document, node, name: "'channel'", sink: &sink)
    }


    private mutating func readDuration(_ node: JSONDocument.Index, name: String, realTime: Bool) -> Int? {
        readDurationValue(document, node, name: name, realTime: realTime, sink: &sink)
    }

    private mutating func readActionID(_ node: JSONDocument.Index) -> Int? {
        guard document.kind(node) == .string else {
            sink.error("E202", "an action must be an action id string, found \(document.kind(node).phrase)", at: node)
            return nil
        }
        let interned = document.withUTF8(node) { symbols.validActionIndex(ofUTF8: $0) }
        guard let index = interned else {
            sink.error("E204", "'\(sanitizedForMessage(document.string(node)))' is not a valid action id: use \(Identifiers.actionIDRule)", at: node)
            return nil
        }
        noteActionSite(index, at: node)
        return index
    }

    /// Notes where an action id is named, unless it was named earlier.
    private mutating func noteActionSite(_ action: Int, at node: JSONDocument.Index) {
        if action >= actionSites.count { actionSites += repeatElement(nil, count: action + 1 - actionSites.count) }
        if actionSites[action] == nil { actionSites[action] = node }
    }

    private mutating func warnUnknownActions() {
        // By place, then by id: two actions first named in one condition share a node.
        let named = actionSites.indices.compactMap { index in actionSites[index].map { (index: index, node: $0) } }
        for (index, node) in named.sorted(by: { ($0.node, symbols.actionIDs[$0.index]) < ($1.node, symbols.actionIDs[$1.index]) }) {
            let id = symbols.actionIDs[index]
            if !catalogue.contains(id) {
                sink.warning("W202", "unknown action '\(id)': not in the built-in catalogue nor in the scenario's 'actions'", at: node,
                             hint: catalogue.suggestion(for: id).map { "did you mean '\($0)'?" })
            }
        }
    }

    /// Parses and type-checks a `when` string, reporting errors at their position inside the string.
    private mutating func compileCondition(_ node: JSONDocument.Index) -> Condition? {
        guard document.kind(node) == .string else {
            sink.error("E202", "'when' must be a condition string, found \(document.kind(node).phrase)", at: node)
            return nil
        }
        // A copy of the (borrowed) document lends the bytes, so that compiling may change the loader meanwhile.
        let document = self.document
        return document.withUTF8(node) { bytes in
            if let known = compiledConditions[utf8: bytes] { return known }
            guard let condition = compile(String(decoding: bytes, as: UTF8.self), at: node) else { return nil }
            _ = compiledConditions.insertIfAbsent(utf8: bytes, condition)
            return condition
        }
    }

    /// Compiles a condition met for the first time, the string at `node`; reports its error.
    private mutating func compile(_ source: String, at node: JSONDocument.Index) -> Condition? {
        switch Condition.compile(source, symbols: symbols) {
        case .success(let condition):
            for action in condition.actionReferences { noteActionSite(action, at: node) }
            return condition
        case .failure(let error):
            let offset = document.fileOffset(ofDecodedOffset: error.offset, inString: node)
            sink.report(.error, error.code, "in condition: \(error.message)", offset: offset, pointer: sink.pointer(node), hint: error.hint)
            return nil
        }
    }

    /// The elements of an array member; reports a non-array, a missing required member, or an empty one.
    private mutating func arrayMember(_ reader: borrowing ObjectReader, _ key: StaticString, required: Bool, nonEmpty: Bool, what: @autoclosure () -> String = "the scenario") -> JSONDocument.ChildSequence {
        readArrayMember(reader, key, required: required, nonEmpty: nonEmpty, what: what(), sink: &sink)
    }
}

/// Reads an array member, reporting a missing required one (E201), a non-array (E202) or an empty one where one entry is needed (E209).
func readArrayMember(_ reader: borrowing ObjectReader, _ key: StaticString, required: Bool, nonEmpty: Bool, what: @autoclosure () -> String, sink: inout DiagnosticSink) -> JSONDocument.ChildSequence {
    let document = reader.document
    guard let node = required ? reader.required(key, in: what(), sink: &sink) : reader[key] else { return .empty }
    guard document.kind(node) == .array else {
        sink.error("E202", "'\(key)' must be an array, found \(document.kind(node).phrase)", at: node)
        return .empty
    }
    if nonEmpty, document.count(node) == 0 {
        sink.error("E209", "'\(key)' needs at least one entry", at: node)
    }
    return document.elements(node)
}

/// Reads a string that must be the raw value of one of `T`'s cases (listed in `table`), with a did-you-mean hint.
func readEnumValue<T: RawRepresentable & CaseIterable>(_ table: RawValueTable<T>, _ document: JSONDocument, _ node: JSONDocument.Index, name: String, sink: inout DiagnosticSink) -> T? where T.RawValue == String {
    // The same bytes as a case's raw value, matched without making a String (the common case).
    if document.kind(node) == .string, let match = document.withUTF8(node, { table.value(utf8: $0) }) {
        return match
    }
    let value = document.kind(node) == .string ? document.string(node) : ""
    if let result = T(rawValue: value) { return result }
    let cases = T.allCases.map(\.rawValue)
    sink.error("E206", "\(name) must be one of \(cases.joined(separator: ", ")); found \(document.kind(node) == .string ? "'\(sanitizedForMessage(value))'" : document.kind(node).phrase)", at: node,
               hint: Suggestion.closest(to: value, in: cases).map { "did you mean '\($0)'?" })
    return nil
}

/// Reads a duration string: minutes for scenario time, seconds for real-time limits.
func readDurationValue(_ document: JSONDocument, _ node: JSONDocument.Index, name: String, realTime: Bool, sink: inout DiagnosticSink) -> Int? {
    guard document.kind(node) == .string else {
        sink.error("E207", "\(name) must be a duration string such as \"90m\" or \"1h30m\", found \(document.kind(node).phrase)", at: node)
        return nil
    }
    let reading = document.withUTF8(node) { realTime ? DurationText.seconds(utf8: $0) : DurationText.minutes(utf8: $0) }
    switch reading {
    case .success(let value): return value
    case .failure(.malformed(let reason)):
        sink.error("E207", "\(name) is not a valid duration: \(reason)", at: node)
    case .failure(.tooLarge):
        sink.error("E208", "\(name) is too long: the limit is 100 years", at: node)
    }
    return nil
}

/// Lists strings as `'a', 'b', 'c'` for messages.
func quotedList(_ values: [String]) -> String {
    values.map { "'\(sanitizedForMessage($0))'" }.joined(separator: ", ")
}
