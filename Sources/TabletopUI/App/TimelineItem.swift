import TabletopCore

/// One entry of the drill's timeline: something the engine reported, a decision with its rationale, or a note.
public enum TimelineItem: Hashable, Sendable {
    /// A scene entered, an inject shown or the ending reached.
    case event(SessionEvent)
    /// A decision, with why the team took it (nil when they did not say).
    case decision(Decision, rationale: String?)
    /// A note typed during the drill, at this scenario clock.
    case note(String, clock: Int)

    /// The entries for the events of `Engine.start` or `Engine.decide`, the decision carrying `rationale`.
    ///
    /// Resuming a journal replays each decision and appends `items(for: events, rationale: ...)`.
    public static func items(for events: [SessionEvent], rationale: String? = nil) -> [TimelineItem] {
        events.map { event in
            if case .decision(let decision) = event { return .decision(decision, rationale: rationale) }
            return .event(event)
        }
    }
}
