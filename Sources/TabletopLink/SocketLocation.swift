#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import TabletopCore

/// Where hosts put their sockets by default, and how a participant finds one.
///
/// Owner-only sockets go in `$XDG_RUNTIME_DIR/tabletop/` (or `/tmp/tabletop-UID/` when it is unset);
/// group-readable ones always in `/tmp/tabletop-UID/`, since `$XDG_RUNTIME_DIR` is private to its user.
public enum SocketLocation {
    /// The longest socket path the system accepts (the size of `sun_path` less its terminating zero).
    public static let maximumPathLength = MemoryLayout.size(ofValue: sockaddr_un().sun_path) - 1

    /// The folder for sockets of the given access, from the environment variable `XDG_RUNTIME_DIR` and the user id.
    public static func defaultDirectory(for access: SocketAccess, runtimeDirectory: String? = ProcessContext.environment("XDG_RUNTIME_DIR"),
                                        uid: uid_t = getuid()) -> String {
        if access == .owner, let runtime = runtimeDirectory, runtime.hasPrefix("/") {
            return (runtime.hasSuffix("/") ? runtime : runtime + "/") + "tabletop"
        }
        return "/tmp/tabletop-\(uid)"
    }

    /// The default socket path for a drill: `DIRECTORY/NAME.sock`, the name reduced to safe characters.
    public static func defaultPath(name: String, access: SocketAccess) -> String {
        let safe = String(name.unicodeScalars.map { scalar -> Character in
            scalar.properties.isAlphabetic && scalar.isASCII || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" ? Character(scalar) : "-"
        }.prefix(48))
        return defaultDirectory(for: access) + "/" + (safe.isEmpty ? "drill" : safe) + ".sock"
    }

    /// The sockets in a folder (paths ending in `.sock`), sorted; empty when it cannot be read.
    public static func sockets(in directory: String) -> [String] {
        (Directory.entries(directory) ?? []).filter { $0.hasSuffix(".sock") }.map { directory + "/" + $0 }
    }

    /// Creates the socket folder if missing (with `access.directoryMode`), or checks one that exists: a real folder owned by this user;
    /// its mode and group are then set for `access`.
    static func prepare(directory: String, for access: SocketAccess) throws(LinkError) {
        if mkdir(directory, access.directoryMode) != 0, errno != EEXIST {
            throw LinkError("cannot create \(directory): \(SystemError.describe())", exitStatus: .cantCreate)
        }
        var info = stat()
        guard lstat(directory, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == getuid() else {
            throw LinkError("\(directory) is not a folder owned by you; choose another socket path", exitStatus: .cantCreate)
        }
        guard chmod(directory, access.directoryMode) == 0 else {
            throw LinkError("cannot set the mode of \(directory): \(SystemError.describe())", exitStatus: .cantCreate)
        }
        if case .group(let gid) = access, chown(directory, uid_t.max, gid) != 0 {
            throw LinkError("cannot give \(directory) to group \(gid): \(SystemError.describe())", exitStatus: .cantCreate)
        }
    }
}
