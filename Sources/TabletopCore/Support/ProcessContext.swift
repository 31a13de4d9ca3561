#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What the running process was given: where its executable is (to find the files installed with it) and its environment.
public enum ProcessContext {
    /// The absolute path of the running executable, symbolic links resolved; nil when the system will not say.
    public static func executablePath() -> String? {
        #if canImport(Darwin)
        var size: UInt32 = 0
        _ = _NSGetExecutablePath(nil, &size)
        var buffer = [CChar](repeating: 0, count: Int(size) + 1)
        guard _NSGetExecutablePath(&buffer, &size) == 0 else { return nil }
        return Directory.resolved(String(cString: buffer))
        #else
        return Directory.resolved("/proc/self/exe")
        #endif
    }

    /// The value of an environment variable, or nil when it is unset.
    public static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
