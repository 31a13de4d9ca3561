import TabletopCore

extension DrillSession {
    /// The scenario clock when each timeline entry happened: a cheap forward pass, since decisions move it.
    func timelineClocks() -> [Int] {
        var clock = 0
        return timeline.map { item in
            switch item {
            case .decision(let decision, _):
                let scene = scenario.scenes[decision.scene]
                clock = decision.clock + ((decision.option.map { scene.options[$0].consequence } ?? scene.onTimeout)?.takes ?? 0)
                return decision.clock
            case .note(_, let noteClock):
                return noteClock
            case .event(.timedInject(let index)):
                return scenario.injects[index].at
            case .event:
                return clock
            }
        }
    }

    /// The drill as a hosted drill's participants see it: the story so far, the visible state, the scene and
    /// the options on offer, the countdown (see `sharedCountdown(held:)`), the last decision and the ending
    /// (no hidden variable, no score).
    func shared(countdownHeld: Bool) -> SharedDrillState {
        let scene = self.scene
        let roles = scenario.roles
        let clocks = timelineClocks()
        var lastDecision: LinkDecision?
        var entries: [LinkTimelineEntry] = []
        for (index, item) in timeline.enumerated() {
            guard let entry = sharedEntry(item, clock: clocks[index]) else { continue }
            entries.append(entry)
            if case .decision(let decision, let rationale) = item {
                lastDecision = LinkDecision(round: decision.sequence, scene: scenario.scenes[decision.scene].id, option: decision.optionID,
                                            label: entry.heading, rationale: rationale)
            }
        }
        return SharedDrillState(
            scenarioTitle: scenario.title, clock: state.clock, round: state.decisions + 1,
            roles: roles.map { LinkRole(id: $0.id, name: $0.name) },
            scene: scene.map { LinkScene(id: $0.id, title: $0.title, phase: $0.phase.rawValue, narrative: $0.narrative, prompt: $0.prompt) },
            options: scene.map { scene in
                offered.map { LinkOption(id: scene.options[$0].id, label: scene.options[$0].label, role: scene.options[$0].role.map { roles[$0].id }) }
            } ?? [],
            countdown: sharedCountdown(held: countdownHeld),
            timeline: entries,
            variables: StateView.rows(of: self).map { LinkVariable(label: $0.label, value: $0.text) },
            lastDecision: lastDecision,
            ending: state.ending.map { scenario.endings[$0] }.map {
                LinkEnding(id: $0.id, title: $0.title, outcome: $0.outcome.rawValue, narrative: $0.narrative)
            })
    }

    /// The scene's countdown as participants are shown it now: paused when the drill is, or when the facilitator's
    /// countdown is `held` (see `App.isCountdownHeld`), so that participants stop counting too.
    func sharedCountdown(held: Bool) -> LinkCountdown? {
        countdown.map { LinkCountdown(secondsLeft: $0.secondsLeft, limitSeconds: Int($0.limit / 1_000_000_000), paused: paused || held) }
    }

    /// A timeline entry as participants read it; nil for the engine's bare decision events (shown with their rationale).
    private func sharedEntry(_ item: TimelineItem, clock: Int) -> LinkTimelineEntry? {
        switch item {
        case .event(.sceneEntered(let index)):
            let scene = scenario.scenes[index]
            return LinkTimelineEntry(clock: clock, kind: .scene, heading: scene.title, text: scene.narrative)
        case .event(.sceneInject(let index, let position)):
            let inject = scenario.scenes[index].injects[position]
            return LinkTimelineEntry(clock: clock, kind: .inject, heading: "[\(inject.channel.rawValue)] \(inject.from)", text: inject.text)
        case .event(.timedInject(let index)):
            let inject = scenario.injects[index]
            return LinkTimelineEntry(clock: clock, kind: .inject, heading: "[\(inject.channel.rawValue)] \(inject.from)", text: inject.text)
        case .decision(let decision, let rationale):
            let scene = scenario.scenes[decision.scene]
            let heading = decision.option.map { scene.options[$0].label } ?? "Time ran out: the scene's timeout was taken"
            let feedback = (decision.option.map { scene.options[$0].consequence } ?? scene.onTimeout)?.feedback
            let text = [rationale.map { "Why: " + $0 }, feedback].compactMap { $0 }.joined(separator: "\n")
            return LinkTimelineEntry(clock: clock, kind: .decision, heading: heading, text: text)
        case .note(let text, _):
            return LinkTimelineEntry(clock: clock, kind: .note, heading: "Note", text: text)
        case .event(.ended(let index)):
            let ending = scenario.endings[index]
            return LinkTimelineEntry(clock: clock, kind: .ending, heading: ending.title, text: ending.narrative)
        case .event(.decision):
            return nil
        }
    }
}

extension SharedDrillState {
    /// The drill before the facilitator started it: the scenario's title and roles, nothing to decide yet.
    public init(waitingFor scenario: Scenario?) {
        self.init(scenarioTitle: scenario?.title ?? "A drill is being chosen", clock: 0, round: 1,
                  roles: scenario?.roles.map { LinkRole(id: $0.id, name: $0.name) } ?? [], scene: nil, options: [],
                  countdown: nil, timeline: [], variables: [])
    }
}
