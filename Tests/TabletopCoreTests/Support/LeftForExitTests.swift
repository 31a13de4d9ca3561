import Testing
@testable import TabletopCore

/// Memory left for the operating system to reclaim at exit, only once a command turns keeping on.
@Suite("Left for exit")
struct LeftForExitTests {
    private final class Load {}

    @Test("Nothing is kept until keeping is turned on; then what is kept outlives every other reference")
    func keepsOnlyOnceTurnedOn() {
        let keeper = LeftForExit()
        weak var before: Load?
        do {
            let load = Load()
            before = load
            keeper.keep(load)
        }
        #expect(before == nil)
        keeper.turnOn()
        weak var after: Load?
        do {
            let load = Load()
            after = load
            keeper.keep([load])
        }
        #expect(after != nil)
        withExtendedLifetime(keeper) {}
    }

    @Test("The process's keeper is off until a command turns it on: library callers, such as these tests, keep nothing")
    func sharedKeeperStartsOff() {
        weak var kept: Load?
        do {
            let load = Load()
            kept = load
            LeftForExit.shared.keep(load)
        }
        #expect(kept == nil)
    }
}
