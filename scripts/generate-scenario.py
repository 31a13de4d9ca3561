#!/usr/bin/env python3
"""Writes a large, valid tabletop scenario for benchmarks: N scenes in a chain with branches,
conditions, effects, scene injects and timed injects, pretty-printed like a hand-written file.

usage: generate-scenario.py SCENES OUTPUT
"""
import json
import sys

PHASES = ["detection", "containment", "eradication", "recovery"]


def scenario(count):
    scenes = []
    for i in range(count):
        following = f"s{i + 1}" if i + 1 < count else "end"
        skip = f"s{i + 2}" if i + 2 < count else "end"
        scenes.append({
            "id": f"s{i}",
            "title": f"Scene {i}: the build server alert",
            "phase": PHASES[i % 4],
            "narrative": "The on-call engineer reports that the nightly build pulled an unexpected version "
                         "of a transitive dependency; checksums differ from the lockfile.",
            "injects": [{"from": "SOC", "channel": "alert",
                         "text": "EDR flagged outbound connection from build-agent-07 to 203.0.113.9:443",
                         "when": "trust > 2"}],
            "prompt": "What do you do first?",
            "options": [
                {"id": "isolate", "label": "Isolate the build agent", "role": "ir-lead",
                 "actions": ["sc.isolate-build-agents"], "effects": [{"add": "trust", "by": -1}],
                 "takes": "15m", "next": following},
                {"id": "wait", "label": "Wait and gather more logs", "when": "trust > 2 and not visited('s0')",
                 "takes": "30m", "next": [{"to": skip, "when": "elapsed() > 90m"}, {"to": following}]},
                {"id": "roll", "label": "Try the quick fix", "effects": [{"roll": "luck", "sides": 6}],
                 "next": [{"to": following, "when": "luck >= 4 or mode == 'calm'"}, {"to": skip}]},
            ],
        })
    return {
        "format": "tabletop-scenario/1", "id": "generated", "title": f"Generated drill with {count} scenes",
        "summary": "A synthetic scenario for benchmarks.",
        "roles": [{"id": "ir-lead", "name": "IR lead"}, {"id": "comms", "name": "Comms"}],
        "variables": {
            "trust": {"type": "int", "initial": 5, "min": 0, "max": 10},
            "luck": {"type": "int", "initial": 1, "min": 1, "max": 6},
            "mode": {"type": "enum", "values": ["calm", "busy"], "initial": "calm"},
        },
        "start": "s0",
        "scenes": scenes,
        "endings": [{"id": "end", "title": "End", "narrative": "Done", "outcome": "success"}],
        "injects": [{"id": f"t{i}", "at": f"{i * 7}m", "from": "Press", "channel": "news",
                     "text": "A reporter asks for comment.", "when": "trust < 3",
                     "effects": [{"set": "mode", "to": "busy"}]} for i in range(min(count, 500))],
    }


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[2], "w") as out:
        json.dump(scenario(int(sys.argv[1])), out, indent=2)
        out.write("\n")


if __name__ == "__main__":
    main()
