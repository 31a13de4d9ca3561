import Testing
import TabletopCore
@testable import TabletopUI

/// Checks on the styles of specific cells: what the snapshots' text cannot show.
@Suite("Screen styles")
struct ScreenStyleTests {
    /// The row whose text contains `text`.
    private func row(_ screen: Screen, containing text: String) -> Int? {
        (0..<screen.height).first { screen.rowText($0).contains(text) }
    }

    @Test("The selected option is reverse and bold across the row; the others are not")
    func selectedOption() throws {
        let pilot = Pilot()
        pilot.press("s", "down")
        let screen = pilot.screen()
        let selected = try #require(row(screen, containing: "Let on-call dig in"))
        let other = try #require(row(screen, containing: "Declare an incident and open a bridge"))
        for x in [0, 5, screen.width - 1] {
            #expect(screen[x, selected].style.reverse && screen[x, selected].style.bold)
        }
        #expect(!screen[5, other].style.reverse)
    }

    @Test("The header is reverse video; the countdown turns to warning, then bad, as it runs down")
    func headerAndCountdown() throws {
        let pilot = Pilot()
        pilot.press("s", "1", "enter", "1", "enter")
        var screen = pilot.screen()
        #expect(screen[0, 0].style.reverse)
        let column = try #require(screen.rowText(0).range(of: "time left")).lowerBound.utf16Offset(in: screen.rowText(0))
        #expect(screen[column, 0].style.tone == .plain)
        pilot.wait(seconds: 95)
        screen = pilot.screen()
        #expect(screen.rowText(0).contains("time left 0:25"))
        #expect(screen[column, 0].style.tone == .warning)
        pilot.wait(seconds: 20)
        #expect(pilot.screen()[column, 0].style.tone == .bad)
    }

    @Test("Met expectations are good, pending ones muted, in the facilitator view")
    func facilitatorTones() throws {
        let pilot = Pilot(size: Size(width: 120, height: 40))
        pilot.press("s", "1", "enter", "f")
        let screen = pilot.screen()
        let met = try #require(row(screen, containing: "met     "))
        let column = try #require(screen.rowText(met).range(of: "met")).lowerBound.utf16Offset(in: screen.rowText(met))
        #expect(screen[column, met].style.tone == .good)
        let pending = try #require(row(screen, containing: "pending "))
        let pendingColumn = try #require(screen.rowText(pending).range(of: "pending")).lowerBound.utf16Offset(in: screen.rowText(pending))
        #expect(screen[pendingColumn, pending].style.tone == .muted)
    }
}
