import TabletopCore

/// Runs the app: feeds it events and carries out its effects in order (recording first), so a frame drawn after
/// `send` never shows something that was not recorded.
///
/// The terminal layer reads events and draws `app`; tests drive it with scripted events and an in-memory recorder.
public final class AppDriver {
    public private(set) var app: App
    private let services: AppServices
    private var recorder: (any SessionRecorder)?

    /// A driver for `app`; `recorder` is given when resuming a session whose journal is already open.
    public init(app: App, services: AppServices, recorder: (any SessionRecorder)? = nil) {
        self.app = app
        self.services = services
        self.recorder = recorder
    }

    /// Applies `event` and everything its effects lead to; returns why to exit, when the program should stop.
    public func send(_ event: Event) -> ExitReason? {
        var queue = [event]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in app.update(next) {
                switch effect {
                case .record(let happening):
                    do {
                        if case .started(let start) = happening, recorder == nil, let open = services.openRecorder,
                           let opened = try open(start) {
                            recorder = opened.recorder
                            queue.append(.recorderOpened(resumeCommand: opened.resumeCommand))
                        }
                        if let recorder { try happening.deliver(to: recorder) }
                    } catch let error as FileWriteError {
                        // A failed start leaves no journal; later, the journal holds everything shown so far.
                        let resumable: Bool
                        if case .started = happening { resumable = false } else { resumable = true }
                        return .failed(error.sessionStopped(resumeCommand: resumable ? app.resumeCommand : nil), status: error.status)
                    } catch {
                        return .failed("the session could not be recorded: \(error)", status: .ioError)
                    }
                case .load(let item):
                    switch services.load(item) {
                    case .success(let setup): queue.append(.loaded(setup))
                    case .failure(let failure): queue.append(.loadFailed(failure))
                    }
                case .exportReport:
                    guard let export = services.exportReport, let session = app.session else { continue }
                    queue.append(.reportExported(export(session)))
                case .publish(let drill):
                    queue += services.publish?(drill).map(Event.team) ?? []
                case .exit(let reason):
                    return reason
                }
            }
        }
        return nil
    }
}
