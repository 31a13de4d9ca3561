/// What a participant's app asks the world to do after an event.
public enum ParticipantEffect: Sendable, Hashable {
    /// Vote for the option with this id in the current round, with an optional one-line argument (replacing an earlier vote).
    case vote(option: String, argument: String?)
    /// Take back the vote of the current round.
    case withdraw
    /// Say goodbye to the host.
    case leave
    /// Leave the program.
    case exit(ExitReason)
}
