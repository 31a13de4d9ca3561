#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes all of `bytes` to `descriptor` in one `write` (repeated only after a short write or an interruption), then `fsync`s.
///
/// Returns 0, or the `errno` of the call that failed.
func syncedWrite(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32 {
    var failure: Int32 = 0
    bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno
                return
            }
            offset += written
        }
    }
    if failure == 0, fsync(descriptor) != 0 { failure = errno }
    return failure
}
