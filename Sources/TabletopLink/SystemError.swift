#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The text of the C library's last error.
enum SystemError {
    /// `strerror(errno)`, e.g. `Permission denied`.
    static func describe(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }
}
