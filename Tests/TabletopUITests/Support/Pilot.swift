import TabletopCore
import TabletopUI

/// Drives the app like a team at the keyboard, with a scripted clock: keys, ticks, and the screen they produce.
final class Pilot {
    let driver: AppDriver
    let recorder = MemoryRecorder()
    /// The scripted monotonic clock, in nanoseconds.
    private(set) var clock: UInt64 = 1_000_000_000
    /// The last exit the app asked for.
    private(set) var exit: ExitReason?
    /// What a hosted drill published to its participants, in order.
    let outbox = Outbox()

    /// Keeps what a hosted drill publishes.
    final class Outbox {
        var published: [SharedDrillState] = []
    }

    init(_ app: App, load: @escaping (PickerItem) -> Result<DrillSetup, Failure> = { _ in .success(Fixtures.dependencyConfusion()) },
         export: ((DrillSession) -> Result<String, Failure>)? = nil) {
        let recorder = self.recorder, outbox = self.outbox
        driver = AppDriver(app: app, services: AppServices(
            load: load,
            openRecorder: { _ in (recorder, "tabletop resume /tmp/journal.jsonl") },
            exportReport: export,
            publish: { drill in
                outbox.published.append(drill)
                return []
            }), recorder: app.session == nil ? nil : recorder)
        send(.tick(clock))
    }

    /// A pilot on the briefing of the sample drill.
    convenience init(size: Size = Size(width: 80, height: 24), setup: DrillSetup = Fixtures.dependencyConfusion(),
                     configuration: AppConfiguration = AppConfiguration(canExportReport: true)) {
        self.init(App(setup: setup, configuration: configuration, size: size), export: { _ in .success("/tmp/report.md") })
    }

    var app: App { driver.app }

    @discardableResult
    func send(_ event: Event) -> ExitReason? {
        let reason = driver.send(event)
        if reason != nil { exit = reason }
        return reason
    }

    /// Presses keys; a string of one character is that character, names like "enter" are special keys.
    func press(_ keys: String...) {
        for key in keys { send(.key(Self.key(key))) }
    }

    /// Types text into the open field, one character at a time.
    func type(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }

    /// Lets `seconds` of real time pass in ticks of 100 ms.
    func wait(seconds: Double) {
        let ticks = Int(seconds * 10)
        for _ in 0..<ticks {
            clock += 100_000_000
            send(.tick(clock))
        }
    }

    /// The frame the app draws now.
    func screen() -> Screen {
        var screen = Screen(app.size)
        app.render(into: &screen)
        return screen
    }

    static func key(_ name: String) -> Key {
        switch name {
        case "enter": return .enter
        case "esc": return .escape
        case "up": return .up
        case "down": return .down
        case "pgup": return .pageUp
        case "pgdn": return .pageDown
        case "home": return .home
        case "end": return .end
        case "backspace": return .backspace
        default: return .character(Character(name))
        }
    }
}
