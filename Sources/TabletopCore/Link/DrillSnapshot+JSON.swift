extension DrillSnapshot {
    /// The members of a `snapshot` message after its `type`.
    var members: [(String, JSONOutput)] {
        let drill = self.drill
        return [
            ("title", .string(drill.scenarioTitle)), ("clock", .int(drill.clock)), ("round", .int(drill.round)),
            ("roles", .array(drill.roles.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) })),
            ("scene", drill.scene.map { scene in
                .object([("id", .string(scene.id)), ("title", .string(scene.title)), ("phase", .string(scene.phase)),
                         ("narrative", .string(scene.narrative)), ("prompt", .string(scene.prompt))])
            } ?? .null),
            ("options", .array(drill.options.map { .object([("id", .string($0.id)), ("label", .string($0.label)), ("role", .string($0.role))]) })),
            ("countdown", drill.countdown.map { countdown in
                .object([("secondsLeft", .int(countdown.secondsLeft)), ("limitSeconds", .int(countdown.limitSeconds)), ("paused", .bool(countdown.paused))])
            } ?? .null),
            ("timeline", .array(drill.timeline.map { entry in
                .object([("clock", .int(entry.clock)), ("kind", .string(entry.kind.rawValue)), ("heading", .string(entry.heading)), ("text", .string(entry.text))])
            })),
            ("variables", .array(drill.variables.map { .object([("label", .string($0.label)), ("value", .string($0.value))]) })),
            ("lastDecision", drill.lastDecision.map { decision in
                .object([("round", .int(decision.round)), ("scene", .string(decision.scene)), ("option", .string(decision.option)),
                         ("label", .string(decision.label)), ("rationale", .string(decision.rationale))])
            } ?? .null),
            ("ending", drill.ending.map { ending in
                .object([("id", .string(ending.id)), ("title", .string(ending.title)), ("outcome", .string(ending.outcome)), ("narrative", .string(ending.narrative))])
            } ?? .null),
            ("votes", .array(tally.ballots.map { ballot in
                .object([("role", .string(ballot.voter.role)), ("name", .string(ballot.voter.name)), ("option", .string(ballot.option)), ("argument", .string(ballot.argument))])
            })),
            ("roster", .array(roster.map { .object([("role", .string($0.role)), ("name", .string($0.name))]) })),
        ]
    }

    /// The `snapshot` payload within `LinkProtocol.maximumHostPayload`: the timeline keeps its latest
    /// `LinkProtocol.maximumTimelineEntries` entries, then loses its oldest ones, then long texts are cut, until it fits.
    func boundedPayload() -> [UInt8] {
        var snapshot = self
        if snapshot.drill.timeline.count > LinkProtocol.maximumTimelineEntries {
            snapshot.drill.timeline.removeFirst(snapshot.drill.timeline.count - LinkProtocol.maximumTimelineEntries)
        }
        var payload = Array(HostMessage.snapshot(snapshot).json.rendered().utf8)
        while payload.count > LinkProtocol.maximumHostPayload {
            if !snapshot.drill.timeline.isEmpty {
                snapshot.drill.timeline.removeFirst((snapshot.drill.timeline.count + 1) / 2)
            } else if !snapshot.cutLongTexts() {
                snapshot.tally = VoteTally()
            }
            payload = Array(HostMessage.snapshot(snapshot).json.rendered().utf8)
        }
        return payload
    }

    /// Cuts the scene, option and ending texts to a fraction of the payload bound; whether anything was cut.
    private mutating func cutLongTexts() -> Bool {
        let limit = LinkProtocol.maximumHostPayload / 16
        func cut(_ text: inout String) -> Bool {
            guard text.utf8.count > limit else { return false }
            text = String(decoding: Array(text.utf8.prefix(limit)), as: UTF8.self) + "..."
            return true
        }
        var changed = false
        if var scene = drill.scene {
            changed = cut(&scene.narrative) || changed
            changed = cut(&scene.prompt) || changed
            changed = cut(&scene.title) || changed
            drill.scene = scene
        }
        if var ending = drill.ending {
            changed = cut(&ending.narrative) || changed
            drill.ending = ending
        }
        changed = cut(&drill.scenarioTitle) || changed
        for index in drill.options.indices { changed = cut(&drill.options[index].label) || changed }
        if drill.variables.count > 64 { drill.variables.removeLast(drill.variables.count - 64); changed = true }
        if drill.options.count > 64 { drill.options.removeLast(drill.options.count - 64); changed = true }
        return changed
    }

    /// Reads the members of a `snapshot` message.
    init(reader: LinkPayloadReader, object root: JSONDocument.Index) throws(LinkMessageError) {
        let scene: LinkScene? = try reader.optional(root, "scene").map { (node) throws(LinkMessageError) in
            LinkScene(id: try reader.string(node, "id"), title: try reader.string(node, "title"), phase: try reader.string(node, "phase"),
                      narrative: try reader.string(node, "narrative"), prompt: try reader.string(node, "prompt"))
        }
        let countdown: LinkCountdown? = try reader.optional(root, "countdown").map { (node) throws(LinkMessageError) in
            LinkCountdown(secondsLeft: try reader.int(node, "secondsLeft"), limitSeconds: try reader.int(node, "limitSeconds"),
                          paused: try reader.bool(node, "paused"))
        }
        let lastDecision: LinkDecision? = try reader.optional(root, "lastDecision").map { (node) throws(LinkMessageError) in
            LinkDecision(round: try reader.int(node, "round"), scene: try reader.string(node, "scene"), option: try reader.string(node, "option"),
                         label: try reader.string(node, "label"), rationale: try reader.optionalString(node, "rationale"))
        }
        let ending: LinkEnding? = try reader.optional(root, "ending").map { (node) throws(LinkMessageError) in
            LinkEnding(id: try reader.string(node, "id"), title: try reader.string(node, "title"), outcome: try reader.string(node, "outcome"),
                       narrative: try reader.string(node, "narrative"))
        }
        let drill = SharedDrillState(
            scenarioTitle: try reader.string(root, "title"), clock: try reader.int(root, "clock"), round: try reader.int(root, "round"),
            roles: try reader.array(root, "roles") { (node) throws(LinkMessageError) in LinkRole(id: try reader.string(node, "id"), name: try reader.string(node, "name")) },
            scene: scene,
            options: try reader.array(root, "options") { (node) throws(LinkMessageError) in
                LinkOption(id: try reader.string(node, "id"), label: try reader.string(node, "label"), role: try reader.optionalString(node, "role"))
            },
            countdown: countdown,
            timeline: try reader.array(root, "timeline") { (node) throws(LinkMessageError) in
                let kindText = try reader.string(node, "kind")
                guard let kind = LinkTimelineEntry.Kind(rawValue: kindText) else { throw LinkMessageError("unknown timeline kind '\(SafeText.singleLine(kindText))'") }
                return LinkTimelineEntry(clock: try reader.int(node, "clock"), kind: kind, heading: try reader.string(node, "heading"), text: try reader.string(node, "text"))
            },
            variables: try reader.array(root, "variables") { (node) throws(LinkMessageError) in
                LinkVariable(label: try reader.string(node, "label"), value: try reader.string(node, "value"))
            },
            lastDecision: lastDecision, ending: ending)
        let ballots = try reader.array(root, "votes") { (node) throws(LinkMessageError) in
            VoteTally.Ballot(voter: try reader.participant(node), option: try reader.string(node, "option"), argument: try reader.optionalString(node, "argument"))
        }
        self.init(drill: drill, tally: VoteTally(ballots: ballots), roster: try reader.array(root, "roster") { (node) throws(LinkMessageError) in try reader.participant(node) })
    }
}
