#!/usr/bin/env python3
"""Runs every tabletop benchmark in release mode and writes docs/performance.md.

usage: scripts/bench.py [--runs N] [--quick] [--output docs/performance.md]

Every figure is the median of several runs measured in this one run of the script (each section says
how many), next to its target and, for loading, a reference measured the same way at the same time
(python3's json.load on the same file), so the ratios stay meaningful on a shared, noisy machine.
Peak memory is the child's maximum resident set size, as GNU time reports it (see run_measured).

Adding a benchmark: write a function that takes the Bench context and returns the Markdown lines of its
section (a heading, one sentence on what is measured and its target, a table), and add it to SECTIONS.
"""
import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE_SCENARIO = os.path.join(ROOT, "Scenarios", "dependency-confusion.json")
PYTHON_PARSE = "import json,sys; json.load(open(sys.argv[1]))"


class Bench:
    """What every section needs: the release binaries, the run counts, and the generated scenarios."""

    def __init__(self, tabletop, bench, quick, runs, folder):
        self.tabletop = tabletop
        self.bench = bench
        self.quick = quick
        # Loading is timed `runs` times per file; the in-process benchmarks, which time many samples each, `repeats` times.
        self.runs = runs
        self.repeats = 1 if quick else 3
        self.sizes = [1000, 10000] if quick else [1000, 10000, 50000]
        self.folder = folder
        self.subcommands = subcommands(bench)

    def scenario(self, scenes):
        """A generated scenario of `scenes` scenes (written once, shared by the sections).

        A new file is flushed to disk before it is used: the kernel would otherwise write its pages back
        during the measurements that follow, on the cores they time."""
        path = os.path.join(self.folder, f"generated-{scenes}.json")
        if not os.path.exists(path):
            subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "generate-scenario.py"), str(scenes), path], check=True)
            os.sync()
        return path

    def has(self, subcommand):
        return subcommand in self.subcommands

    def repeated(self, arguments):
        """Runs a tabletop-bench subcommand `repeats` times; returns each run's JSON result."""
        return [bench_json(self.bench, arguments) for _ in range(self.repeats)]


GNU_TIME = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None


def run_measured(command):
    """Runs a command; returns (wall seconds, peak RSS bytes, exit status).

    The peak comes from GNU time when it is installed (Debian's `time`): the kernel's figure for a child of this
    script would start at the script's own size, since a forked child keeps its parent's high-water mark across exec.
    Without it, that inflated figure is used and the report says so."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as report:
        wrapped = [GNU_TIME, "-f", "%M", "-o", report.name] + command if GNU_TIME else command
        start = time.perf_counter()
        process = subprocess.Popen(wrapped, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        peak = int(report.read().split()[-1]) * 1024 if GNU_TIME else usage.ru_maxrss * 1024
    return elapsed, peak, os.waitstatus_to_exitcode(status)


# Whether release builds are fully static executables (see `build`), as the report's first lines say.
STATIC_EXECUTABLE = sys.platform.startswith("linux")


def build():
    """Builds both products in release mode, as they would ship, and returns their paths.

    On Linux they are fully static executables (`-static-executable`: the Swift runtime, the C library and
    ncurses linked in), as a binary meant for other machines is built. With no dynamic loader to run and
    nothing to relocate, `tabletop --version` took 2.0 ms where a binary with only the Swift runtime linked
    in took 3.4 ms (medians of 41 runs on the benchmark machine)."""
    flags = ["-c", "release"] + (["-Xswiftc", "-static-executable"] if STATIC_EXECUTABLE else [])
    for product in ["tabletop", "tabletop-bench"]:
        subprocess.run(["swift", "build"] + flags + ["--product", product], cwd=ROOT, check=True)
    out = subprocess.run(["swift", "build"] + flags + ["--show-bin-path"], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.strip()
    return os.path.join(out, "tabletop"), os.path.join(out, "tabletop-bench")


def subcommands(bench):
    help_text = subprocess.run([bench, "--help"], capture_output=True, text=True).stdout
    return {line.split()[0] for line in help_text.split("SUBCOMMANDS:")[-1].splitlines() if line.strip()}


def bench_json(bench, arguments):
    out = subprocess.run([bench] + arguments, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def median(results, key):
    return statistics.median(result[key] for result in results)


def verdict(ok):
    return "met" if ok else "**not met**"


def medians_of(runs, samples):
    """How a figure was taken: "medians of 3 runs of 2,000 appends", or one run's figures under --quick."""
    taken = "medians of " + (f"{runs} runs" if runs > 1 else "1 run (--quick)")
    return f"{taken} of {samples}" if samples else taken


