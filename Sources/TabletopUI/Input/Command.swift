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
