#!/usr/bin/env python3
"""Runs tabletop's benchmarks in release mode and writes docs/performance.md.

usage: scripts/bench.py [--runs N] [--quick] [--output docs/performance.md]

Every figure is the median of several runs measured in this one run of the script, next to a
reference measured the same way at the same time (python3's json.load on the same file), so the
ratios stay meaningful on a shared, noisy machine. Peak memory is the child's maximum resident set
size as the kernel reports it (wait4).
"""
import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYTHON_PARSE = "import json,sys; json.load(open(sys.argv[1]))"


def run_measured(command):
    """Runs a command; returns (wall seconds, peak RSS bytes, exit status)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    return elapsed, usage.ru_maxrss * 1024, os.waitstatus_to_exitcode(status)


def build():
    subprocess.run(["swift", "build", "-c", "release", "--product", "tabletop"], cwd=ROOT, check=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "tabletop-bench"], cwd=ROOT, check=True)
    out = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout.strip()
    return os.path.join(out, "tabletop"), os.path.join(out, "tabletop-bench")


def bench_subcommands(bench):
    help_text = subprocess.run([bench, "--help"], capture_output=True, text=True).stdout
    return {line.split()[0] for line in help_text.split("SUBCOMMANDS:")[-1].splitlines() if line.strip()}


def validate_rows(tabletop, folder, sizes, runs):
    rows = []
    for scenes in sizes:
        path = os.path.join(folder, f"generated-{scenes}.json")
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "generate-scenario.py"), str(scenes), path], check=True)
        size = os.path.getsize(path)
        ours, python, memory = [], [], []
        run_measured([tabletop, "validate", path])  # warm the page cache
        for _ in range(runs):
            seconds, peak, status = run_measured([tabletop, "validate", path])
            if status != 0:
                sys.exit(f"tabletop validate failed on {path} (exit {status})")
            ours.append(seconds)
            memory.append(peak)
            seconds, _, _ = run_measured([sys.executable, "-c", PYTHON_PARSE, path])
            python.append(seconds)
        rows.append({
            "scenes": scenes, "bytes": size,
            "tabletop": statistics.median(ours), "python": statistics.median(python),
            "peak": statistics.median(memory),
        })
    return rows


def bench_json(bench, arguments):
    out = subprocess.run([bench] + arguments, capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def repeated(bench, arguments, times):
    """Runs a benchmark subcommand several times; returns its results."""
    return [bench_json(bench, arguments) for _ in range(times)]


def journal_section(bench, available, quick):
    """The journal append and resume figures, when the benchmarks exist."""
    lines = []
    times = 1 if quick else 3
    with tempfile.TemporaryDirectory(dir=os.environ.get("TABLETOP_BENCH_DIR")) as folder:
        if "journal-append" in available:
            results = repeated(bench, ["journal-append", os.path.join(ROOT, "Scenarios", "dependency-confusion.json"),
                                       "--appends", "200" if quick else "2000", "--directory", folder], times)
            p50 = statistics.median(r["p50Microseconds"] for r in results) / 1000
            p99 = statistics.median(r["p99Microseconds"] for r in results) / 1000
            lines += [
                "", "## Journal", "",
                "`tabletop-bench journal-append`: one decision line appended with one `write` and one `fsync`, "
                f"in a temporary folder on the machine's disk (medians of {times} runs of "
                f"{results[0]['appends']:,} appends). The fsync is the disk's: the figure moves with the disk's load.",
                "",
                "| line | p50 | p99 |", "|---:|---:|---:|",
                f"| {results[0]['lineBytes']} bytes | {p50:.2f} ms | {p99:.2f} ms |",
            ]
        if "resume" in available:
            results = repeated(bench, ["resume", "--decisions", "1000", "--runs", "5" if quick else "30",
                                       "--directory", folder], times)
            p50 = statistics.median(r["p50Milliseconds"] for r in results)
            worst = max(r["maxMilliseconds"] for r in results)
            lines += [
                "", "`tabletop-bench resume`: `ResumedSession.open` on a journal of 1,000 decisions "
                "(read, verify the chain and the file hashes, replay every decision). Target: under 100 ms.",
                "",
                "| journal | p50 | slowest | target < 100 ms |", "|---:|---:|---:|---|",
                f"| {results[0]['lines']:,} lines, {results[0]['journalBytes'] / 1000:.0f} KB | {p50:.1f} ms | "
                f"{worst:.1f} ms | {verdict(p50 < 100)} |",
            ]
    return lines


def explore_section(bench, available, quick):
    """Explore's decisions per second on a generated 10,000-scene drill."""
    if "explore" not in available:
        return []
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "generated-10000.json")
        subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "generate-scenario.py"), "10000", path], check=True)
        results = repeated(bench, ["explore", path, "--runs", "3" if quick else "20", "--states", "20000" if quick else "200000",
                                   "--repetitions", "1"], 1 if quick else 3)
    random_rate = statistics.median(r["randomDecisionsPerSecond"] for r in results)
    exhaustive_rate = statistics.median(r["exhaustiveDecisionsPerSecond"] for r in results)
    return [
        "", "## Explore", "",
        "`tabletop-bench explore` on a generated 10,000-scene drill: random playthroughs and the exhaustive "
        "search (which also digests and remembers every state). Target: at least 100,000 decisions a second.",
        "",
        "| search | decisions a second | target |", "|---|---:|---|",
        f"| random runs | {random_rate:,.0f} | {verdict(random_rate >= 100_000)} |",
        f"| exhaustive | {exhaustive_rate:,.0f} | {verdict(exhaustive_rate >= 100_000)} |",
    ]


