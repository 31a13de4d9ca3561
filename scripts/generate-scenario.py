#!/usr/bin/env python3
"""Writes a large, valid tabletop scenario for benchmarks: N scenes in a chain with branches,
conditions, effects, scene injects and timed injects, pretty-printed like a hand-written file and
shaped like the bundled drills (prose, log excerpts, feedback; one condition per scene names its
neighbour, so conditions are not all alike).

usage: generate-scenario.py SCENES OUTPUT
"""
import json
import sys

PHASES = ["detection", "containment", "eradication", "recovery"]


NARRATIVE = ("The on-call engineer reports that last night's build of the billing service pulled an "
             "unexpected version of a transitive dependency. The checksum in the lockfile no longer matches "
             "the tarball in the cache, and the package's maintainer account changed its e-mail address two "
             "days ago. Nobody on the platform team recognises the new release notes.")
LOG = ("$ sbomq find pkg:npm/left-padder --versions 4.2.0..4.2.3\n"
       "asset                kind   version  reachable from\n"
       "billing-api          image  4.2.3    internet 443/tcp\n"
       "ci-runner-01..16     host   4.2.3    office VPN\n"
       "toolbox:latest       image  4.2.0    internal registry")
FEEDBACK = ("The runners are out of the pool within fifteen minutes. Builds queue up and two teams complain "
            "in the channel, but nothing new is pulled from the public registry while you look. The cached "
            "tarball is preserved for the forensic copy.")


def scenario(count):
    """A drill of `count` scenes shaped like the bundled ones: about 5 KB and 28 bytes per JSON value a scene."""
    scenes = []
    for i in range(count):
        following = f"s{i + 1}" if i + 1 < count else "end"
        skip = f"s{i + 2}" if i + 2 < count else "end"
        previous = f"s{i - 1}" if i > 0 else "s0"
        scenes.append({
            "id": f"s{i}",
            "title": f"Scene {i}: the build server alert",
            "phase": PHASES[i % 4],
            "narrative": NARRATIVE,
            "injects": [
                {"from": "SBOM query", "channel": "log", "text": LOG, "when": "trust > 2"},
                {"from": "Dana (on-call)", "channel": "chat",
                 "text": "the checksum mismatch is real. I have the old tarball if anyone wants to diff it",
                 "when": f"chose('{previous}/isolate')"},
            ],
            "prompt": "The next build starts in ten minutes. What do you do first?",
            "options": [
                {"id": "isolate", "label": "Take the affected runners out of the pool", "role": "ir-lead",
                 "actions": ["sc.isolate-build-agents"], "effects": [{"add": "trust", "by": -1}],
                 "takes": "15m", "feedback": FEEDBACK, "next": following},
                {"id": "wait", "label": "Wait for the maintainer to answer", "role": "comms",
                 "when": f"trust > 2 and not visited('{skip}')" if skip != "end" else "trust > 2",
                 "takes": "30m", "feedback": FEEDBACK,
                 "next": [{"to": skip, "when": "elapsed() > 90m"}, {"to": following}]},
                {"id": "roll", "label": "Pin the last known-good version and rebuild", "role": "ir-lead",
                 "actions": ["sc.pin-dependency", "sc.rebuild-from-source"],
                 "effects": [{"roll": "luck", "sides": 6}], "takes": "45m", "feedback": FEEDBACK,
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
                     "text": "A reporter asks for comment on the compromised package.", "when": "trust < 3",
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
