/// What a key means on a page: the app reacts to commands, never to raw keys (except while typing).
public enum Command: Hashable, Sendable {
    case up, down, pageUp, pageDown, top, bottom
    /// Pick the numbered item (1-based) at once.
    case pick(Int)
    /// Enter: choose the selected item, confirm.
    case confirm
    /// Esc: go back, cancel.
    case back
    case note, pause, facilitator, help, quit, export
    /// Start the drill from the briefing.
    case start
    /// Edit the selected role's name in the briefing.
    case editName
}

/// The pages of the app, from picking a scenario to its debrief.
public enum Page: Hashable, Sendable, CaseIterable {
    case picker, briefing, drill, debrief

    /// The page's name in the help overlay.
    public var title: String {
        switch self {
        case .picker: return "Picker"
        case .briefing: return "Briefing"
        case .drill: return "Drill"
        case .debrief: return "Debrief"
        }
    }
}