def not_measured(what, why):
    return ["", f"{what}: not measured ({why})."]


def validate_section(context):
    """Load and validate throughput against python's json.load, and peak memory, on 1,000 to 50,000 scenes."""
    lines = [
        "", "## Loading and validating", "",
        "`tabletop validate FILE` on scenarios written by `scripts/generate-scenario.py` (pretty-printed, "
        "with conditions, effects, routes, scene and timed injects), against `python3 -c 'import json,sys; "
        "json.load(open(sys.argv[1]))'` (interpreter start included, as `python3 -c ...` is run), interleaved, "
        f"{medians_of(context.runs, None)} each after one warm-up. Targets: validate at least 5 times faster than "
        "Python merely parses the file; peak memory under 4 times the file size.",
        "",
        "| scenes | file | tabletop validate | MB/s | python json.load | MB/s | speed-up | target 5x | peak memory | x file | target < 4x |",
        "|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---|",
    ]
    paths = [context.scenario(scenes) for scenes in context.sizes]  # all written and flushed before any timing
    for scenes, path in zip(context.sizes, paths):
        size = os.path.getsize(path)
        ours, python, memory = [], [], []
        run_measured([context.tabletop, "validate", path])  # warm the page cache
        for _ in range(context.runs):
            seconds, peak, status = run_measured([context.tabletop, "validate", path])
            if status != 0:
                sys.exit(f"tabletop validate failed on {path} (exit {status})")
            ours.append(seconds)
            memory.append(peak)
            seconds, _, _ = run_measured([sys.executable, "-c", PYTHON_PARSE, path])
            python.append(seconds)
        ours, python, peak = statistics.median(ours), statistics.median(python), statistics.median(memory)
        megabytes = size / 1e6
        speedup, memory_ratio = python / ours, peak / size
        lines.append(
            f"| {scenes:,} | {megabytes:.1f} MB | {ours * 1000:.0f} ms | {megabytes / ours:.0f} | {python * 1000:.0f} ms | "
            f"{megabytes / python:.0f} | {speedup:.2f}x | {verdict(speedup >= 5)} | {peak / 1e6:.0f} MB | {memory_ratio:.1f}x | "
            f"{verdict(memory_ratio < 4)} |")
    lines += [
        "", "How validate goes about it: a regular file is mapped into memory, not copied. A file of a megabyte or more "
        "is parsed on two threads, the second starting at an array element near the middle (`JSONFragment`), each "
        "faulting in its own part of the file first, into a tape of 12-byte nodes backed by huge pages where the "
        "kernel allows and the file is under 64 MiB (`MemoryAdvice`), appended to a buffer the parser owns (`TapeBuffer`), not to an array; the second "
        "thread's nodes become the tape's second part as they are, with nothing copied, since a container records its "
        "size rather than where it ends. The parser also lists the elements of the arrays just below the root as it "
        "meets them, so that the scenes are not found again by walking the tape. Past its first sixteen bytes a string is scanned 32 bytes at a time with "
        "AVX2 (16 with SSE2; `CTabletopNative`). From 8 to 64 MiB of input, malloc's heaps are backed by huge pages "
        "(`HugePageHeap`): the model, tables and source map of 10,000 scenes otherwise cost some 5,000 page faults. "
        "From 1,000 scenes, the scenes are indexed in two halves at once, then read on "
        "two threads, each with its own copy of the symbol table, straight into one array. Prose (titles, "
        "narratives, labels, feedback, inject texts) is checked but never decoded, since validate has no use for it. "
        "Lint takes each half of the scenes through every step on its own thread (story graph edges, usage tables, "
        "then the checks of each scene), so that no two threads count references to the same scene; it tells option "
        "labels apart by prefixes the loader noted, not by reading them from the file again. The loader and "
        "lint read a borrowed document, so the threads count no shared references to it either, and the work goes to "
        "a worker thread started before the parse (`WorkerThreads`), not to a new thread per step. Each step gives "
        "the result one thread would, and tests compare the two. Once the report is out the process ends, so "
        "validate leaves the load for the operating system to reclaim rather than freeing it piece by piece "
        "(`LeftForExit`, like clang's `-disable-free`).",
    ]
    floor = statistics.median(run_measured([context.tabletop, "--version"])[1] for _ in range(context.runs))
    lines += ["", f"Memory floor: the program doing nothing (`tabletop --version`) peaks at {floor / 1e6:.0f} MB, so a file "
              f"under {floor / 4e6:.1f} MB cannot meet the memory target whatever validate does."]
    if not GNU_TIME:
        lines += ["", "Peak memory here is the kernel's figure for a child of the script, which starts at the script's own "
                  "size: install GNU time (Debian's `time`) for the program's own peak."]
    return lines


