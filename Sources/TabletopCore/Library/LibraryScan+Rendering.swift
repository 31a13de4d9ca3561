extension LibraryScan {
    /// The readable listing: each scenario with its playbooks and path, playbooks without a scenario, problems, and the folders searched.
    public func text(folders: [ScenarioLibrary.Folder]) -> String {
        var lines: [String] = []
        lines.append(scenarios.isEmpty ? "No scenarios found." : "Scenarios (\(scenarios.count))")
        for scenario in scenarios {
            var facts = [scenario.difficulty, scenario.estimatedMinutes.map { "\($0) min" }].compactMap { $0 }
            if !scenario.tags.isEmpty { facts.append(scenario.tags.map(SafeText.singleLine).joined(separator: ", ")) }
            lines.append("  \(scenario.id)  \(SafeText.singleLine(scenario.title))" + (facts.isEmpty ? "" : "  (\(SafeText.singleLine(facts.joined(separator: "; "))))"))
            lines.append("    \(SafeText.singleLine(scenario.path))")
            let paired = playbooks(for: scenario)
            lines.append("    playbooks: " + (paired.isEmpty ? "none" : paired.map { "\($0.id) (\(SafeText.singleLine($0.path)))" }.joined(separator: ", ")))
        }
        let unpaired = unpairedPlaybooks
        if !unpaired.isEmpty {
            lines.append("Playbooks for no scenario found (\(unpaired.count))")
            for playbook in unpaired {
                let named = playbook.scenarios.isEmpty ? "names no scenario" : "for " + playbook.scenarios.map(SafeText.singleLine).joined(separator: ", ")
                lines.append("  \(playbook.id)  \(SafeText.singleLine(playbook.title))  (\(named))  \(SafeText.singleLine(playbook.path))")
            }
        }
        if !shadowed.isEmpty {
            lines.append("Hidden by a file of the same id earlier on the path: " + shadowed.map(SafeText.singleLine).joined(separator: ", "))
        }
        for problem in problems {
            lines.append("Skipped \(SafeText.singleLine(problem.path)): \(SafeText.singleLine(problem.message))")
        }
        lines.append("Searched: " + (folders.isEmpty ? "no folder exists" : folders.map { "\(SafeText.singleLine($0.path)) (\($0.origin.rawValue))" }.joined(separator: ", ")))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The `list --format json` object: scenarios (with their playbook ids), playbooks, shadowed files, problems and folders.
    public func json(folders: [ScenarioLibrary.Folder]) -> JSONOutput {
        .object([
            ("scenarios", .array(scenarios.map { scenario in
                .object([
                    ("id", .string(scenario.id)),
                    ("title", .string(scenario.title)),
                    ("difficulty", .string(scenario.difficulty)),
                    ("estimatedMinutes", scenario.estimatedMinutes.map { .int($0) } ?? .null),
                    ("tags", .array(scenario.tags.map { .string($0) })),
                    ("summary", .string(scenario.summary)),
                    ("path", .string(scenario.path)),
                    ("playbooks", .array(playbooks(for: scenario).map { .string($0.id) })),
                ])
            })),
            ("playbooks", .array(playbooks.map { playbook in
                .object([
                    ("id", .string(playbook.id)),
                    ("title", .string(playbook.title)),
                    ("scenarios", .array(playbook.scenarios.map { .string($0) })),
                    ("path", .string(playbook.path)),
                ])
            })),
            ("shadowed", .array(shadowed.map { .string($0) })),
            ("problems", .array(problems.map { .object([("path", .string($0.path)), ("message", .string($0.message))]) })),
            ("searchPath", .array(folders.map { .object([("path", .string($0.path)), ("origin", .string($0.origin.rawValue))]) })),
        ])
    }
}
