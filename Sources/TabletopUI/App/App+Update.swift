import TabletopCore

extension App {
    /// Applies one event and returns the effects to carry out, in order, before the next frame is drawn.
    ///
    /// A hosted drill ends the list with the drill to publish to the participants whenever what they see changed.
    public mutating func update(_ event: Event) -> [Effect] {
        let effects = apply(event)
        guard let drill = changedDrill() else { return effects }
        return effects + [.publish(drill)]
    }

    private mutating func apply(_ event: Event) -> [Effect] {
        switch event {
        case .tick(let time):
            return tick(time)
        case .resize(let newSize):
            size = newSize
            clampScrolls()
            return []
        case .key(let key):
            status = nil
            return handle(key)
        case .signal(let signal):
            guard let session, isDrillRunning else { return [.exit(.signal(signal, resumeCommand: nil))] }
            return [.record(.quit(state: session.state)), .exit(.signal(signal, resumeCommand: resumeCommand))]
        case .loaded(let setup):
            briefing = BriefingState(setup: setup, cameFromPicker: true)
            page = .briefing
            return []
        case .loadFailed(let failure):
            status = failure.message
            return []
        case .recorderOpened(let command):
            resumeCommand = command
            return []
        case .reportExported(.success(let place)):
            status = "Report written to \(place)"
            return []
        case .reportExported(.failure(let failure)):
            status = "The report was not written: \(failure.message)"
            return []
        case .team(let event):
            return teamEvent(event)
        }
    }

    /// Whether the scene's countdown stands still, paused or not: while the team types its reason, reads the help or
    /// answers the quit question, or cannot see the drill (terminal too small, another page). Time runs out only on a scene in view.
    var isCountdownHeld: Bool {
        guard page == .drill, isDrillRunning, !isTooSmall, overlay == nil else { return true }
        if case .rationale = input?.purpose { return true }
        return false
    }

    private mutating func tick(_ time: UInt64) -> [Effect] {
        let delta = now == 0 || time < now ? 0 : time - now
        now = time
        guard !isCountdownHeld, var session else { return [] }
        session.advanceCountdown(by: delta)
        self.session = session
        guard session.countdown?.expired == true else { return [] }
        return decide(.timeout, rationale: nil, pickedAt: now)
    }

    private mutating func handle(_ key: Key) -> [Effect] {
        if input != nil { return type(key) }
        switch overlay {
        case .help:
            overlay = nil
            return []
        case .confirmQuit:
            switch key {
            case .character("y"), .character("Y"):
                overlay = nil
                guard let session, isDrillRunning else { return [.exit(.finished)] }
                return [.record(.quit(state: session.state)), .exit(.quit(resumeCommand: resumeCommand))]
            case .character("n"), .character("N"), .escape, .character("q"):
                overlay = nil
            default:
                break
            }
            return []
        case nil:
            break
        }
        guard let command = KeyBindings.command(for: key, on: page.keyScope) else { return [] }
        if command == .help {
            overlay = .help
            return []
        }
        switch page {
        case .picker: return pickerCommand(command)
        case .briefing: return briefingCommand(command)
        case .drill: return drillCommand(command)
        case .debrief: return debriefCommand(command)
        }
    }

    private mutating func pickerCommand(_ command: Command) -> [Effect] {
        let count = picker.items.count
        switch command {
        case .up: picker.selection = max(0, picker.selection - 1)
        case .down: picker.selection = max(0, min(count - 1, picker.selection + 1))
        case .pick(let number) where number <= count:
            picker.selection = number - 1
            return [.load(picker.items[number - 1])]
        case .confirm where count > 0:
            return [.load(picker.items[picker.selection])]
        case .quit:
            return [.exit(.finished)]
        default:
            break
        }
        return []
    }

    private mutating func briefingCommand(_ command: Command) -> [Effect] {
        guard var briefing else { return [] }
        defer { if page == .briefing { self.briefing = briefing } }
        switch command {
        case .up: briefing.selection = max(0, briefing.selection - 1)
        case .down: briefing.selection = min(briefing.names.count, briefing.selection + 1)
        case .confirm where !briefing.onStart, .editName where !briefing.onStart:
            input = TextInput(.roleName(briefing.selection), text: briefing.names[briefing.selection])
        case .confirm, .start:
            return startDrill(briefing)
        case .back where briefing.cameFromPicker:
            page = .picker
            self.briefing = nil
        case .quit:
            return [.exit(.finished)]
        default:
            break
        }
        return []
    }

