import TabletopCore

extension ParticipantApp {
    /// Applies one event and returns the effects to carry out, in order, before the next frame is drawn.
    ///
    /// The timeline's scroll is then kept inside what the timeline can show, so that `Home` stops at its first line and
    /// the next `PgDn` moves the view; a tick changes neither the timeline nor its pane, so it is not checked then.
    public mutating func update(_ event: ParticipantEvent) -> [ParticipantEffect] {
        let effects = apply(event)
        if case .terminal(.tick) = event { return effects }
        clampScroll()
        return effects
    }

    private mutating func apply(_ event: ParticipantEvent) -> [ParticipantEffect] {
        switch event {
        case .terminal(.tick(let time)):
            let delta = now == 0 || time < now ? 0 : time - now
            now = time
            if snapshot?.drill.countdown?.paused != true { countdown?.advance(by: delta) }
            return []
        case .terminal(.resize(let newSize)):
            size = newSize
            return []
        case .terminal(.key(let key)):
            return handle(key)
        case .terminal(.signal(let signal)):
            return [.leave, .exit(.signal(signal, resumeCommand: nil))]
        case .terminal:
            return []
        case .host(let message):
            return receive(message)
        case .connectionLost(let reason):
            return [.exit(.failed("the connection to the host was lost (\(SafeText.singleLine(reason))); run the same join command to rejoin",
                                  status: .unavailable))]
        }
    }

    private mutating func receive(_ message: HostMessage) -> [ParticipantEffect] {
        switch message {
        case .welcome(let participant):
            me = participant
            welcomed = true
            return []
        case .snapshot(let next):
            if snapshot?.drill.round != next.drill.round {
                selection = 0
                if case .argument = input?.purpose { input = nil }
            }
            snapshot = next
            countdown = next.drill.countdown.map(Countdown.init(shared:))
            selection = min(selection, max(0, next.drill.options.count - 1))
            return []
        case .closing(let reason):
            return [.exit(.closedByHost(SafeText.singleLine(reason)))]
        case .rejected(let reason) where welcomed:
            // Dropped after joining: flooding, not reading, or replaced by the same participant joining again.
            return [.exit(.failed("the host dropped this connection: \(SafeText.singleLine(reason))", status: .unavailable))]
        case .rejected(let reason):
            return [.exit(.failed("the host did not let you in: \(SafeText.singleLine(reason))", status: .usage))]
        }
    }

    private mutating func handle(_ key: Key) -> [ParticipantEffect] {
        if var field = input {
            switch field.handle(key) {
            case .editing:
                input = field
            case .cancelled:
                input = nil
            case .confirmed(let text):
                input = nil
                if case .argument(let option) = field.purpose { return [.vote(option: option, argument: text.isEmpty ? nil : text)] }
            }
            return []
        }
        if showsHelp {
            showsHelp = false
            return []
        }
        guard let command = KeyBindings.command(for: key, on: .participant) else { return [] }
        let options = snapshot?.drill.options ?? []
        switch command {
        case .up: selection = max(0, selection - 1)
        case .down: selection = max(0, min(options.count - 1, selection + 1))
        case .pageUp: timelineScroll += timelinePage
        case .pageDown: timelineScroll = max(0, timelineScroll - timelinePage)
        case .top: timelineScroll = Int.max / 2
        case .bottom: timelineScroll = 0
        case .pick(let number) where canVote && number <= options.count:
            selection = number - 1
            return [.vote(option: options[selection].id, argument: keptArgument(for: options[selection].id))]
        case .confirm where canVote:
            return [.vote(option: options[selection].id, argument: keptArgument(for: options[selection].id))]
        case .argue where canVote:
            let option = options[selection].id
            input = TextInput(.argument(option: option), text: keptArgument(for: option) ?? "", maximumLength: LinkProtocol.maximumArgumentLength)
        case .withdraw where canVote && myBallot != nil:
            return [.withdraw]
        case .help:
            showsHelp = true
        case .quit:
            return [.leave, .exit(.finished)]
        default:
            break
        }
        return []
    }

    /// Keeps the timeline's scroll inside what there is to show (0, the latest lines, always is).
    private mutating func clampScroll() {
        guard timelineScroll > 0, let snapshot, let layout = drillLayout else { return }
        timelineScroll = SharedTimelineView(drill: snapshot.drill, glyphs: configuration.glyphs).window.clamped(timelineScroll, rect: layout.timeline)
    }

    /// How far PgUp and PgDn scroll the timeline: as on the facilitator's screen (a third of the terminal while no drill is shown).
    private var timelinePage: Int {
        drillLayout?.timelinePage ?? max(1, size.height / 3)
    }

    /// Where the drill's panes stand on this screen, when a drill is shown.
    private var drillLayout: DrillLayout? {
        guard let snapshot, welcomed, !isTooSmall else { return nil }
        return DrillLayout(self, snapshot: snapshot, team: TeamView(participant: self, snapshot: snapshot))
    }

    /// The participant's argument, kept when they vote again for the option it argued for.
    private func keptArgument(for option: String) -> String? {
        myBallot.flatMap { $0.option == option ? $0.argument : nil }
    }
}
