#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import TabletopUI

/// The full-screen terminal through ncurses: the only code that calls it. Starts and restores the terminal,
/// turns keys, resizes and time into events, and copies a `Screen` out (ncurses sends only the changed cells).
@MainActor
public final class Terminal {
    /// How often a tick arrives when no key is pressed, in milliseconds.
    public static let tickMilliseconds: Int32 = 100
    /// The most keys read after one wait, so that endless input still lets the frame be drawn.
    static let keysPerWait = 256

    /// Box drawing for the locale: Unicode when it is UTF-8, else ASCII.
    public let glyphs: Glyphs
    private let palette: Palette
    private let utf8: Bool
    private var screenHandle: OpaquePointer?
    private var buffer: [wchar_t] = []

    /// Takes over the terminal; `colour` false (for `--no-color` or `NO_COLOR`) draws in monochrome.
    public init(colour: Bool) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        setlocale(LC_ALL, "")
        utf8 = tabletop_locale_is_utf8() != 0
        glyphs = utf8 ? .unicode : .ascii
        SignalFlag.install()
        tabletop_save_modes()
        guard let handle = tabletop_newterm() else {
            throw .unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "(unset)")
        }
        screenHandle = handle
        // A crash, or SIGQUIT from Ctrl-\, gives the terminal back too, then ends the process as it would have.
        tabletop_install_crash_handlers()
        set_escdelay(25)
        cbreak()
        noecho()
        nonl()
        let window = tabletop_stdscr()
        keypad(window, true)
        wtimeout(window, 0)
        curs_set(0)
        palette = Palette(colour: colour)
    }

    /// The terminal's size now.
    public var size: Size { Size(width: Int(tabletop_cols()), height: Int(tabletop_lines())) }

    /// Gives the terminal back as it was: leaves the alternate screen, shows the cursor, restores the modes.
    public func restore() {
        guard let handle = screenHandle else { return }
        endwin()
        delscreen(handle)
        screenHandle = nil
        tabletop_remove_crash_handlers()
    }

    /// Waits at most `tickMilliseconds` for a key, a resize, a signal or one of `descriptors` to be ready, then
    /// returns a tick and every key typed meanwhile (a caught signal comes alone). The caller services `descriptors`.
    public func nextEvents(now: () -> UInt64, alsoWaitingOn descriptors: [pollfd] = []) -> [Event] {
        if let signal = SignalFlag.take() { return [.signal(signal)] }
        var waited = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)] + descriptors
        _ = poll(&waited, nfds_t(waited.count), Self.tickMilliseconds)
        if let signal = SignalFlag.take() { return [.signal(signal)] }
        var events = [Event.tick(now())]
        // Keys ncurses already buffered are read even when poll saw nothing new; a paste is read to its end, in bounds.
        for _ in 0..<Self.keysPerWait {
            var value: wint_t = 0
            let status = wget_wch(tabletop_stdscr(), &value)
            guard status != ERR else { break }
            switch KeyDecoder.decode(UInt32(value), isKeyCode: status == tabletop_key_code_yes()) {
            case .key(let key): events.append(.key(key))
            case .resize: events.append(.resize(size))
            case .ignored: break
            }
        }
        if events.count == 1, waited[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return [.signal(.hangup)] }
        return events
    }

    /// Copies `screen` into ncurses and sends what changed.
    public func draw(_ screen: Screen) {
        let window = tabletop_stdscr()
        let width = min(screen.width, Int(tabletop_cols())), height = min(screen.height, Int(tabletop_lines()))
        for y in 0..<height {
            var x = 0
            while x < width {
                let style = screen[x, y].style
                let start = x
                buffer.removeAll(keepingCapacity: true)
                while x < width, screen[x, y].style == style {
                    append(screen, x, y)
                    x += 1
                }
                let (attributes, pair) = palette.attributes(style)
                wattr_set(window, attributes, pair, nil)
                buffer.withUnsafeBufferPointer { characters in
                    _ = mvwaddnwstr(window, Int32(y), Int32(start), characters.baseAddress, Int32(characters.count))
                }
            }
        }
        wattr_set(window, tabletop_a_normal(), 0, nil)
        wnoutrefresh(window)
        doupdate()
    }

    /// Appends the characters of one cell to `buffer`: nothing for the right half of a wide character,
    /// `?` for what a locale without UTF-8 cannot show.
    private func append(_ screen: Screen, _ x: Int, _ y: Int) {
        let cell = screen[x, y]
        if utf8 {
            if cell.isContinuation { return }
            buffer.append(wchar_t(bitPattern: cell.scalar.value))
            for mark in screen.marks(x: x, y: y) { buffer.append(wchar_t(bitPattern: mark.value)) }
        } else {
            buffer.append(wchar_t(cell.scalar.isASCII && !cell.isContinuation ? cell.scalar.value : 0x3F))
        }
    }
}
