import CTabletopNative
#if canImport(Glibc)
import Glibc
#endif

/// Puts huge pages behind malloc's heap for a large load, such as validating a big scenario.
///
/// Loading a scenario of 10,000 scenes allocates some 45 MB, most of it in small pieces (the model,
/// the tables, the source map). With 4 KiB pages the kernel faults in and clears each page when it is
/// first touched: 7,100 page faults, a fifth of validate's processor time on the benchmark machines.
/// Backed by 2 MiB pages the same memory takes about 1,500 faults (see docs/performance.md).
///
/// Linux with glibc only; elsewhere nothing is done. Transparent huge pages are asked for the way
/// glibc's own `glibc.malloc.hugetlb=1` tunable asks for them, which a process cannot set for itself
/// once started: malloc grows its heaps in large steps (`M_TOP_PAD`), keeps the memory it would hand
/// back (`M_TRIM_THRESHOLD`), serves blocks up to 32 MiB from its heaps instead of mapping each on its
/// own (`M_MMAP_THRESHOLD`), and each thread's heap is advised `MADV_HUGEPAGE`: the starting thread's
/// at once, each worker's before the next work it takes (see `WorkerThreads`). The settings last for
/// the process, which suits a command that loads, checks and exits; the resident memory stays that of
/// the pages touched, rounded up to whole huge pages.
///
/// Only for inputs up to `maximumLoad`: a larger load needs more fresh 2 MiB pages than a machine keeps
/// ready, and on the benchmark's virtual machines many of the rest are not yet backed by the host, so
/// clearing each takes milliseconds. Right after python freed its memory, 50,000 scenes (170 MB) took
/// 443 ms with huge pages behind the heap and 308 ms without (medians of 7); 10,000 scenes (34 MB)
/// took 60.6 ms with them and 67.5 ms without (medians of 31).
enum HugePageHeap {
    /// Inputs smaller than this are loaded with the heap as it is: they need little memory.
    static let minimumLoad = 8 << 20
    /// Inputs larger than this are loaded with the heap as it is too (see above).
    static let maximumLoad = 64 << 20

    private static let lock = ConditionLock()
    /// Whether `start` took effect; guarded by `lock`.
    nonisolated(unsafe) private static var started = false

    /// Whether a load of `bytes` of input gets huge pages: from `minimumLoad` to `maximumLoad`.
    static func applies(toLoadOf bytes: Int) -> Bool {
        (minimumLoad...maximumLoad).contains(bytes)
    }

    /// Whether `start` took effect: worker threads then advise their heaps.
    static var isStarted: Bool { lock.withLock { started } }

    /// Sets malloc up for a load of about `bytes` of input and advises the calling thread's heap; the
    /// first call only, and only for `minimumLoad` to `maximumLoad` bytes.
    static func start(expecting bytes: Int) {
        #if os(Linux) && canImport(Glibc)
        guard applies(toLoadOf: bytes), lock.withLock({ !started }) else { return }
        // The heap is mapped in steps of twice the input, as much as a large scenario's load takes in all
        // (1 GiB at most: the setting is an Int32); untouched, the memory costs nothing.
        guard tabletop_mallopt(topPad, Int32(min(max(2 * bytes, 64 << 20), 1 << 30))) == 1 else { return }
        _ = tabletop_mallopt(trimThreshold, Int32.max)
        _ = tabletop_mallopt(mmapThreshold, 32 << 20)
        lock.withLock { started = true }
        adviseHeap(grownBy: 16 << 20)
        #endif
    }

    /// Advises the calling thread's heap, for a worker about to take its first work after `start`; returns
    /// the addresses advised, nil when none were (not Linux with glibc, or the heap could not be found).
    ///
    /// Only the heap serving the thread now is advised: one that malloc adds later, once this one is full
    /// or when the thread is moved to another arena, is not.
    @discardableResult
    static func adviseCurrentThread() -> Range<UInt>? {
        #if os(Linux) && canImport(Glibc)
        return adviseHeap(grownBy: 64)
        #else
        return nil
        #endif
    }

    #if os(Linux) && canImport(Glibc)
    /// `mallopt`'s parameters (malloc.h).
    private static var trimThreshold: Int32 { -1 }
    private static var topPad: Int32 { -2 }
    private static var mmapThreshold: Int32 { -3 }

    /// Advises the heap that serves the calling thread, with its reserve, to be backed by huge pages.
    /// A block of `growth` bytes is taken first, so that a heap about to grow (by the top pad) does so
    /// now: the advice covers only what is mapped when it is given.
    @discardableResult
    private static func adviseHeap(grownBy growth: Int) -> Range<UInt>? {
        guard let block = malloc(growth) else { return nil }
        defer { free(block) }
        guard let range = MemoryMapping.heapRange(holding: UInt(bitPattern: block), in: MemoryMapping.current()),
              madvise(UnsafeMutableRawPointer(bitPattern: range.lowerBound), Int(range.upperBound - range.lowerBound), MADV_HUGEPAGE) == 0
        else { return nil }
        return range
    }
    #endif
}
