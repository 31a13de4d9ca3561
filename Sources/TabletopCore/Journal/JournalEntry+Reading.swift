/// Why a journal line is not a valid entry, with the byte offset in the line of the offending value.
public struct JournalLineError: Error, Sendable, Equatable {
    public var message: String
    /// Byte offset within the line (0-based).
    public var offset: Int
    /// Whether the line is not JSON at all (as opposed to JSON that is not a valid entry).
    public var isSyntaxError: Bool

    public init(message: String, offset: Int, isSyntaxError: Bool = false) {
        self.message = message
        self.offset = offset
        self.isSyntaxError = isSyntaxError
    }
}

extension JournalEntry {
    /// Reads one journal line (its bytes without the newline), checking every field FORMATS.md section 5 requires.
    ///
    /// Keys the format does not know are ignored, so that optional additions stay readable.
    public init(line: [UInt8]) throws(JournalLineError) {
        let document: JSONDocument
        do {
            document = try JSONDocument(bytes: line)
        } catch {
            throw JournalLineError(message: "not valid JSON: \(error.message)", offset: error.offset, isSyntaxError: true)
        }
        let fields = LineFields(document: document)
        let root = document.root
        try fields.requireObject(root, "a journal line")
        seq = try fields.int(root, "seq", min: 0)
        clock = try fields.int(root, "clock", min: 0)
        let atNode = try fields.member(root, "at")
        guard let at = Timestamp(iso8601: try fields.string(node: atNode, "at")) else {
            throw fields.error("'at' must be a UTC time like 2026-11-29T01:35:22.123Z", at: atNode)
        }
        self.at = at
        let prevNode = try fields.member(root, "prev")
        prev = try fields.string(node: prevNode, "prev")
        guard SHA256.isHexDigest(prev) else {
            throw fields.error("'prev' must be 64 lowercase hex digits", at: prevNode)
        }
        let typeNode = try fields.member(root, "type")
        switch try fields.string(node: typeNode, "type") {
        case "started": event = .started(try fields.start(root))
        case "scene": event = .scene(try fields.string(root, "scene"))
        case "inject": event = .inject(try fields.inject(root))
        case "decision": event = .decision(try fields.decision(root))
        case "note": event = .note(try fields.string(root, "text"))
        case "pause": event = .pause
        case "resume": event = .resume
        case "ended": event = .ended(try fields.ending(root))
        case "quit": event = .quit
        case "joined": event = .joined(try fields.participant(root))
        case "left": event = .left(try fields.participant(root), reason: try fields.optionalString(root, "reason"))
        case "vote":
            event = .vote(JournalVote(scene: try fields.string(root, "scene"), option: try fields.optionalString(root, "option"),
                                      participant: try fields.participant(root), argument: try fields.optionalString(root, "argument")))
        case let other:
            throw fields.error("unknown type '\(SafeText.singleLine(other))'; expected started, scene, inject, decision, note, pause, resume, ended, quit, joined, left or vote", at: typeNode)
        }
    }
}

/// Typed access to the members of one journal line, throwing errors located in the line.
private typealias LineFields = JSONFields<JournalLineError>

private extension JSONFields where Failure == JournalLineError {
    init(document: JSONDocument) {
        self.init(document: document) { message, node in JournalLineError(message: message, offset: document.offset(node)) }
    }

    func file(_ object: JSONDocument.Index) throws(JournalLineError) -> FileIdentity {
        let shaNode = try member(object, "sha256")
        let sha = try string(node: shaNode, "sha256")
        guard SHA256.isHexDigest(sha) else { throw error("'sha256' must be 64 lowercase hex digits", at: shaNode) }
        return FileIdentity(path: try string(object, "path"), sha256: sha)
    }

    func start(_ root: JSONDocument.Index) throws(JournalLineError) -> JournalStart {
        let formatNode = try member(root, "format")
        let format = try string(node: formatNode, "format")
        guard format == JournalStart.format else {
            throw error("'format' is '\(SafeText.singleLine(format))'; this program reads \(JournalStart.format)", at: formatNode)
        }
        let scenarioNode = try object(root, "scenario")
        let scenario = RecordedScenario(id: try string(scenarioNode, "id"), title: try string(scenarioNode, "title"), file: try file(scenarioNode))
        var playbook: RecordedPlaybook?
        let playbookNode = try member(root, "playbook")
        if document.kind(playbookNode) != .null {
            try requireObject(playbookNode, "'playbook'")
            playbook = RecordedPlaybook(id: try string(playbookNode, "id"), file: try file(playbookNode))
        }
        let seedNode = try member(root, "seed")
        guard document.kind(seedNode) == .number, let seed = UInt64(document.rawText(seedNode)) else {
            throw error("'seed' must be an unsigned 64-bit integer", at: seedNode)
        }
        var participants: [Participant] = []
        for element in try array(root, "participants") {
            try requireObject(element, "a participant")
            participants.append(try participant(element))
        }
        let tool = try object(root, "tool")
        return JournalStart(scenario: scenario, playbook: playbook, seed: seed, participants: participants,
                            toolName: try string(tool, "name"), toolVersion: try string(tool, "version"))
    }

    func inject(_ root: JSONDocument.Index) throws(JournalLineError) -> JournalInject {
        let sourceNode = try member(root, "source")
        guard let source = JournalInject.Source(rawValue: try string(node: sourceNode, "source")) else {
            throw error("'source' must be 'scene' or 'timed'", at: sourceNode)
        }
        let channelNode = try member(root, "channel")
        guard let channel = Channel(rawValue: try string(node: channelNode, "channel")) else {
            throw error("'channel' must be one of \(Channel.allCases.map(\.rawValue).joined(separator: ", "))", at: channelNode)
        }
        return JournalInject(source: source, id: try optionalString(root, "id"), from: try string(root, "from"), channel: channel, text: try string(root, "text"))
    }

    func decision(_ root: JSONDocument.Index) throws(JournalLineError) -> JournalDecision {
        var actions: [String] = []
        for element in try array(root, "actions") { actions.append(try string(node: element, "actions")) }
        var rolls: [RecordedRoll] = []
        for element in try array(root, "rolls") {
            try requireObject(element, "a roll")
            rolls.append(RecordedRoll(variable: try string(element, "variable"), value: try int(element, "value")))
        }
        return JournalDecision(
            scene: try string(root, "scene"), option: try string(root, "option"), actions: actions,
            role: try optionalString(root, "role"), rationale: try optionalString(root, "rationale"),
            decisionSeconds: try number(root, "decisionSeconds"), rolls: rolls)
    }

    func ending(_ root: JSONDocument.Index) throws(JournalLineError) -> JournalEnding {
        let outcomeNode = try member(root, "outcome")
        guard let outcome = Outcome(rawValue: try string(node: outcomeNode, "outcome")) else {
            throw error("'outcome' must be success, partial or failure", at: outcomeNode)
        }
        let scoreNode = try member(root, "score")
        var score: Double?
        if document.kind(scoreNode) != .null {
            guard let value = document.number(scoreNode) else { throw error("'score' must be a number or null", at: scoreNode) }
            score = value
        }
        let ratingNode = try member(root, "rating")
        var rating: Rating?
        if document.kind(ratingNode) != .null {
            guard let value = Rating(rawValue: try string(node: ratingNode, "rating")) else { throw error("'rating' must be P, S, M, U or null", at: ratingNode) }
            rating = value
        }
        return JournalEnding(ending: try string(root, "ending"), outcome: outcome, score: score, rating: rating)
    }
}
