/// Why the full-screen terminal could not start.
public enum TerminalError: Error, Sendable, Equatable {
    /// Standard input or output is not a terminal.
    case notATerminal
    /// ncurses does not know the terminal type (`TERM`).
    case unknownTerminal(String)

    /// What to tell the user, with the headless alternative.
    public var message: String { message(headless: "tabletop play SCENARIO --choices ...") }

    /// What to tell the user, suggesting `headless` as the command to use without a terminal.
    public func message(headless: String) -> String {
        let alternative = "to play headlessly use: \(headless)"
        switch self {
        case .notATerminal:
            return "tabletop: the drill needs a terminal (stdin and stdout are not a TTY); \(alternative)"
        case .unknownTerminal(let name):
            return "tabletop: the terminal type '\(name)' is unknown (check TERM); \(alternative)"
        }
    }
}
