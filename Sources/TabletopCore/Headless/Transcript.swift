/// The readable text form of a headless run: scenes, injects, decisions, ending and the score table.
///
/// All scenario text passes through `SafeText`, so a hostile file cannot drive the terminal.
public struct Transcript {
    let scenario: Scenario
    let playbook: Playbook?
    let record: HeadlessPlay.Record

    public init(scenario: Scenario, playbook: Playbook?, record: HeadlessPlay.Record) {
        self.scenario = scenario
        self.playbook = playbook
        self.record = record
    }

    /// The whole transcript, ending with a newline.
    public func render() -> String {
        var lines: [String] = []
        lines.append("\(safe(scenario.title)) (\(scenario.id)), seed \(record.seed)")
        if let playbook { lines.append("Playbook: \(safe(playbook.title)) (\(playbook.id))") }
        var clock = 0
        // A scene's prompt is printed after its injects, just before what the team decided.
        var prompt: String?
        func flushPrompt() {
            if let text = prompt { lines.append("> \(safe(text))") }
            prompt = nil
        }
        for event in record.events {
            switch event {
            case .sceneEntered(let index):
                let scene = scenario.scenes[index]
                lines.append("")
                lines.append("== \(ClockText.format(clock))  \(safe(scene.title)) [\(scene.phase.title)]")
                lines.append(contentsOf: block(scene.narrative))
                prompt = scene.prompt
            case .sceneInject(let sceneIndex, let position):
                let inject = scenario.scenes[sceneIndex].injects[position]
                lines.append("  [\(inject.channel.rawValue)] from \(safe(inject.from)):")
                lines.append(contentsOf: block(inject.text, indent: "    "))
            case .timedInject(let index):
                let inject = scenario.injects[index]
                lines.append("  [\(inject.channel.rawValue) at \(ClockText.format(inject.at))] from \(safe(inject.from)):")
                lines.append(contentsOf: block(inject.text, indent: "    "))
            case .decision(let decision):
                flushPrompt()
                lines.append(contentsOf: describe(decision))
                clock = decision.clock + takes(decision)
            case .ended(let index):
                let ending = scenario.endings[index]
                lines.append("")
                lines.append("== \(ClockText.format(clock))  Ending: \(safe(ending.title)) (\(ending.outcome.rawValue))")
                lines.append(contentsOf: block(ending.narrative))
            }
        }
        flushPrompt()
        if record.state.ending == nil {
            lines.append("")
            lines.append("-- stopped after \(record.state.decisions) decision\(record.state.decisions == 1 ? "" : "s"), before an ending, at \(ClockText.format(record.state.clock))")
        }
        lines.append("")
        lines.append(contentsOf: scoreLines())
        lines.append("")
        lines.append("Variables: " + scenario.variables.enumerated().map { "\($0.element.name)=\($0.element.describe(record.state.values[$0.offset]))" }.joined(separator: ", "))
        return lines.joined(separator: "\n") + "\n"
    }

    private func describe(_ decision: Decision) -> [String] {
        let scene = scenario.scenes[decision.scene]
        var lines = [""]
        if let position = decision.option {
            let option = scene.options[position]
            let role = option.role.map { " (\(safe(scenario.roles[$0].name)))" } ?? ""
            lines.append("* Decision \(decision.sequence) at \(ClockText.format(decision.clock)): \(option.id): \(safe(option.label))\(role)")
        } else {
            lines.append("* Decision \(decision.sequence) at \(ClockText.format(decision.clock)): timeout (time ran out)")
        }
        if !decision.actions.isEmpty {
            lines.append("  actions: " + decision.actions.map { scenario.actionIDs[$0] }.joined(separator: ", "))
        }
        if !decision.rolls.isEmpty {
            lines.append("  rolls: " + decision.rolls.map { "\(scenario.variables[$0.slot].name)=\($0.value)" }.joined(separator: ", "))
        }
        let consequence = decision.option.map { scene.options[$0].consequence } ?? scene.onTimeout
        if let feedback = consequence?.feedback { lines.append(contentsOf: block(feedback, indent: "  ")) }
        return lines
    }

    private func takes(_ decision: Decision) -> Int {
        let scene = scenario.scenes[decision.scene]
        return (decision.option.map { scene.options[$0].consequence } ?? scene.onTimeout)?.takes ?? 0
    }

    private func scoreLines() -> [String] {
        guard let playbook, let score = record.score else { return ["No playbook: not scored."] }
        guard let total = score.score, let rating = score.rating else { return ["The playbook has no expectations: not scored."] }
        var lines = ["Score \(JSONOutput.format(total)) / 100, rating \(rating.rawValue) (\(rating.meaning))", ""]
        lines.append(pad("Phase", 15) + pad("Earned", 8) + pad("Possible", 10) + "Rating")
        for phase in score.phases {
            lines.append(pad(phase.phase.title, 15) + pad(JSONOutput.format(phase.earned), 8) + pad(String(phase.possible), 10) + phase.rating.rawValue)
        }
        lines.append("")
        lines.append("Expectations:")
        for (expectation, result) in zip(playbook.expectations, score.expectations) {
            let reasons = result.reasons.isEmpty ? "" : " (\(result.reasons.joined(separator: ", ")))"
            lines.append("  " + pad(result.status.rawValue, 8) + pad(JSONOutput.format(result.credit) + "/" + String(expectation.weight), 7) + safe(expectation.title) + reasons)
        }
        if !playbook.avoid.isEmpty {
            lines.append("Avoid:")
            for (item, result) in zip(playbook.avoid, score.avoid) {
                lines.append("  " + pad(result.taken ? "taken" : "avoided", 8) + pad("-" + String(item.penalty), 7) + safe(item.title))
            }
        }
        return lines
    }

    private func safe(_ text: String) -> String { SafeText.singleLine(text) }

    private func block(_ text: String, indent: String = "") -> [String] {
        SafeText.multiline(text).split(separator: "\n", omittingEmptySubsequences: false).map { indent + $0 }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
