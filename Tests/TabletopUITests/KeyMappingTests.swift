import CNcursesw
import Testing
@testable import TabletopTerminal
@testable import TabletopUI

/// Keys from ncurses into `Key`s, and `Key`s into the commands of each page.
@Suite("Key mapping")
struct KeyMappingTests {
    @Test("ncurses key codes become keys or a resize")
    func decoder() {
        #expect(KeyDecoder.decode(UInt32(KEY_UP), isKeyCode: true) == .key(.up))
        #expect(KeyDecoder.decode(UInt32(KEY_DOWN), isKeyCode: true) == .key(.down))
        #expect(KeyDecoder.decode(UInt32(KEY_PPAGE), isKeyCode: true) == .key(.pageUp))
        #expect(KeyDecoder.decode(UInt32(KEY_NPAGE), isKeyCode: true) == .key(.pageDown))
        #expect(KeyDecoder.decode(UInt32(KEY_ENTER), isKeyCode: true) == .key(.enter))
        #expect(KeyDecoder.decode(UInt32(KEY_BACKSPACE), isKeyCode: true) == .key(.backspace))
        #expect(KeyDecoder.decode(UInt32(KEY_RESIZE), isKeyCode: true) == .resize)
        #expect(KeyDecoder.decode(UInt32(KEY_F0 + 5), isKeyCode: true) == .ignored)
    }

    @Test("Characters: Enter, Esc and Backspace by their codes; printable ones as themselves; controls ignored")
    func characters() {
        #expect(KeyDecoder.decode(13, isKeyCode: false) == .key(.enter))
        #expect(KeyDecoder.decode(10, isKeyCode: false) == .key(.enter))
        #expect(KeyDecoder.decode(27, isKeyCode: false) == .key(.escape))
        #expect(KeyDecoder.decode(127, isKeyCode: false) == .key(.backspace))
        #expect(KeyDecoder.decode(0x6A, isKeyCode: false) == .key(.character("j")))
        #expect(KeyDecoder.decode(0x6F22, isKeyCode: false) == .key(.character("漢")))
        #expect(KeyDecoder.decode(0x01, isKeyCode: false) == .ignored)
        #expect(KeyDecoder.decode(0x9B, isKeyCode: false) == .ignored)
        #expect(KeyDecoder.decode(0xD800, isKeyCode: false) == .ignored)
    }

    @Test("Arrows and j/k move, digits pick, Enter confirms, Esc goes back")
    func drillCommands() {
        #expect(KeyBindings.command(for: .up, on: .drill) == .up)
        #expect(KeyBindings.command(for: .character("k"), on: .drill) == .up)
        #expect(KeyBindings.command(for: .down, on: .drill) == .down)
        #expect(KeyBindings.command(for: .character("j"), on: .drill) == .down)
        #expect(KeyBindings.command(for: .character("3"), on: .drill) == .pick(3))
        #expect(KeyBindings.command(for: .character("0"), on: .drill) == nil)
        #expect(KeyBindings.command(for: .character("٣"), on: .drill) == nil)
        #expect(KeyBindings.command(for: .enter, on: .drill) == .confirm)
        #expect(KeyBindings.command(for: .escape, on: .drill) == .back)
        #expect(KeyBindings.command(for: .character("n"), on: .drill) == .note)
        #expect(KeyBindings.command(for: .character("p"), on: .drill) == .pause)
        #expect(KeyBindings.command(for: .character("f"), on: .drill) == .facilitator)
        #expect(KeyBindings.command(for: .character("?"), on: .drill) == .help)
        #expect(KeyBindings.command(for: .character("q"), on: .drill) == .quit)
        #expect(KeyBindings.command(for: .pageUp, on: .drill) == .pageUp)
    }

    @Test("Keys mean something only on their pages")
    func pages() {
        #expect(KeyBindings.command(for: .character("s"), on: .briefing) == .start)
        #expect(KeyBindings.command(for: .character("s"), on: .drill) == nil)
        #expect(KeyBindings.command(for: .character("r"), on: .debrief) == .export)
        #expect(KeyBindings.command(for: .character("p"), on: .picker) == nil)
        #expect(KeyBindings.command(for: .character("3"), on: .picker) == .pick(3))
    }

    @Test("Help lists every binding of the screen, and each screen has help and quit")
    func help() {
        for scope in KeyScope.allCases {
            let keys = KeyBindings.help(for: scope).map(\.keys)
            #expect(keys.contains("?"))
            #expect(keys.contains("q"))
        }
        #expect(KeyBindings.help(for: .drill).count == 12)
    }

    @Test("Each page of the drill has keys of its own, and a participant's keys belong to no page")
    func pageScopes() {
        let scopes = Page.allCases.map(\.keyScope)
        #expect(Set(scopes).count == Page.allCases.count)
        #expect(!scopes.contains(.participant))
        #expect(KeyBindings.command(for: .character("w"), on: .participant) == .withdraw)
        #expect(KeyBindings.command(for: .character("w"), on: Page.drill.keyScope) == nil)
    }
}
