import ArgumentParser
import TabletopUI
import TabletopCore

/// The one place `run` gets its session recorder from.
///
/// Merge hook: the journal writer (`JournalWriter`, default path under `$XDG_STATE_HOME/tabletop/sessions/`)
/// plugs in here: `open` creates it for a starting session and returns the `tabletop resume JOURNAL` command.
/// Until then nothing is recorded, and `--journal` is refused rather than silently ignored.
struct SessionRecording {
    /// Opens the recorder of a starting session; nil records nothing.
    let open: ((SessionStart) throws -> (recorder: any SessionRecorder, resumeCommand: String?)?)?

    init(journal: String?) throws {
        if journal != nil {
            throw ValidationError("--journal: this build does not write session journals yet")
        }
        open = nil
    }
}

/// The report writer the debrief's export key calls.
///
/// Merge hook: the report writer plugs in here, returning where it wrote (the debrief shows it). Nil hides the key.
enum ReportExport {
    static var writer: ((DrillSession) -> Result<String, Failure>)? { nil }
}
