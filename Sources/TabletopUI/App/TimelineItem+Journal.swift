import TabletopCore

extension TimelineItem {
    /// The timeline of a session reopened from its journal: the engine's events, each decision with the rationale
    /// its journal line recorded, and the notes where they were written.
    public static func items(resuming session: ResumedSession) -> [TimelineItem] {
        // The engine's events, cut before each decision: the events of T+0, then one segment per decision.
        var segments: [[SessionEvent]] = [[]]
        for event in session.events {
            if case .decision = event { segments.append([]) }
            segments[segments.count - 1].append(event)
        }
        var items = TimelineItem.items(for: segments[0])
        var next = 1
        for entry in session.timeline {
            switch entry.event {
            case .decision(let decision) where next < segments.count:
                items += TimelineItem.items(for: segments[next], rationale: decision.rationale)
                next += 1
            case .note(let text):
                items.append(.note(text, clock: entry.clock))
            default:
                break
            }
        }
        for segment in segments.dropFirst(next) { items += TimelineItem.items(for: segment) }
        return items
    }
}
