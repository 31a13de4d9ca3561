import TabletopCore

/// A recorder that keeps, in memory, the name of each call in order (and can be told to fail).
final class MemoryRecorder: SessionRecorder {
    struct Broken: Error, CustomStringConvertible {
        var description: String { "disk full" }
    }

    var calls: [String] = []
    var decisions: [DecisionDetails] = []
    var notes: [String] = []
    var start: SessionStart?
    /// Throw from the call with this name.
    var failOn: String?
    /// What that call throws.
    var failure: any Error = Broken()

    private func note(_ name: String) throws {
        if failOn == name { throw failure }
        calls.append(name)
    }

    func started(_ start: SessionStart) throws { try note("started"); self.start = start }
    func decided(_ events: [SessionEvent], details: DecisionDetails, state: SessionState) throws { try note("decided"); decisions.append(details) }
    func noted(_ text: String, state: SessionState) throws { try note("noted"); notes.append(text) }
    func paused(state: SessionState) throws { try note("paused") }
    func resumed(state: SessionState) throws { try note("resumed") }
    func ended(state: SessionState, score: ScoreReport?) throws { try note("ended") }
    func quit(state: SessionState) throws { try note("quit") }
    func joined(_ participant: Participant, state: SessionState) throws { try note("joined") }
    func left(_ participant: Participant, reason: String, state: SessionState) throws { try note("left") }
    func voted(_ participant: Participant, option: String?, argument: String?, state: SessionState) throws { try note("voted") }
}
