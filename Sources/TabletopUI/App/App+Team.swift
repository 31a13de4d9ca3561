import TabletopCore

extension App {
    /// The decision round votes are for now: decisions taken so far plus one.
    public var round: Int { (session?.state.decisions ?? 0) + 1 }

    /// The drill as a hosted drill's participants see it now (the host adds the votes and the roster).
    public var sharedDrill: SharedDrillState {
        session?.shared(countdownHeld: isCountdownHeld) ?? SharedDrillState(waitingFor: briefing?.setup.scenario)
    }

    /// Applies what a participant did; votes count only for the current round's options while the drill runs.
    mutating func teamEvent(_ event: TeamEvent) -> [Effect] {
        guard var team else { return [] }
        var effects: [Effect] = []
        switch event {
        case .joined(let participant):
            team.join(participant)
            effects = record(.joined(participant))
        case .left(let participant, let reason):
            team.leave(participant, reason: reason)
            effects = record(.left(participant, reason: reason))
        case .refused(let peer, let reason):
            team.lastRefusal = "\(SafeText.singleLine(reason)) (\(SafeText.singleLine(peer)))"
        case .voted(let participant, let vote):
            guard vote.round == round, offeredIDs.contains(vote.option),
                  team.vote(participant, option: vote.option, argument: vote.argument) else { return [] }
            effects = record(.voted(participant, option: vote.option, argument: vote.argument))
        case .withdrew(let participant, let votedRound):
            guard votedRound == round, team.vote(participant, option: nil, argument: nil) else { return [] }
            effects = record(.voted(participant, option: nil, argument: nil))
        }
        self.team = team
        return effects + commitIfUnanimous()
    }

    /// Opens the rationale of the option with the most votes, prefilled with the arguments for it.
    mutating func commitLeader() {
        guard let session, let leader = team?.tally.leader(in: offeredIDs),
              let number = offeredIDs.firstIndex(of: leader) else {
            status = "No votes yet: pick any option with 1-9 or Enter."
            return
        }
        selection = number
        let position = session.offered[number]
        input = TextInput(.rationale(option: position, pickedAt: now), text: arguments(for: position))
    }

    /// The arguments given for the option at `position` of the current scene, to prefill its rationale ("" without any).
    func arguments(for position: Int) -> String {
        guard let scene = session?.scene, scene.options.indices.contains(position) else { return "" }
        return team?.tally.rationale(for: scene.options[position].id) ?? ""
    }

    /// The scene's countdown as participants are shown it now; the host sends it with every snapshot (see
    /// `HostServer.refresh(countdown:)`), and participants count down from there unless it is paused or held.
    public var sharedCountdown: LinkCountdown? { session?.sharedCountdown(held: isCountdownHeld) }

    /// Which drill participants see now, apart from the seconds its countdown shows: whether that countdown
    /// runs is part of it, so that participants stop counting when the facilitator's countdown stands still.
    var sharedRevision: SharedDrillRevision {
        session.map { .session($0.revision, countdownHeld: $0.countdown != nil && isCountdownHeld) } ?? .waiting(briefing?.setup.scenarioFile)
    }

    /// The drill to publish when what participants see changed since it was last published; the drill is built only
    /// then. The countdown's seconds alone are no change: participants count down by themselves from a snapshot's.
    mutating func changedDrill() -> SharedDrillState? {
        let revision = sharedRevision
        guard var team, team.publishedRevision != revision else { return nil }
        team.publishedRevision = revision
        self.team = team
        return sharedDrill
    }

    /// Commits the option every connected participant voted for, in `--consensus` mode while the drill runs unpaused.
    mutating func commitIfUnanimous() -> [Effect] {
        guard let option = team?.unanimousOption, let session, isDrillRunning, !session.paused,
              let number = offeredIDs.firstIndex(of: option) else { return [] }
        let position = session.offered[number]
        let rationale = arguments(for: position)
        if case .rationale = input?.purpose { input = nil }
        status = "The team agreed on \(number + 1): the decision is committed."
        return decide(.option(position), rationale: rationale.isEmpty ? nil : rationale, pickedAt: now)
    }

    /// The ids of the options on offer, in the order they are numbered.
    private var offeredIDs: [String] {
        guard let session, let scene = session.scene else { return [] }
        return session.offered.map { scene.options[$0].id }
    }

    /// Records a team happening once the drill has started (the journal opens with it).
    private func record(_ happening: TeamHappening) -> [Effect] {
        guard let session, isDrillRunning else { return [] }
        return [.record(.team(happening, state: session.state))]
    }
}
