@testable import TabletopCore

/// A drill state with every member filled, for message and host tests.
enum LinkFixtures {
    static let ann = Participant(role: "legal", name: "Ann")
    static let bo = Participant(role: "ir-lead", name: "Bo")
    static let cy = Participant(role: "comms", name: "Cy")

    static func drill(round: Int = 1, timeline: [LinkTimelineEntry]? = nil) -> SharedDrillState {
        SharedDrillState(
            scenarioTitle: "Phishing \"quoted\"", clock: 40, round: round,
            roles: [LinkRole(id: "legal", name: "Legal"), LinkRole(id: "ir-lead", name: "IR lead"), LinkRole(id: "comms", name: "Comms")],
            scene: LinkScene(id: "triage", title: "Triage", phase: "detection", narrative: "Line 1\nline 2 \u{1B}[31m", prompt: "What now?"),
            options: [LinkOption(id: "contain", label: "Contain", role: "ir-lead"), LinkOption(id: "notify", label: "Notify"),
                      LinkOption(id: "wait", label: "Wait", role: nil)],
            countdown: LinkCountdown(secondsLeft: 95, limitSeconds: 120, paused: false),
            timeline: timeline ?? [LinkTimelineEntry(clock: 0, kind: .scene, heading: "Alert", text: ""),
                                   LinkTimelineEntry(clock: 30, kind: .inject, heading: "EDR (alert)", text: "Beacon seen")],
            variables: [LinkVariable(label: "Trust", value: "40"), LinkVariable(label: "Contained", value: "no")],
            lastDecision: LinkDecision(round: round - 1, scene: "alert", option: "escalate", label: "Escalate", rationale: nil),
            ending: nil)
    }
}
