extension ExploreReport {
    /// The readable form: endings and scenes with how often they were reached, dead ends, scores and unmet expectations.
    ///
    /// Each path is printed as the `tabletop play` command that replays it, its file paths quoted for the shell; all scenario text goes through `SafeText`.
    public func text(scenario: Scenario, playbook: Playbook?, scenarioPath: String, playbookPath: String?) -> String {
        let replay = "tabletop play \(ShellWord.quote(scenarioPath))"
        let scoredReplay = replay + (playbookPath.map { " --playbook \(ShellWord.quote($0))" } ?? "")
        var lines: [String] = []
        let unit: String
        switch mode {
        case .random(let runs):
            unit = "runs"
            lines.append("Explored '\(SafeText.singleLine(scenario.title))' (\(scenario.id)) with \(runs) random run\(runs == 1 ? "" : "s") from seed \(seed): \(decisions) decisions.")
        case .exhaustive:
            unit = "states"
            lines.append("Explored '\(SafeText.singleLine(scenario.title))' (\(scenario.id)) exhaustively with seed \(seed): \(states) distinct states, \(decisions) decisions.")
            if scenario.rollsDice {
                lines.append("Dice follow seed \(seed): a scene or ending that only other rolls reach shows as never; try other seeds, or random runs.")
            }
            if stateCapReached {
                lines.append("Stopped at the state cap (--max-states): only paths of up to \(completeDepth) decisions were all tried; counts and 'never' are for what was explored.")
            }
        }
        if cutOff > 0 { lines.append("\(cutOff) \(unit) stopped after --max-depth \(maxDepth) decisions without an ending.") }
        let width = max(8, (scenario.scenes.map(\.id) + scenario.endings.map(\.id)).map(\.count).max() ?? 0)
        lines.append("")
        lines.append("Endings (\(unit) that reached each)")
        for (index, ending) in scenario.endings.enumerated() {
            lines.append("  \(pad(ending.id, width))  \(pad(ending.outcome.rawValue, 7))  \(reach(endingCounts[index]))")
        }
        lines.append("")
        lines.append("Scenes (\(unit) that entered each)")
        for (index, scene) in scenario.scenes.enumerated() {
            lines.append("  \(pad(scene.id, width))  \(reach(sceneCounts[index]))")
        }
        lines.append("")
        if deadEnds.isEmpty {
            lines.append("Dead ends: none found.")
        } else {
            lines.append("Dead ends: nothing is offered and there is no timeout")
            for deadEnd in deadEnds {
                lines.append("  \(scenario.scenes[deadEnd.scene].id) (\(deadEnd.count) \(unit)): \(replay) \(arguments(deadEnd.path, scenario))")
            }
        }
        if let playbook {
            lines.append("")
            if let scores {
                lines.append("Scores against '\(SafeText.singleLine(playbook.title))' (\(finished) \(unit) that reached an ending)")
                lines.append("  lowest  \(pad(number(scores.lowest.score), 5))  \(scenario.endings[scores.lowest.ending].id): \(scoredReplay) \(arguments(scores.lowest.path, scenario))")
                lines.append("  median  \(pad(number(scores.median), 5))")
                lines.append("  highest \(pad(number(scores.highest.score), 5))  \(scenario.endings[scores.highest.ending].id): \(scoredReplay) \(arguments(scores.highest.path, scenario))")
            } else {
                lines.append("Scores: no path reached an ending, or the playbook has no expectations.")
            }
            let unmet = unmetExpectations
            if unmet.isEmpty {
                lines.append("Every expectation is met on some path.")
            } else {
                lines.append("Expectations no path meets")
                for position in unmet {
                    let best = bestStatus[position] == .partial ? "met only partly (late or out of order)" : "never met"
                    lines.append("  \(playbook.expectations[position].id): \(best)")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `--seed S --choices a,b,c`, shortened after 40 choices.
    private func arguments(_ path: ExplorePath, _ scenario: Scenario) -> String {
        let ids = path.choiceIDs(in: scenario)
        let shown = ids.count > 40 ? ids.prefix(40).joined(separator: ",") + ",... (\(ids.count) choices)" : ids.joined(separator: ",")
        return ids.isEmpty ? "--seed \(path.seed)" : "--seed \(path.seed) --choices \(shown)"
    }

    /// A count with its share of the runs, or `never` when it is zero.
    private func reach(_ count: Int) -> String {
        guard count > 0 else { return "never" }
        guard case .random(let runs) = mode, runs > 0 else { return String(count) }
        return "\(pad(String(count), 6)) (\(number(Scorer.round1(100 * Double(count) / Double(runs))))%)"
    }

    private func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) + ".0" : String(value)
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}

extension Scenario {
    /// Whether any option, timeout or timed inject rolls a die.
    var rollsDice: Bool {
        func rolls(_ effects: [Effect]) -> Bool { effects.contains { if case .roll = $0 { return true } else { return false } } }
        return injects.contains { rolls($0.effects) } || scenes.contains { scene in
            scene.options.contains { rolls($0.consequence.effects) } || rolls(scene.onTimeout?.effects ?? [])
        }
    }
}
