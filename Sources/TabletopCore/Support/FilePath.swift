#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Path arithmetic on POSIX path strings, and the few questions about files the journal asks.
public enum FilePath {
    /// `path` made absolute against the current directory, with `.` and `..` components resolved lexically.
    public static func absolute(_ path: String) -> String {
        guard !path.hasPrefix("/") else { return normalized(path) }
        return normalized(currentDirectory() + "/" + path)
    }

    /// The folder part of a path: `a/b` for `a/b/c.json`, `.` for `c.json`, `/` for `/c.json`.
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of a path: `c.json` for `a/b/c.json`.
    public static func lastComponent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// `directory/name`, without doubling a slash.
    public static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// `path` with its extension (after the last dot of the last component) replaced by `newExtension`.
    public static func replacingExtension(of path: String, with newExtension: String) -> String {
        let name = lastComponent(of: path)
        let stem = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        let base = stem.isEmpty ? name : stem
        let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
        return folder + base + "." + newExtension
    }

    /// Whether something exists at `path` and is a directory.
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether anything exists at `path`.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    private static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
