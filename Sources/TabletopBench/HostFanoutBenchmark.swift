#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import TabletopCore
import TabletopLink
import TabletopUI

/// Measures host-and-join fan-out: from a host event to the last of N participants having applied it and drawn its screen.
///
/// The host runs in this process and the participants in a forked one (a poll loop over N real socket connections,
/// each `ParticipantConnection` decoding its frames, each participant's `ParticipantApp` taking them and drawing its
/// 120x40 frame into a `Screen`). The reference, measured in the same run, sends
/// frames of the same size over N bare socket pairs and only reads them: the floor the kernel and the wake-ups set.
struct HostFanoutBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "host-fanout",
        abstract: "Time from a host event to the last participant's update, with N participants joined to one host."
    )

    @Option(help: "Participants joined to the host.")
    var participants: Int = 50

    @Option(help: "Host events to time (each a new snapshot of the drill).")
    var events: Int = 2_000

    @Option(help: "Timeline entries in each snapshot (the drill's history so far).")
    var timeline: Int = 60

    func run() throws {
        var drill = Self.drill(timeline: timeline)
        let frameBytes = LinkFrame.encode(HostMessage.snapshot(DrillSnapshot(drill: drill, tally: VoteTally(), roster: [])).payload).count
        let hosted = try measureHost(drill: &drill)
        let reference = measureReference(frameBytes: frameBytes)
        let p50 = Stopwatch.quantile(hosted, 0.5), p99 = Stopwatch.quantile(hosted, 0.99)
        let referenceP50 = Stopwatch.quantile(reference, 0.5), referenceP99 = Stopwatch.quantile(reference, 0.99)
        print(#"{"benchmark": "host-fanout", "participants": \#(participants), "events": \#(events), "snapshotBytes": \#(frameBytes), "p50Milliseconds": \#(p50), "p99Milliseconds": \#(p99), "referenceP50Milliseconds": \#(referenceP50), "referenceP99Milliseconds": \#(referenceP99)}"#)
    }

    /// The host publishes `events` snapshots, waiting each time until every participant applied it; milliseconds each.
    private func measureHost(drill: inout SharedDrillState) throws -> [Double] {
        let path = "/tmp/tabletop-bench-\(getpid()).sock"
        let host = try HostServer(options: HostOptions(socketPath: path, maximumConnections: participants + 8), drill: drill)
        let ack = FanoutAck()
        let child = fork()
        if child == 0 { runParticipants(path: path, ack: ack) }
        var samples: [Double] = []
        _ = ack.receive { _ = host.pump() }   // everyone joined and has the first snapshot
        for event in 1...events {
            drill.clock = event
            let start = Stopwatch.now()
            host.publish(drill)
            let done = ack.receive { _ = host.pump() }
            precondition(done.event == event, "acknowledged \(done.event), expected \(event)")
            samples.append(Double(done.at - start) / 1_000_000)
        }
        var status: Int32 = 0
        host.close(reason: "the benchmark ended")
        waitpid(child, &status, 0)
        return samples
    }

    /// The participants' process: joins, then acknowledges each clock value once every participant has applied it.
    private func runParticipants(path: String, ack: FanoutAck) -> Never {
        let roles = Self.drill(timeline: 0).roles
        let members = (0..<participants).map { Participant(role: roles[$0 % roles.count].id, name: "p\($0)") }
        var connections: [ParticipantConnection] = []
        for member in members {
            guard let connection = try? ParticipantConnection(socketPath: path, participant: member) else { _exit(1) }
            connections.append(connection)
        }
        // Each participant's app takes what arrived and draws its frame, as `tabletop join` does.
        let size = Size(width: 120, height: 40)
        var apps = members.map { ParticipantApp(joining: $0, at: path, configuration: AppConfiguration(), size: size) }
        var screen = Screen(size)
        var next = 0
        while next <= events {
            var descriptors = connections.map(\.pollDescriptor)
            _ = poll(&descriptors, nfds_t(descriptors.count), 100)
            for (index, descriptor) in descriptors.enumerated() where descriptor.revents != 0 {
                for message in connections[index].pump() { _ = apps[index].update(.host(message)) }
                apps[index].render(into: &screen)
            }
            let slowest = apps.map { $0.snapshot?.drill.clock ?? -1 }.min() ?? -1
            if slowest >= next {
                ack.send(event: next)
                next += 1
            }
            if connections.contains(where: { !$0.isOpen }) { _exit(1) }
        }
        _exit(0)
    }

    /// The reference: the same number of frames of the same size over bare socket pairs, read without decoding; milliseconds each.
    private func measureReference(frameBytes: Int) -> [Double] {
        var pairs: [(Int32, Int32)] = []
        for _ in 0..<participants {
            var ends: [Int32] = [0, 0]
            precondition(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &ends) == 0, "socketpair failed")
            pairs.append((ends[0], ends[1]))
        }
        let ack = FanoutAck()
        let child = fork()
        if child == 0 {
            var received = [Int](repeating: 0, count: participants)
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            var next = 1
            while next <= events {
                var descriptors = pairs.map { pollfd(fd: $0.1, events: Int16(POLLIN), revents: 0) }
                _ = poll(&descriptors, nfds_t(descriptors.count), 100)
                for (index, descriptor) in descriptors.enumerated() where descriptor.revents != 0 {
                    received[index] += max(0, buffer.withUnsafeMutableBytes { read(descriptor.fd, $0.baseAddress, $0.count) })
                }
                if (received.min() ?? 0) >= next * frameBytes {
                    ack.send(event: next)
                    next += 1
                }
            }
            _exit(0)
        }
        let frame = [UInt8](repeating: 0x20, count: frameBytes)
        var samples: [Double] = []
        for event in 1...events {
            let start = Stopwatch.now()
            for pair in pairs {
                var offset = 0
                while offset < frame.count {
                    offset += max(0, frame.withUnsafeBytes { write(pair.0, $0.baseAddress! + offset, $0.count - offset) })
                }
            }
            let done = ack.receive {}
            precondition(done.event == event, "acknowledged \(done.event), expected \(event)")
            samples.append(Double(done.at - start) / 1_000_000)
        }
        var status: Int32 = 0
        waitpid(child, &status, 0)
        for pair in pairs { close(pair.0); close(pair.1) }
        return samples
    }

    /// A drill in mid-play: five roles, a scene with four options, a countdown, eight variables and `timeline` entries of history.
    static func drill(timeline: Int) -> SharedDrillState {
        let roles = ["incident-commander", "platform-lead", "comms-lead", "legal", "security-analyst"]
        return SharedDrillState(
            scenarioTitle: "Dependency confusion in the build", clock: 0, round: 1,
            roles: roles.map { LinkRole(id: $0, name: $0.replacing("-", with: " ")) },
            scene: LinkScene(id: "contain", title: "Contain the rogue package", phase: "containment",
                             narrative: String(repeating: "The proxy still serves the public package to every build that asks. ", count: 6),
                             prompt: "What do you do first?"),
            options: (0..<4).map { LinkOption(id: "option-\($0)", label: "Option \($0): a step the team could take now", role: roles[$0 % roles.count]) },
            countdown: LinkCountdown(secondsLeft: 240, limitSeconds: 300, paused: false),
            timeline: (0..<timeline).map { LinkTimelineEntry(clock: $0 * 5, kind: .inject, heading: "Chat from Dana (SOC)", text: "Entry \($0): " + String(repeating: "new alerts on build agents ", count: 4)) },
            variables: (0..<8).map { LinkVariable(label: "Variable \($0)", value: String($0 * 10)) })
    }
}
