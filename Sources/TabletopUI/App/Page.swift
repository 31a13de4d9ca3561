/// The pages of the terminal drill, from picking a scenario to its debrief.
public enum Page: Hashable, Sendable, CaseIterable {
    case picker, briefing, drill, debrief

    /// The keys that work on the page: the one place a page meets `KeyBindings`.
    public var keyScope: KeyScope {
        switch self {
        case .picker: return .picker
        case .briefing: return .briefing
        case .drill: return .drill
        case .debrief: return .debrief
        }
    }
}
