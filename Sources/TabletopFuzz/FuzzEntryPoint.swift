#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import TabletopCore
import TabletopFuzzTargets

// The libFuzzer entry point for every fuzz target, chosen by TABLETOP_FUZZ_TARGET (docs/fuzzing.md). Built only with
// TABLETOP_FUZZ=1 and `swift build --sanitize=fuzzer`, which links libFuzzer's `main`; scripts/fuzz.sh does both.

/// Feeds one input from libFuzzer to the chosen target; a trap or sanitizer report is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = FuzzSession.shared.target.run(bytes, reference: FuzzSession.shared.reference)
    return 0
}

/// The target and reference drill of this run, prepared on the first input.
struct FuzzSession: Sendable {
    let target: FuzzTarget
    let reference: FuzzReference

    static let shared = FuzzSession.prepare()

    /// Reads the target's name from the environment and loads the reference drill from this source tree.
    static func prepare() -> FuzzSession {
        let name = getenv("TABLETOP_FUZZ_TARGET").map { String(cString: $0) } ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            fail("set TABLETOP_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))", status: .usage)
        }
        // This file is Sources/TabletopFuzz/FuzzEntryPoint.swift: the repository is three levels up.
        let root = FilePath.directory(of: FilePath.directory(of: FilePath.directory(of: #filePath)))
        do throws(FuzzReference.Unavailable) {
            return FuzzSession(target: target, reference: try FuzzReference(repositoryRoot: root))
        } catch {
            fail(error.message, status: .noInput)
        }
    }

    /// Prints `message` and exits with `status`.
    static func fail(_ message: String, status: ExitStatus) -> Never {
        let line = Array("tabletop-fuzz: error: \(message)\n".utf8)
        _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        exit(status.rawValue)
    }
}