    private mutating func startDrill(_ briefing: BriefingState) -> [Effect] {
        let participants = zip(briefing.setup.scenario.roles, briefing.names).map { Participant(role: $0.id, name: $1) }
        let (session, start) = DrillSession.start(briefing.setup, participants: participants, timers: configuration.timers, now: now)
        self.session = session
        self.briefing = nil
        page = .drill
        selection = 0
        timelineScroll = 0
        // Who joined a hosted drill during the briefing is journaled once the journal opens.
        let joined = team?.connected.map { Effect.record(.team(.joined($0), state: session.state)) } ?? []
        return [.record(.started(start))] + joined
    }

    private mutating func drillCommand(_ command: Command) -> [Effect] {
        guard var session else { return [] }
        let running = isDrillRunning
        let offered = session.offered.count
        switch command {
        case .up: selection = max(0, selection - 1)
        case .down: selection = max(0, min(offered - 1, selection + 1))
        case .pageUp: timelineScroll += DrillLayout(self).timelinePage
        case .pageDown: timelineScroll = max(0, timelineScroll - DrillLayout(self).timelinePage)
        case .top: timelineScroll = Int.max / 2
        case .bottom: timelineScroll = 0
        case .pick(let number) where running && !session.paused && number <= offered:
            selection = number - 1
            input = TextInput(.rationale(option: session.offered[selection], pickedAt: now), text: arguments(for: session.offered[selection]))
        case .confirm where !running:
            page = .debrief
            debriefScroll = 0
        case .confirm where !session.paused && offered > 0:
            let position = session.offered[min(selection, offered - 1)]
            input = TextInput(.rationale(option: position, pickedAt: now), text: arguments(for: position))
        case .commit where running && !session.paused && team != nil:
            commitLeader()
        case .note:
            input = TextInput(.note)
        case .pause where running:
            session.paused.toggle()
            self.session = session
            if session.paused { return [.record(.paused(state: session.state))] }
            return [.record(.resumed(state: session.state))] + commitIfUnanimous()
        case .facilitator:
            facilitatorVisible.toggle()
        case .quit:
            if running {
                overlay = .confirmQuit
            } else {
                return [.exit(.finished)]
            }
        default:
            break
        }
        if command == .pageUp || command == .top { clampScrolls() }
        return []
    }

    private mutating func debriefCommand(_ command: Command) -> [Effect] {
        let page = max(1, DebriefView.visibleRows(in: size) - 1)
        switch command {
        case .up: debriefScroll -= 1
        case .down: debriefScroll += 1
        case .pageUp: debriefScroll -= page
        case .pageDown: debriefScroll += page
        case .top: debriefScroll = 0
        case .bottom: debriefScroll = Int.max / 2
        case .back: self.page = .drill
        case .export:
            guard configuration.canExportReport else {
                status = "This build cannot export reports yet."
                return []
            }
            return [.exportReport]
        case .quit:
            return [.exit(.finished)]
        default:
            break
        }
        clampScrolls()
        return []
    }

    /// Typing in the open field; Enter confirms it, Esc cancels it.
    private mutating func type(_ key: Key) -> [Effect] {
        guard var field = input else { return [] }
        let outcome = field.handle(key)
        input = field
        switch outcome {
        case .editing:
            return []
        case .cancelled:
            input = nil
            return []
        case .confirmed(let text):
            input = nil
            switch field.purpose {
            case .rationale(let option, let pickedAt):
                return decide(.option(option), rationale: text.isEmpty ? nil : text, pickedAt: pickedAt)
            case .note:
                guard !text.isEmpty, var session else { return [] }
                let happening = session.addNote(text)
                self.session = session
                timelineScroll = 0
                return [.record(happening)]
            case .roleName(let index):
                briefing?.names[index] = text
                return []
            case .argument:
                return []  // Only a participant's app (`ParticipantApp`) opens an argument field.
            }
        }
    }

    mutating func decide(_ choice: Choice, rationale: String?, pickedAt: UInt64) -> [Effect] {
        guard var session else { return [] }
        do {
            let happenings = try session.decide(choice, rationale: rationale, pickedAt: pickedAt, now: now)
            self.session = session
            selection = 0
            timelineScroll = 0
            team?.startRound()
            return happenings.map { .record($0) }
        } catch {
            status = "That choice could not be taken (\(error))."
            return []
        }
    }

    /// Keeps scroll positions inside what there is to show.
    mutating func clampScrolls() {
        if let session, page == .drill {
            timelineScroll = TimelineView(session: session, glyphs: configuration.glyphs).window.clamped(timelineScroll, rect: DrillLayout(self).timeline)
        }
        if page == .debrief {
            let total = DebriefView(app: self).lines(width: DebriefView.textWidth(in: size)).count
            debriefScroll = max(0, min(debriefScroll, total - DebriefView.visibleRows(in: size)))
        }
    }
}
