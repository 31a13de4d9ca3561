#if canImport(Glibc)
import Glibc
#endif
import Testing
import TabletopCore
@testable import TabletopLink

/// A host on a socket in a fresh temporary folder, with helpers to join participants and pump both sides until something holds.
final class LinkHarness {
    let directory: String
    let socketPath: String
    let host: HostServer
    /// Every event the host reported, in order.
    private(set) var events: [HostEvent] = []

    init(drill: SharedDrillState = LinkHarness.drill(), options: (String) -> HostOptions = { HostOptions(socketPath: $0) }) throws {
        var template = Array("/tmp/tabletop-link-XXXXXX".utf8CString)
        directory = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        socketPath = directory + "/drill.sock"
        host = try HostServer(options: options(socketPath), drill: drill)
    }

    deinit {
        host.close(reason: "the test ended")
        unlink(socketPath)
        rmdir(directory)
    }

    static let ann = Participant(role: "legal", name: "Ann")
    static let bo = Participant(role: "ir-lead", name: "Bo")
    static let cy = Participant(role: "comms", name: "Cy")

    /// A drill in round `round` with three roles and three options.
    static func drill(round: Int = 1) -> SharedDrillState {
        SharedDrillState(
            scenarioTitle: "Phishing", clock: 10 * round, round: round,
            roles: [LinkRole(id: "legal", name: "Legal"), LinkRole(id: "ir-lead", name: "IR lead"), LinkRole(id: "comms", name: "Comms")],
            scene: LinkScene(id: "scene-\(round)", title: "Scene \(round)", phase: "detection", narrative: "Something happened.", prompt: "What now?"),
            options: [LinkOption(id: "contain", label: "Contain", role: "ir-lead"), LinkOption(id: "notify", label: "Notify"), LinkOption(id: "wait", label: "Wait")],
            countdown: nil, timeline: [], variables: [LinkVariable(label: "Trust", value: "40")])
    }

    /// Connects a participant and pumps until it has its first snapshot.
    func join(_ participant: Participant) throws -> ParticipantConnection {
        let connection = try ParticipantConnection(socketPath: socketPath, participant: participant)
        settle([connection]) { connection.mirror.snapshot != nil || !connection.isOpen }
        return connection
    }

    /// Pumps the host and `participants` until `condition` holds or five seconds pass (a loaded machine); whether it held.
    @discardableResult
    func settle(_ participants: [ParticipantConnection], until condition: () -> Bool) -> Bool {
        let deadline = MonotonicClock.now() + 5_000_000_000
        while MonotonicClock.now() < deadline {
            events += host.wait(milliseconds: 5)
            for participant in participants { _ = participant.pump() }
            if condition() { return true }
        }
        return false
    }
}
