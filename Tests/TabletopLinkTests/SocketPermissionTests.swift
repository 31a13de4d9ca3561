#if canImport(Glibc)
import Glibc
#endif
import Testing
import TabletopCore
@testable import TabletopLink

@Suite("The socket: its mode decides who may join; stale sockets are replaced, live ones never")
struct SocketPermissionTests {
    /// The mode bits and group of a file.
    static func status(_ path: String) -> (mode: mode_t, gid: gid_t)? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return (info.st_mode & 0o7777, info.st_gid)
    }

    @Test func theSocketIsOwnerOnlyByDefault() throws {
        let link = try LinkHarness()
        #expect(Self.status(link.socketPath)?.mode == 0o600)
    }

    @Test func aGroupSocketIsGroupReadableAndOwnedByTheGroup() throws {
        let link = try LinkHarness { HostOptions(socketPath: $0, access: .group(getgid())) }
        #expect(Self.status(link.socketPath)?.mode == 0o660)
        #expect(Self.status(link.socketPath)?.gid == getgid())
    }

    @Test func anUnknownGroupIsAUsageError() {
        #expect(throws: LinkError("no group named 'no-such-group-xyz'", exitStatus: .usage)) { try SocketAccess.group(named: "no-such-group-xyz") }
    }

    @Test func aSecondHostOnALiveSocketIsRefused() throws {
        let link = try LinkHarness()
        #expect(throws: LinkError("a drill is already hosted at \(link.socketPath)", exitStatus: .cantCreate)) {
            try HostServer(options: HostOptions(socketPath: link.socketPath), drill: LinkHarness.drill())
        }
        let ann = try link.join(LinkHarness.ann)
        #expect(ann.isOpen)
    }

    @Test func aStaleSocketIsReplaced() throws {
        let link = try LinkHarness()
        let stale = link.directory + "/stale.sock"
        let dead = try UnixSocket.listen(at: stale, access: .owner)
        // The socket file stays and nothing answers on it. Shut down first: a child another test forks meanwhile
        // may hold a copy of the descriptor, which would otherwise keep the socket listening.
        shutdown(dead, Int32(SHUT_RDWR))
        close(dead)
        let host = try HostServer(options: HostOptions(socketPath: stale), drill: LinkHarness.drill())
        let ann = try ParticipantConnection(socketPath: stale, participant: LinkHarness.ann)
        _ = host.wait(milliseconds: 100)
        #expect(ann.wait(milliseconds: 1000).contains(.welcome(LinkHarness.ann)))
        host.close(reason: "done")
    }

    @Test func aFileThatIsNotASocketIsNeverRemoved() throws {
        let link = try LinkHarness()
        let path = link.directory + "/notes.sock"
        let file = open(path, O_CREAT | O_WRONLY, 0o600)
        close(file)
        defer { unlink(path) }
        #expect(throws: LinkError("\(path) exists and is not a socket; choose another path", exitStatus: .cantCreate)) {
            try HostServer(options: HostOptions(socketPath: path), drill: LinkHarness.drill())
        }
        #expect(access(path, F_OK) == 0)
    }

    @Test func joiningWhereNoDrillIsHostedSaysSo() throws {
        let link = try LinkHarness()
        let missing = link.directory + "/none.sock"
        #expect(throws: LinkError("no drill is hosted at \(missing)", exitStatus: .noInput)) {
            try ParticipantConnection(socketPath: missing, participant: LinkHarness.ann)
        }
    }

    @Test func joiningASocketNoHostAnswersOnSaysTheDrillEnded() throws {
        let link = try LinkHarness()
        let stale = link.directory + "/ended.sock"
        close(try UnixSocket.listen(at: stale, access: .owner))
        defer { unlink(stale) }
        #expect(throws: LinkError("no host is listening at \(stale) (the drill has ended)", exitStatus: .noInput)) {
            try ParticipantConnection(socketPath: stale, participant: LinkHarness.ann)
        }
    }

    @Test func aPathTooLongForASocketIsAUsageError() {
        let path = "/tmp/" + String(repeating: "d", count: 120) + ".sock"
        #expect(throws: LinkError("the socket path must be 1 to 107 bytes: \(path)", exitStatus: .usage)) {
            try HostServer(options: HostOptions(socketPath: path), drill: LinkHarness.drill())
        }
    }

    @Test func defaultPathsFollowTheRuntimeDirectory() {
        #expect(SocketLocation.defaultDirectory(for: .owner, runtimeDirectory: "/run/user/1000", uid: 1000) == "/run/user/1000/tabletop")
        #expect(SocketLocation.defaultDirectory(for: .owner, runtimeDirectory: nil, uid: 1000) == "/tmp/tabletop-1000")
        #expect(SocketLocation.defaultDirectory(for: .owner, runtimeDirectory: "relative", uid: 1000) == "/tmp/tabletop-1000")
        #expect(SocketLocation.defaultDirectory(for: .group(100), runtimeDirectory: "/run/user/1000", uid: 1000) == "/tmp/tabletop-1000")
        #expect(SocketLocation.defaultPath(name: "ransom/ware.v2", access: .group(100)).hasSuffix("/ransom-ware-v2.sock"))
    }

    @Test(.enabled(if: getuid() == 0, "skipped: switching to a second user needs root"))
    func aUserWithoutAccessToTheSocketCannotJoin() throws {
        let link = try LinkHarness()
        chmod(link.directory, 0o755)   // only the socket's own mode stands in the way
        let stranger: uid_t = 54_321
        guard let joined = Self.connectionSucceeds(to: link.socketPath, as: stranger) else {
            print("skipped: this system does not let the tests become uid \(stranger)")
            return
        }
        #expect(!joined)
        chmod(link.socketPath, 0o666)   // the control: with access, the same user gets through
        #expect(Self.connectionSucceeds(to: link.socketPath, as: stranger) == true)
    }

    /// Whether a child process running as `uid` can connect to the socket; nil when the child could not become that user.
    static func connectionSucceeds(to path: String, as uid: uid_t) -> Bool? {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: Array(path.utf8)) }
        let child = fork()
        if child == 0 {
            // Only system calls from here: the child of a threaded process must not allocate.
            guard setgroups(0, nil) == 0, setgid(uid) == 0, setuid(uid) == 0 else { _exit(2) }
            let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
            let result = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
            }
            _exit(result == 0 ? 0 : 1)
        }
        var status: Int32 = 0
        waitpid(child, &status, 0)
        let code = (status >> 8) & 0xFF
        return code == 2 ? nil : code == 0
    }
}
