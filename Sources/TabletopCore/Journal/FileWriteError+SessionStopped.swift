extension FileWriteError {
    /// What to tell the team when a journal write failed during a session: what failed, what the journal still holds, how to go on.
    ///
    /// `resumeCommand` continues the session from its journal; nil when nothing of the session was recorded.
    /// ```
    /// error.sessionStopped(resumeCommand: "tabletop resume drill.jsonl")
    /// // "the session could not be recorded: drill.jsonl: error: cannot write the journal: no space left on the device. ..."
    /// ```
    public func sessionStopped(resumeCommand: String?) -> String {
        let failed = "the session could not be recorded: \(text)"
        guard let resumeCommand else { return failed + ". Nothing of it was recorded: free some space (or choose a writable place) and start again." }
        return failed + ". The journal holds every event up to the last one shown; free some space (or make it writable), then continue with: "
            + resumeCommand
    }
}
