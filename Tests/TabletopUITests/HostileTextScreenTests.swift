import Testing
import TabletopCore
@testable import TabletopUI

/// The hostile corpus file (every control, escape and bidi character in every text field) played through the app:
/// no frame holds a character that a terminal would interpret.
@Suite("Hostile text on screen")
struct HostileTextScreenTests {
    static let folder = "Tests/TabletopCoreTests/Fixtures/hostile/"

    /// A pilot on the briefing of the hostile drill.
    static func pilot(size: Size) -> Pilot {
        Pilot(size: size, setup: Fixtures.setup(scenario: folder + "text-in-every-field.json",
                                                playbook: folder + "text-in-every-field-playbook.json", seed: 1))
    }

    /// The unsafe scalars in a frame, cells and combining marks alike.
    static func unsafeScalars(_ screen: Screen) -> [Unicode.Scalar] {
        var found: [Unicode.Scalar] = []
        for y in 0..<screen.height {
            for x in 0..<screen.width {
                found += ([screen[x, y].scalar] + screen.marks(x: x, y: y)).filter(SafeText.isUnsafe)
            }
        }
        return found
    }

    @Test("Briefing, scenes, injects, options, feedback, ending and debrief", arguments: [Size(width: 80, height: 24), Size(width: 132, height: 50)])
    func playedToTheDebrief(size: Size) {
        let pilot = Self.pilot(size: size)
        var frames = [pilot.screen()]
        for key in ["pgdn", "s", "pgdn", "1", "enter", "1", "enter", "enter", "pgdn", "pgdn"] {
            pilot.press(key)
            frames.append(pilot.screen())
        }
        #expect(pilot.app.session?.state.ending != nil)
        #expect(frames.contains { $0.text.contains("Narrative two") })
        for frame in frames { #expect(Self.unsafeScalars(frame).isEmpty, "\(frame.text)") }
    }

    @Test("The timeout's feedback")
    func timeoutFeedback() {
        let pilot = Self.pilot(size: Size(width: 100, height: 30))
        pilot.press("s", "1", "enter")
        pilot.wait(seconds: 601)
        let frame = pilot.screen()
        #expect(frame.text.contains("Timeout feedback"))
        #expect(Self.unsafeScalars(frame).isEmpty, "\(frame.text)")
    }
}