def terminal_section(bench, available, quick):
    """Frame render time and the bytes one selection move sends to the terminal."""
    lines = []
    if "render" in available:
        results = repeated(bench, ["render", "--frames", "300" if quick else "3000"], 1 if quick else 3)
        p50 = statistics.median(r["p50Microseconds"] for r in results)
        cpu99 = statistics.median(r["cpuP99Microseconds"] for r in results)
        wall99 = statistics.median(r["p99Microseconds"] for r in results)
        lines += [
            "", "## The terminal drill", "",
            "`tabletop-bench render`: a full frame of the drill page (timeline, state, facilitator view, options) "
            "rendered into the cell buffer at 200x60. Target: under 1 ms. The wall-clock p99 includes the process "
            "being preempted on the shared machine; the CPU-time p99 is the frame's own cost.",
            "",
            "| frame | p50 | p99 (CPU time) | p99 (wall) | target < 1 ms |", "|---|---:|---:|---:|---|",
            f"| 200x60 | {p50:.0f} us | {cpu99:.0f} us | {wall99:.0f} us | {verdict(p50 < 1000 and cpu99 < 1000)} |",
        ]
    script = os.path.join(ROOT, "scripts", "bench-keystroke-bytes.sh")
    if os.path.exists(script) and subprocess.run(["sh", "-c", "command -v tmux"], capture_output=True).returncode == 0:
        out = subprocess.run(["bash", script], cwd=ROOT, capture_output=True, text=True)
        if out.returncode == 0 and out.stdout.strip():
            result = json.loads(out.stdout.strip().splitlines()[-1])
            lines += [
                "", "`scripts/bench-keystroke-bytes.sh`: bytes the real binary sends to the terminal when the "
                f"selection moves by one option, measured with tmux `pipe-pane` at {result['terminal']}. Target: under 300 bytes.",
                "",
                "| presses | median | min | max | target < 300 |", "|---:|---:|---:|---:|---|",
                f"| {result['presses']} | {result['medianBytes']} | {result['minBytes']} | {result['maxBytes']} | "
                f"{verdict(result['maxBytes'] < 300)} |",
            ]
    return lines


def host_section(bench, available, quick):
    """Host-and-join fan-out: from a host event to the last of 50 participants having drawn it."""
    if "host-fanout" not in available:
        return []
    results = repeated(bench, ["host-fanout", "--events", "300" if quick else "2000"], 1 if quick else 3)
    p50 = statistics.median(r["p50Milliseconds"] for r in results)
    p99 = statistics.median(r["p99Milliseconds"] for r in results)
    reference = statistics.median(r["referenceP50Milliseconds"] for r in results)
    return [
        "", "## Host and join", "",
        f"`tabletop-bench host-fanout`: {results[0]['participants']} participants joined to one host over its Unix "
        f"socket; the host publishes {results[0]['events']:,} snapshots of a drill in mid-play "
        f"({results[0]['snapshotBytes'] / 1000:.1f} KB each), and each is timed from `publish` to the last participant "
        "having decoded it and drawn its 120x40 participant screen (medians of the runs' percentiles). The participants run in one forked "
        "process, one after another, where in use each is its own process: the figure is a worst case. The reference "
        "sends frames of the same size over bare socket pairs and only reads them. Target: p99 under 50 ms.",
        "",
        "| participants | p50 | p99 | reference p50 | x reference | target p99 < 50 ms |", "|---:|---:|---:|---:|---:|---|",
        f"| {results[0]['participants']} | {p50:.2f} ms | {p99:.2f} ms | {reference:.2f} ms | {p50 / reference:.0f}x | "
        f"{verdict(p99 < 50)} |",
    ]


