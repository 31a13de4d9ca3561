#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import TabletopCore

/// The system calls for Unix domain stream sockets: listening on a path, connecting to one, reading peers' credentials.
///
/// Every descriptor is non-blocking and close-on-exec. Nothing here ever opens a network address.
enum UnixSocket {
    /// Listens on `path` with the permissions `access` asks for; a socket already there is replaced only when no host answers on it.
    static func listen(at path: String, access: SocketAccess) throws(LinkError) -> Int32 {
        var address = try self.address(path)
        try removeStale(at: path)
        let descriptor = try open()
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else {
            let reason = SystemError.describe()
            close(descriptor)
            throw LinkError("cannot create the socket \(path): \(reason)", exitStatus: .cantCreate)
        }
        if case .group(let gid) = access, chown(path, uid_t.max, gid) != 0 {
            let reason = SystemError.describe()
            close(descriptor); unlink(path)
            throw LinkError("cannot give the socket \(path) to group \(gid): \(reason)", exitStatus: .cantCreate)
        }
        guard chmod(path, access.socketMode) == 0, Glibc.listen(descriptor, 64) == 0 else {
            let reason = SystemError.describe()
            close(descriptor); unlink(path)
            throw LinkError("cannot listen on \(path): \(reason)", exitStatus: .cantCreate)
        }
        return descriptor
    }

    /// Connects to the socket at `path`; the error says whether nothing is there, access is denied or no host answers.
    static func connect(to path: String) throws(LinkError) -> Int32 {
        var address = try self.address(path)
        let descriptor = try open()
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        if connected == 0 || errno == EINPROGRESS || errno == EAGAIN { return descriptor }
        let code = errno
        close(descriptor)
        switch code {
        case ENOENT: throw LinkError("no drill is hosted at \(path)", exitStatus: .noInput)
        case EACCES, EPERM: throw LinkError("you may not join the drill at \(path): permission denied", exitStatus: .noInput)
        case ECONNREFUSED: throw LinkError("no host is listening at \(path) (the drill has ended)", exitStatus: .noInput)
        default: throw LinkError("cannot connect to \(path): \(SystemError.describe(code))", exitStatus: .noInput)
        }
    }

    /// Accepts one waiting connection, non-blocking; nil when none is waiting.
    static func accept(on listener: Int32) -> Int32? {
        let descriptor = Glibc.accept(listener, nil, nil)
        guard descriptor >= 0 else { return nil }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        return descriptor
    }

    /// `pid P, uid U` of the process at the other end, for log lines.
    static func peerDescription(_ descriptor: Int32) -> String {
        var credentials = PeerCredentials()
        var length = socklen_t(MemoryLayout<PeerCredentials>.size)
        guard getsockopt(descriptor, SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0 else { return "fd \(descriptor)" }
        return "pid \(credentials.pid), uid \(credentials.uid)"
    }

    /// The layout of Linux's `struct ucred`, which Swift does not import without `_GNU_SOURCE`.
    private struct PeerCredentials {
        var pid: pid_t = 0
        var uid: uid_t = 0
        var gid: gid_t = 0
    }

    /// Removes a socket left by a host that is gone; refuses when a host answers there or the path is not a socket.
    private static func removeStale(at path: String) throws(LinkError) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFSOCK else {
            throw LinkError("\(path) exists and is not a socket; choose another path", exitStatus: .cantCreate)
        }
        if let live = try? connect(to: path) {
            var ready = pollfd(fd: live, events: Int16(POLLOUT), revents: 0)
            let answered = poll(&ready, 1, 200) > 0 && ready.revents & Int16(POLLERR | POLLHUP) == 0
            close(live)
            if answered { throw LinkError("a drill is already hosted at \(path)", exitStatus: .cantCreate) }
        }
        guard unlink(path) == 0 || errno == ENOENT else {
            throw LinkError("cannot remove the stale socket \(path): \(SystemError.describe())", exitStatus: .cantCreate)
        }
    }

    /// A new non-blocking, close-on-exec Unix stream socket.
    private static func open() throws(LinkError) -> Int32 {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw LinkError("cannot open a socket: \(SystemError.describe())", exitStatus: .cantCreate) }
        return descriptor
    }

    /// The `sockaddr_un` of `path`, refused when the path does not fit.
    private static func address(_ path: String) throws(LinkError) -> sockaddr_un {
        let bytes = Array(path.utf8)
        guard !bytes.isEmpty, bytes.count <= SocketLocation.maximumPathLength, !bytes.contains(0) else {
            throw LinkError("the socket path must be 1 to \(SocketLocation.maximumPathLength) bytes: \(path)", exitStatus: .usage)
        }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
        }
        return address
    }
}
