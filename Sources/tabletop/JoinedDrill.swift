#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TabletopCore
import TabletopLink
import TabletopTerminal
import TabletopUI

/// A participant's drill (`tabletop join`): the participant's app, driven by the keyboard and the connection to the host.
@MainActor
final class JoinedDrill: LoopProgram {
    private(set) var app: ParticipantApp
    private let link: ParticipantConnection

    init(app: ParticipantApp, link: ParticipantConnection) {
        self.app = app
        self.link = link
    }

    func send(_ event: Event) -> ExitReason? {
        carryOut(app.update(.terminal(event)))
    }

    func render(into screen: inout Screen) {
        app.render(into: &screen)
    }

    func pollRequests() -> [pollfd] {
        link.isOpen ? [link.pollDescriptor] : []
    }

    /// Sends what waits, hands what the host sent to the app, and tells it when the connection ended.
    func serviceDescriptors() -> ExitReason? {
        for message in link.pump() {
            if let reason = carryOut(app.update(.host(message))) { return reason }
        }
        guard link.isOpen else { return carryOut(app.update(.connectionLost(link.closeReason ?? "the connection closed"))) }
        return nil
    }

    /// Carries the app's effects out, in order; the exit it asked for, if any.
    private func carryOut(_ effects: [ParticipantEffect]) -> ExitReason? {
        for effect in effects {
            switch effect {
            case .vote(let option, let argument): link.vote(for: option, argument: argument)
            case .withdraw: link.withdrawVote()
            case .leave: link.leave()
            case .exit(let reason): return reason
            }
        }
        return nil
    }
}
