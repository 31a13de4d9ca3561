import Testing
import TabletopCore
@testable import TabletopUI

/// Each page's frame at 80x24 and 120x40 after scripted keys, compared with `Snapshots/`.
@Suite("Screen snapshots")
struct ScreenSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    private func name(_ base: String, _ size: Size) -> String { "\(base)-\(size.width)x\(size.height)" }

    @Test("The picker lists title, difficulty and minutes, and previews tags, summary and playbook", arguments: sizes)
    func picker(size: Size) {
        let pilot = Pilot(App(picker: Fixtures.pickerItems, searched: ["Scenarios"], configuration: AppConfiguration(), size: size))
        expectSnapshot(pilot.screen(), name("picker", size))
        pilot.press("j", "j")
        expectSnapshot(pilot.screen(), name("picker-wide-characters", size))
    }

    @Test("The briefing shows summary, objectives and roles, with a player's name typed in", arguments: sizes)
    func briefing(size: Size) {
        let pilot = Pilot(size: size)
        pilot.press("k", "k", "e")
        pilot.type("Ana")
        pilot.press("enter")
        expectSnapshot(pilot.screen(), name("briefing", size))
    }

    @Test("The drill shows header, timeline, state, prompt and numbered options with roles", arguments: sizes)
    func drill(size: Size) {
        let pilot = Pilot(size: size)
        pilot.press("s", "down")
        expectSnapshot(pilot.screen(), name("drill", size))
    }

    @Test("A timed scene shows its countdown in the header", arguments: sizes)
    func countdown(size: Size) {
        let pilot = Pilot(size: size)
        pilot.press("s", "1", "enter", "1", "enter")
        pilot.wait(seconds: 15)
        expectSnapshot(pilot.screen(), name("drill-countdown", size))
    }

    @Test("The facilitator view shows expectations with live status and the live score", arguments: sizes)
    func facilitator(size: Size) {
        let pilot = Pilot(size: size)
        pilot.press("s", "1", "enter", "f")
        expectSnapshot(pilot.screen(), name("drill-facilitator", size))
    }

    @Test("After a pick the team is asked why, with the choice named", arguments: sizes)
    func rationale(size: Size) {
        let pilot = Pilot(size: size)
        pilot.press("s", "2")
        pilot.type("on-call knows the system")
        expectSnapshot(pilot.screen(), name("drill-rationale", size))
    }

    @Test("Pause, help and the quit question are drawn over the drill", arguments: sizes)
    func overlays(size: Size) {
        let pilot = Pilot(size: size)
        pilot.press("s", "p")
        expectSnapshot(pilot.screen(), name("drill-paused", size))
        pilot.press("p", "?")
        expectSnapshot(pilot.screen(), name("drill-help", size))
        pilot.press("x", "q")
        expectSnapshot(pilot.screen(), name("drill-quit", size))
    }

    @Test("The debrief shows ending, score, phase bars, expectations with why, and avoid items", arguments: sizes)
    func debrief(size: Size) {
        let pilot = Pilot(size: size)
        pilot.press("s")
        for _ in 0..<7 { pilot.press("1", "enter") }
        expectSnapshot(pilot.screen(), name("drill-ended", size))
        pilot.press("enter")
        expectSnapshot(pilot.screen(), name("debrief", size))
        pilot.press("pgdn")
        expectSnapshot(pilot.screen(), name("debrief-scrolled", size))
    }

    @Test("Below 80x24 the needed and the current size are shown")
    func tooSmall() {
        let pilot = Pilot(size: Size(width: 60, height: 20))
        expectSnapshot(pilot.screen(), "too-small-60x20")
    }

    @Test("Without UTF-8 the frame is drawn with ASCII")
    func ascii() {
        let pilot = Pilot(size: Size(width: 80, height: 24), configuration: AppConfiguration(glyphs: .ascii))
        pilot.press("s")
        expectSnapshot(pilot.screen(), "drill-ascii-80x24")
    }
}