def decision_section(context):
    """Microseconds per engine decision, whatever the scenario size."""
    if not context.has("decision"):
        return not_measured("One decision", "tabletop-bench has no decision benchmark")
    decisions = "20000" if context.quick else "200000"
    lines = [
        "", "## One decision", "",
        "`tabletop-bench decision FILE`: the engine's `decide` timed alone, first offered option each time "
        f"(effects, clock, timed injects, routes, scene injects); {medians_of(context.repeats, f'{int(decisions):,} decisions')}. "
        "Target: p99 under 20 microseconds whatever the scenario size.",
        "",
        "| scenes | p50 | p99 | target < 20 us |", "|---:|---:|---:|---|",
    ]
    for scenes in context.sizes:
        results = context.repeated(["decision", context.scenario(scenes), "--decisions", decisions])
        p50, p99 = median(results, "p50Microseconds"), median(results, "p99Microseconds")
        lines.append(f"| {scenes:,} | {p50:.2f} us | {p99:.2f} us | {verdict(p99 < 20)} |")
    return lines


def journal_section(context):
    """Journal append p50/p99 (one write and one fsync) and the time to resume a long journal."""
    lines = ["", "## Journal"]
    appends = "200" if context.quick else "2000"
    with tempfile.TemporaryDirectory(dir=os.environ.get("TABLETOP_BENCH_DIR")) as folder:
        if context.has("journal-append"):
            results = context.repeated(["journal-append", SAMPLE_SCENARIO, "--appends", appends, "--directory", folder])
            p50, p99 = median(results, "p50Microseconds") / 1000, median(results, "p99Microseconds") / 1000
            lines += [
                "", "`tabletop-bench journal-append`: one decision line appended with one `write` and one `fsync`, "
                f"in a temporary folder on the machine's disk (`TABLETOP_BENCH_DIR` chooses another); "
                f"{medians_of(context.repeats, f'{int(appends):,} appends')}. The fsync is the disk's: the figure moves with the "
                "disk's load. Target: p99 under 10 ms, so recording a decision never delays its frame noticeably.",
                "",
                "| line | p50 | p99 | target < 10 ms |", "|---:|---:|---:|---|",
                f"| {results[0]['lineBytes']} bytes | {p50:.2f} ms | {p99:.2f} ms | {verdict(p99 < 10)} |",
            ]
        else:
            lines += not_measured("Journal append", "tabletop-bench has no journal-append benchmark")
        if context.has("resume"):
            results = context.repeated(["resume", "--decisions", "1000", "--runs", "5" if context.quick else "30",
                                        "--directory", folder])
            p50, worst = median(results, "p50Milliseconds"), max(r["maxMilliseconds"] for r in results)
            lines += [
                "", "`tabletop-bench resume`: `ResumedSession.open` on a journal of 1,000 decisions (read, verify the "
                f"chain and the file hashes, replay every decision); {medians_of(context.repeats, str(results[0]['runs']) + ' opens')}. "
                "Target: under 100 ms.",
                "",
                "| journal | p50 | slowest | target < 100 ms |", "|---:|---:|---:|---|",
                f"| {results[0]['lines']:,} lines, {results[0]['journalBytes'] / 1000:.0f} KB | {p50:.1f} ms | "
                f"{worst:.1f} ms | {verdict(p50 < 100)} |",
            ]
        else:
            lines += not_measured("Resume", "tabletop-bench has no resume benchmark")
    return lines


