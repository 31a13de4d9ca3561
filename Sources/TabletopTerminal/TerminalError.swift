/// Why the full-screen terminal could not start.
public enum TerminalError: Error, Sendable, Equatable {
    /// Standard input or output is not a terminal.
    case notATerminal
    /// ncurses does not know the terminal type (`TERM`).
    case unknownTerminal(String)

    /// What to tell the user, with the headless alternative.
    public var message: String {
        let alternative = "to play headlessly use: tabletop play SCENARIO --choices ..."
        switch self {
        case .notATerminal:
            return "tabletop: the drill needs a terminal (stdin and stdout are not a TTY); \(alternative)"
        case .unknownTerminal(let name):
            return "tabletop: the terminal type '\(name)' is unknown (check TERM); \(alternative)"
        }
    }
}
