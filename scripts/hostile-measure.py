#!/usr/bin/env python3
"""Measures the time and memory `tabletop` takes on the big hostile inputs (docs/fuzzing.md).

usage: scripts/hostile-measure.py [--runs N]

Generates each input in a temporary folder, runs the release `tabletop validate` on it N times, and
prints the median wall time and peak resident memory next to a reference
measured the same way in the same run: python3's json.load of the same file (json.load gives up on the
deep nesting; then its time is that of the failure). The exit status shows the input was refused or
accepted as the tests expect.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench import ROOT, PYTHON_PARSE, run_measured  # noqa: E402


MINIMAL = ('{{"format": "tabletop-scenario/1", "id": "big", "title": {title}, "summary": "S", '
           '"roles": [{{"id": "ic", "name": "IC"}}], "variables": {{"n": {{"type": "int", "initial": 1, "min": 0, "max": {max}}}}}, '
           '"start": "s1", "scenes": {scenes}, '
           '"endings": [{{"id": "end", "title": "End", "narrative": "E", "outcome": "success"}}]}}')
SCENE = ('{{"id": "s{n}", "title": "T", "phase": "detection", "narrative": "N", "prompt": "P", '
         '"options": [{{"id": "go", "label": "Go", "effects": [{{"add": "n", "by": 1}}], "next": "{next}"{when}}}, '
         '{{"id": "stop", "label": "Stop", "next": "end"}}]}}')


def scenario(title='"T"', maximum="9", scenes=None, when=""):
    scenes = scenes or "[" + SCENE.format(n=1, next="end", when=when) + "]"
    return MINIMAL.format(title=title, max=maximum, scenes=scenes)


def inputs():
    """(name, text) of every big input."""
    chain = "n > 0"
    while len(chain) + len(" and n > 0") <= 4096:
        chain += " and n > 0"
    count = 100_000
    scenes = "[" + ",".join(SCENE.format(n=i + 1, next="end" if i + 1 == count else f"s{i + 2}", when="")
                            for i in range(count)) + "]"
    yield "nesting-100000.json", "[" * 100_000
    yield "scenes-100000.json", scenario(scenes=scenes)
    yield "title-4mib.json", scenario(title='"' + "A" * (4 << 20) + '"')
    yield "number-100000-digits.json", scenario(maximum="9" * 100_000)
    yield "condition-and-chain-4096.json", scenario(when=f', "when": "{chain}"')
    yield "condition-identifier-1mib.json", scenario(when=', "when": "' + "x" * (1 << 20) + '"')
    yield "whitespace-200mib.json", " " * (200 << 20) + "{}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "tabletop"], cwd=ROOT, check=True)
    binary = os.path.join(subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                                         capture_output=True, text=True).stdout.strip(), "tabletop")
    print(f"| input | size | exit | tabletop validate: median s | peak MiB | json.load: median s | peak MiB | ratio |")
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for name, text in inputs():
            path = os.path.join(folder, name)
            with open(path, "w") as file:
                file.write(text)
            del text
            ours = [run_measured([binary, "validate", path]) for _ in range(args.runs)]
            reference = [run_measured([sys.executable, "-c", PYTHON_PARSE, path]) for _ in range(args.runs)]
            ours_time = statistics.median(run[0] for run in ours)
            reference_time = statistics.median(run[0] for run in reference)
            print(f"| {name} | {os.path.getsize(path) / 1048576:.1f} MiB | {ours[0][2]} "
                  f"| {ours_time:.3f} | {max(run[1] for run in ours) / 1048576:.0f} "
                  f"| {reference_time:.3f} | {max(run[1] for run in reference) / 1048576:.0f} "
                  f"| {ours_time / reference_time:.2f} |")
            os.remove(path)


if __name__ == "__main__":
    main()