def machine():
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"


def commit():
    return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip() or "unknown"


def verdict(ok):
    return "met" if ok else "**not met**"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="smaller inputs and fewer runs, to check the script")
    parser.add_argument("--output", default=os.path.join(ROOT, "docs", "performance.md"))
    options = parser.parse_args()
    runs = 3 if options.quick else options.runs
    sizes = [1000, 10000] if options.quick else [1000, 10000, 50000]

    tabletop, bench = build()
    available = bench_subcommands(bench)
    with tempfile.TemporaryDirectory() as folder:
        rows = validate_rows(tabletop, folder, sizes, runs)
        decisions = []
        if "decision" in available:
            for scenes in sizes:
                result = bench_json(bench, ["decision", os.path.join(folder, f"generated-{scenes}.json"),
                                            "--decisions", "20000" if options.quick else "200000"])
                decisions.append(result)

    lines = [
        "# Performance",
        "",
        f"Measured by `scripts/bench.py` on {datetime.date.today().isoformat()}, commit `{commit()}`, "
        f"release build, on {machine()}. Times are medians of {runs} runs; the reference (python3's "
        "`json.load` of the same file, interpreter start included, as `python3 -c ...` is run) is measured "
        "in the same run, interleaved. The machine is shared: read the ratios, not the absolute times.",
        "",
        "Rerun: `python3 scripts/bench.py` (add `--quick` for a fast check).",
        "",
        "## Loading and validating",
        "",
        "`tabletop validate FILE` on scenarios written by `scripts/generate-scenario.py` (pretty-printed, "
        "with conditions, effects, routes, scene and timed injects), against `python3 -c 'import json,sys; "
        "json.load(open(sys.argv[1]))'`. Targets: validate at least 5 times faster than Python merely parses "
        "the file; peak memory under 4 times the file size.",
        "",
        "| scenes | file | tabletop validate | MB/s | python json.load | speed-up | target 5x | peak memory | x file | target < 4x |",
        "|---:|---:|---:|---:|---:|---:|---|---:|---:|---|",
    ]
    for row in rows:
        speedup = row["python"] / row["tabletop"]
        memory_ratio = row["peak"] / row["bytes"]
        lines.append(
            f"| {row['scenes']:,} | {row['bytes'] / 1e6:.1f} MB | {row['tabletop'] * 1000:.0f} ms | "
            f"{row['bytes'] / 1e6 / row['tabletop']:.0f} | {row['python'] * 1000:.0f} ms | {speedup:.2f}x | "
            f"{verdict(speedup >= 5)} | {row['peak'] / 1e6:.0f} MB | {memory_ratio:.1f}x | {verdict(memory_ratio < 4)} |")
    if decisions:
        lines += [
            "",
            "## One decision",
            "",
            "`tabletop-bench decision FILE`: the engine's `decide` timed alone, first offered option each time "
            "(effects, clock, timed injects, routes, scene injects). Target: under 20 microseconds whatever "
            "the scenario size.",
            "",
            "| scenes | decisions timed | p50 | p99 | target < 20 us |",
            "|---:|---:|---:|---:|---|",
        ]
        for result in decisions:
            lines.append(f"| {result['scenes']:,} | {result['decisions']:,} | {result['p50Microseconds']:.2f} us | "
                         f"{result['p99Microseconds']:.2f} us | {verdict(result['p99Microseconds'] < 20)} |")
    lines += journal_section(bench, available, options.quick)
    lines += explore_section(bench, available, options.quick)
    lines += terminal_section(bench, available, options.quick)
    lines += host_section(bench, available, options.quick)
    os.makedirs(os.path.dirname(options.output), exist_ok=True)
    with open(options.output, "w") as out:
        out.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
