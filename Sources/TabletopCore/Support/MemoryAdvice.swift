#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Advice to the kernel about large buffers: back them with huge pages, or fault their pages in ahead of use.
///
/// Fresh memory is slow to touch the first time: on the benchmark machines, 0.3 to 0.5 ms a megabyte for
/// the kernel to fault it in and clear it, several times as long as writing it afterwards. Linux only;
/// elsewhere, and for buffers too small to gain from it, nothing is done.
enum MemoryAdvice {
    /// Asks for huge pages (2 MiB on x86-64) behind `bytes` bytes of memory at `address`, before they are written.
    ///
    /// A JSON tape of tens of megabytes is written once, front to back, right after it is allocated:
    /// with 4 KiB pages that is a page fault every few hundred nodes. Measured on a 34 MB scenario (with
    /// 16-byte nodes, the file mapped all at once): 13,321 page faults became 7,347, and the parse took
    /// 15.2 ms instead of 21.4. Buffers under 4 MiB are left alone: they span one or two huge pages at most.
    /// So are those over 16 MiB (each half of the tape of a file over some 64 MiB), for the reason
    /// `HugePageHeap` stops there: more fresh huge pages than a machine keeps ready, many slow to clear.
    static func useHugePages(_ address: UnsafeMutableRawPointer, bytes: Int) {
        #if os(Linux)
        guard bytes >= 4 << 20, bytes <= 16 << 20 else { return }
        advise(address, bytes, MADV_HUGEPAGE)
        #endif
    }

    /// Faults in, for reading, the pages of `length` bytes at `address` that are not mapped yet: for two
    /// threads to share the faulting of a mapped file, each its own part. Memory that is no longer mapped
    /// is left alone. Under 256 KiB, where one system call would save few faults, nothing is done.
    static func prefault(_ address: UnsafeRawPointer, _ length: Int) {
        #if os(Linux)
        guard length >= 256 << 10 else { return }
        advise(UnsafeMutableRawPointer(mutating: address), length, populateRead)
        #endif
    }

    #if os(Linux)
    /// `MADV_POPULATE_READ` (Linux 5.14), which older C headers lack; an older kernel refuses it, which is
    /// harmless: the pages are then faulted in as they are used.
    private static var populateRead: Int32 { 22 }

    /// `madvise` on the whole pages inside the range; its errors only mean the advice is not taken.
    private static func advise(_ address: UnsafeMutableRawPointer, _ length: Int, _ advice: Int32) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (Int(bitPattern: address) + page - 1) & ~(page - 1)
        let end = (Int(bitPattern: address) + length) & ~(page - 1)
        guard end > start else { return }
        _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, advice)
    }
    #endif
}