def explore_section(context):
    """Explore's decisions per second on a generated 10,000-scene drill."""
    if not context.has("explore"):
        return not_measured("Explore", "tabletop-bench has no explore benchmark")
    results = context.repeated(["explore", context.scenario(10000), "--runs", "3" if context.quick else "20",
                                "--states", "20000" if context.quick else "200000", "--repetitions", "1"])
    random_rate, exhaustive_rate = median(results, "randomDecisionsPerSecond"), median(results, "exhaustiveDecisionsPerSecond")
    return [
        "", "## Explore", "",
        "`tabletop-bench explore` on a generated 10,000-scene drill: random playthroughs and the exhaustive "
        f"search (which also digests and remembers every state); {medians_of(context.repeats, None)}. "
        "Target: at least 100,000 decisions a second.",
        "",
        "| search | decisions a second | target |", "|---|---:|---|",
        f"| random runs | {random_rate:,.0f} | {verdict(random_rate >= 100_000)} |",
        f"| exhaustive | {exhaustive_rate:,.0f} | {verdict(exhaustive_rate >= 100_000)} |",
    ]


def terminal_section(context):
    """Frame render time and the bytes one selection move sends to the terminal."""
    lines = ["", "## The terminal drill"]
    if context.has("render"):
        frames = "300" if context.quick else "3000"
        results = context.repeated(["render", "--frames", frames])
        p50, cpu99, wall99 = median(results, "p50Microseconds"), median(results, "cpuP99Microseconds"), median(results, "p99Microseconds")
        lines += [
            "", "`tabletop-bench render`: a full frame of the drill page (timeline, state, facilitator view, options) "
            f"rendered into the cell buffer at 200x60; {medians_of(context.repeats, f'{int(frames):,} frames')}. "
            "Target: under 1 ms. The wall-clock p99 includes the process being preempted on the shared machine; "
            "the CPU-time p99 is the frame's own cost.",
            "",
            "| frame | p50 | p99 (CPU time) | p99 (wall) | target < 1 ms |", "|---|---:|---:|---:|---|",
            f"| 200x60 | {p50:.0f} us | {cpu99:.0f} us | {wall99:.0f} us | {verdict(p50 < 1000 and cpu99 < 1000)} |",
        ]
    else:
        lines += not_measured("Frame render", "tabletop-bench has no render benchmark")
    if shutil.which("tmux") is None:
        return lines + not_measured("Bytes per keystroke", "tmux is not installed")
    out = subprocess.run(["bash", os.path.join(ROOT, "scripts", "bench-keystroke-bytes.sh"), context.tabletop],
                         cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0 or not out.stdout.strip():
        return lines + not_measured("Bytes per keystroke", f"scripts/bench-keystroke-bytes.sh failed: {out.stderr.strip()}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return lines + [
        "", "`scripts/bench-keystroke-bytes.sh`: bytes the real binary sends to the terminal when the "
        f"selection moves by one option, measured with tmux `pipe-pane` at {result['terminal']}; the median of "
        f"{result['presses']} presses. Target: under 300 bytes.",
        "",
        "| presses | median | min | max | target < 300 |", "|---:|---:|---:|---:|---|",
        f"| {result['presses']} | {result['medianBytes']} | {result['minBytes']} | {result['maxBytes']} | "
        f"{verdict(result['maxBytes'] < 300)} |",
    ]


def host_section(context):
    """Host-and-join fan-out: from a host event to the last of 50 participants having drawn it."""
    if not context.has("host-fanout"):
        return not_measured("Host and join fan-out", "tabletop-bench has no host-fanout benchmark")
    results = context.repeated(["host-fanout", "--events", "300" if context.quick else "2000"])
    p50, p99, reference = median(results, "p50Milliseconds"), median(results, "p99Milliseconds"), median(results, "referenceP50Milliseconds")
    first = results[0]
    taken = medians_of(len(results), f"{first['events']:,} events")
    return [
        "", "## Host and join", "",
        f"`tabletop-bench host-fanout`: {first['participants']} participants joined to one host over its Unix socket; the "
        f"host publishes snapshots of a drill in mid-play ({first['snapshotBytes'] / 1000:.1f} KB each), each timed from "
        f"`publish` to the last participant having decoded it and drawn its 120x40 participant screen ({taken}). "
        "The participants run in one forked process, one after another, where in use each is its own process: the "
        "figure is a worst case. The reference sends frames of the same size over bare socket pairs and only reads "
        "them. Target: p99 under 50 ms.",
        "",
        "| participants | p50 | p99 | reference p50 | x reference | target p99 < 50 ms |", "|---:|---:|---:|---:|---:|---|",
        f"| {first['participants']} | {p50:.2f} ms | {p99:.2f} ms | {reference:.2f} ms | {p50 / reference:.0f}x | {verdict(p99 < 50)} |",
    ]


# The sections of docs/performance.md, in order.
SECTIONS = [validate_section, decision_section, journal_section, explore_section, terminal_section, host_section]


def machine():
    """The CPU model, core count, kernel and memory of this machine."""
    model = "unknown CPU"
    memory = ""
    try:
        with open("/proc/cpuinfo") as info:
            model = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), model)
        with open("/proc/meminfo") as info:
            total = next((int(line.split()[1]) for line in info if line.startswith("MemTotal:")), 0)
            memory = f", {total / 1024 / 1024:.0f} GB of memory" if total else ""
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores{memory}, {platform.system()} {platform.release()}"


