#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists and creates folders.
public enum Directory {
    /// The names in a folder (without `.` and `..`), sorted; nil when it cannot be read.
    public static func entries(_ path: String) -> [String]? {
        guard let stream = opendir(path) else { return nil }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { String(cString: $0) }
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Creates `path` and any missing parents (mode 0755); false when it cannot.
    public static func create(_ path: String) -> Bool {
        if FilePath.isDirectory(path) { return true }
        let parent = FilePath.directory(of: path)
        if parent != path, !FilePath.isDirectory(parent), !create(parent) { return false }
        return mkdir(path, 0o755) == 0 || FilePath.isDirectory(path)
    }

    /// The canonical absolute path (symbolic links resolved), or nil when it does not exist.
    public static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
