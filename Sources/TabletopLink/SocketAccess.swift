#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import TabletopCore

/// Who may open the host's socket: its owner only (mode 0600), or also the members of one group (mode 0660).
public enum SocketAccess: Sendable, Hashable {
    /// Mode 0600: only the user running the host.
    case owner
    /// Mode 0660 with the socket's group set to this group id.
    case group(gid_t)

    /// Access for the members of the group named `name`, or an error (exit 64) when there is no such group.
    public static func group(named name: String) throws(LinkError) -> SocketAccess {
        var entry = Glibc.group()
        var result: UnsafeMutablePointer<Glibc.group>?
        var buffer = [CChar](repeating: 0, count: 16 * 1024)
        let status = getgrnam_r(name, &entry, &buffer, buffer.count, &result)
        guard status == 0, let found = result else {
            throw LinkError("no group named '\(SafeText.singleLine(name))'", exitStatus: .usage)
        }
        return .group(found.pointee.gr_gid)
    }

    /// The socket file's permission bits.
    var socketMode: mode_t { self == .owner ? 0o600 : 0o660 }
    /// The permission bits of the folder made for sockets: group members must be able to pass through it.
    var directoryMode: mode_t { self == .owner ? 0o700 : 0o710 }
}
