import TabletopCore

/// Which drill a hosted drill's participants see, apart from the seconds its countdown shows: cheap to make and to
/// compare on every update, so that the drill is built and published again only when it changed.
enum SharedDrillRevision: Hashable, Sendable {
    /// Before the drill starts: the file of the scenario chosen, if one is.
    case waiting(FileIdentity?)
    /// A drill under way, at this `DrillSession.revision`, and whether its countdown stands still (see `App.isCountdownHeld`).
    case session(Int, countdownHeld: Bool)
}
