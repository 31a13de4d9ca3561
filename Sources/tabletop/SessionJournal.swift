#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TabletopCore
import TabletopUI

/// The terminal drill's journal: where it goes, the recorder written when the drill starts, and the report made from it.
///
/// `--journal PATH` names the file (an existing folder gets a new file named by date, scenario and a short id);
/// without it the journal goes to the default folder (`$XDG_STATE_HOME/tabletop/sessions`, else
/// `~/.local/state/tabletop/sessions`). With neither, nothing is recorded and there is no report to export.
final class SessionJournal {
    private let place: (path: String, isFolder: Bool)?
    /// The journal file, once the drill has started (or from the start when resuming).
    private(set) var path: String?

    /// A journal for a new session.
    init(journal: String?) {
        var environment: [String: String] = [:]
        for name in ["XDG_STATE_HOME", "HOME"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        place = journal.map { (path: $0, isFolder: FilePath.isDirectory($0)) }
            ?? JournalLocation.defaultDirectory(environment: environment).map { (path: $0, isFolder: true) }
    }

    /// The journal of a resumed session, already open.
    init(resumed path: String) {
        place = nil
        self.path = path
    }

    /// Whether the session is recorded (and so can be resumed and reported).
    var isEnabled: Bool { place != nil || path != nil }

    /// Creates the journal of a starting session; nil when there is nowhere to write it.
    func open(_ start: SessionStart) throws -> (recorder: any SessionRecorder, resumeCommand: String?)? {
        guard let place else { return nil }
        let writer = place.isFolder
            ? try JournalWriter.create(inDirectory: place.path, scenario: start.scenario)
            : try JournalWriter.create(at: place.path, scenario: start.scenario)
        path = writer.path
        return (writer, Self.resumeCommand(writer.path))
    }

    /// Writes the after-action report (HTML, beside the journal) for the debrief's export key.
    func exportReport(_ session: DrillSession) -> Result<String, Failure> {
        guard let path else { return .failure(Failure("the session has no journal to report on")) }
        do {
            return .success(try ReportWriter.write(journal: path, format: .html))
        } catch {
            return .failure(Failure(error.message))
        }
    }

    /// The command that reopens the journal at `path`.
    static func resumeCommand(_ path: String) -> String {
        "tabletop resume " + ShellWord.quote(path)
    }

    /// The command that goes on with the journal at `path` without a terminal.
    static func headlessResumeCommand(_ path: String) -> String {
        "tabletop play --resume \(ShellWord.quote(path)) --choices ..."
    }
}