def commit():
    return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip() or "unknown"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each load measurement (default 7)")
    parser.add_argument("--quick", action="store_true", help="smaller inputs and fewer runs, to check the script")
    parser.add_argument("--output", default=os.path.join(ROOT, "docs", "performance.md"))
    options = parser.parse_args()

    tabletop, bench = build()
    with tempfile.TemporaryDirectory() as folder:
        context = Bench(tabletop, bench, options.quick, 3 if options.quick else options.runs, folder)
        lines = [
            "# Performance",
            "",
            f"Measured by `scripts/bench.py{' --quick' if options.quick else ''}` on {datetime.date.today().isoformat()}, "
            f"commit `{commit()}`, release build{' as a fully static executable' if STATIC_EXECUTABLE else ''}, on {machine()}. Every figure is a median of several runs made in "
            "this one run of the script (each section says how many), next to its target. The machine may be "
            "shared: read the ratios, not the absolute times.",
            "",
            "Rerun: `python3 scripts/bench.py` (`--quick --output /tmp/performance.md` for a fast check that leaves this file alone).",
        ]
        for section in SECTIONS:
            lines += section(context)
    os.makedirs(os.path.dirname(os.path.abspath(options.output)), exist_ok=True)
    with open(options.output, "w") as out:
        out.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
