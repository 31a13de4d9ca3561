/// The screens that have keys of their own: the terminal drill's pages and a participant's view of a hosted drill.
///
/// `KeyBindings` is indexed by it, so the drill (`App`) and a participant (`ParticipantApp`) share one key table
/// and one help overlay without either knowing the other's screens.
public enum KeyScope: Hashable, Sendable, CaseIterable {
    case picker, briefing, drill, debrief
    /// `tabletop join`: a participant following a hosted drill (drawn by `ParticipantApp`).
    case participant

    /// The screen's name in the help overlay.
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
