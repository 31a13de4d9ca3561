import CNcursesw
import TabletopUI

/// SIGINT, SIGTERM and SIGHUP turned into a flag that the program polls, instead of ending the process at once,
/// so that it can record a quit, give the terminal back and say how to resume.
public enum SignalFlag {
    /// From now on the three signals only raise the flag; a blocked read or poll returns early (no `SA_RESTART`).
    public static func install() {
        tabletop_install_signal_handlers()
    }

    /// The signal caught since the last call, if any, lowering the flag.
    public static func take() -> TerminationSignal? {
        TerminationSignal(rawValue: tabletop_take_signal())
    }
}
