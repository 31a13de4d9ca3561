import TabletopCore

/// What the program provides for the app's effects: loading scenarios, opening the session's recorder, exporting the
/// report, publishing a hosted drill.
public struct AppServices {
    /// Loads the scenario and playbook of a picker item.
    public var load: (PickerItem) -> Result<DrillSetup, Failure>
    /// Opens the recorder of a session that is starting, and says how to resume it (nil: nothing is recorded).
    public var openRecorder: ((SessionStart) throws -> (recorder: any SessionRecorder, resumeCommand: String?)?)?
    /// Writes the report of a session and says where (nil: the debrief offers no export).
    public var exportReport: ((DrillSession) -> Result<String, Failure>)?
    /// Hosting: sends the drill to the participants, and returns what that caused (participants dropped for not reading).
    public var publish: ((SharedDrillState) -> [TeamEvent])?

    public init(load: @escaping (PickerItem) -> Result<DrillSetup, Failure>,
                openRecorder: ((SessionStart) throws -> (recorder: any SessionRecorder, resumeCommand: String?)?)? = nil,
                exportReport: ((DrillSession) -> Result<String, Failure>)? = nil,
                publish: ((SharedDrillState) -> [TeamEvent])? = nil) {
        self.load = load
        self.openRecorder = openRecorder
        self.exportReport = exportReport
        self.publish = publish
    }
}
