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
    /// Hosting: open the decision with the most votes, its rationale prefilled from the arguments.
    case commit
    /// Participant: type a one-line argument for the selected option (and vote for it).
    case argue
    /// Participant: take back the vote.
    case withdraw
}

/// The pages of the app, from picking a scenario to its debrief, and the participant's page of a hosted drill.
public enum Page: Hashable, Sendable, CaseIterable {
    case picker, briefing, drill, debrief
    /// `tabletop join`: a participant following a hosted drill (drawn by `ParticipantApp`).
    case participant

    /// The page's name in the help overlay.
    public var title: String {
        switch self {
        case .picker: return "Picker"
        case .briefing: return "Briefing"
        case .drill: return "Drill"
        case .debrief: return "Debrief"
        case .participant: return "Team drill"
        }
    }
}
