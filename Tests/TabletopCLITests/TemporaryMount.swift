import Foundation
import TabletopTestSupport

/// A small tmpfs mounted on a new folder for one test (a disk that fills up, or one that is read-only); unmounted when released.
///
/// Mounting needs root (CAP_SYS_ADMIN); tests that use it are enabled only where `isPermitted`.
final class TemporaryMount {
    /// The mounted folder.
    let path: String

    /// Mounts a tmpfs with `options` (such as `size=4k` or `ro`).
    init(options: String) throws {
        path = try TestFiles.temporaryFolder()
        let mounted = try CLIRunner.shell("mount -t tmpfs -o \(options) tabletop-test \"$0\"", arguments: [path], in: URL(fileURLWithPath: "/"))
        guard mounted.status == 0 else { throw CLIRunner.Failure("mount -t tmpfs -o \(options) failed: \(mounted.stderr)") }
    }

    deinit {
        _ = try? CLIRunner.shell("umount \"$0\" && rmdir \"$0\"", arguments: [path], in: URL(fileURLWithPath: "/"))
    }

    /// Whether this process may mount a tmpfs (it runs as root and the container allows it).
    static let isPermitted: Bool = getuid() == 0 && (try? TemporaryMount(options: "size=4k")) != nil
}
