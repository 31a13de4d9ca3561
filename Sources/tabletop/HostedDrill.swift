#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TabletopCore
import TabletopLink
import TabletopTerminal
import TabletopUI

/// A hosted drill (`run --host`): the facilitator's app, driven by the keyboard and the host's socket together.
///
/// What participants do arrives as `.team` events; the app's `.publish` effects reach the participants through
/// the server (`AppServices.publish`, wired by `services(_:server:)`).
@MainActor
final class HostedDrill: LoopProgram {
    private let driver: AppDriver
    private let server: HostServer

    init(driver: AppDriver, server: HostServer) {
        self.driver = driver
        self.server = server
    }

    /// `services` with publishing to `server`'s participants.
    static func services(_ services: AppServices, server: HostServer) -> AppServices {
        var hosted = services
        hosted.publish = { drill in server.publish(drill).map(TeamEvent.init) }
        return hosted
    }

    func send(_ event: Event) -> ExitReason? {
        driver.send(event)
    }

    func render(into screen: inout Screen) {
        driver.app.render(into: &screen)
    }

    func pollRequests() -> [pollfd] {
        server.pollDescriptors
    }

    /// Accepts, reads and writes what the socket has ready, and hands what participants did to the app; the snapshots
    /// sent meanwhile (after a join or a vote) carry the countdown as it stands now.
    func serviceDescriptors() -> ExitReason? {
        server.refresh(countdown: driver.app.sharedCountdown)
        for event in server.pump().map(TeamEvent.init) {
            if let reason = driver.send(.team(event)) { return reason }
        }
        return nil
    }

    /// Tells the participants why the host is going away, and removes the socket.
    func close(after reason: ExitReason) {
        switch reason {
        case .finished: server.close(reason: driver.app.isDrillRunning ? "the facilitator closed the drill" : "the drill is over")
        case .quit: server.close(reason: "the facilitator left the drill before its end")
        case .signal(let signal, _): server.close(reason: "the host was stopped (\(signal.name))")
        case .failed, .closedByHost: server.close(reason: "the host stopped on an error")
        }
    }
}

extension TeamEvent {
    /// The app's event for what the host's socket reported.
    init(_ event: HostEvent) {
        switch event {
        case .joined(let participant, _): self = .joined(participant)
        case .left(let participant, let reason): self = .left(participant, reason: reason)
        case .voted(let participant, let round, let option, let argument): self = .voted(participant, LinkVote(round: round, option: option, argument: argument))
        case .withdrew(let participant, let round): self = .withdrew(participant, round: round)
        case .refused(let peer, let reason): self = .refused(peer: peer, reason: reason)
        }
    }
}
