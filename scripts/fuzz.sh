#!/usr/bin/env bash
# Builds the libFuzzer binary and fuzzes each target for SECONDS (default 60); exits 1 when any target crashes.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     targets: json condition scenario playbook journal link (default: all)
#
# Seeds come from the repository (Scenarios/, Playbooks/, test fixtures, the regression corpus); what the fuzzer
# learns is kept in .build-fuzz/corpus/TARGET and crashing inputs in .build-fuzz/findings/TARGET. See docs/fuzzing.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"

seconds=${1:-60}
[ $# -gt 0 ] && shift
all_targets=(json condition scenario playbook journal link)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")
case "$seconds" in ''|*[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]" >&2; exit 64 ;; esac
# Whether $1 is one of all_targets.
is_target() {
  local name
  for name in "${all_targets[@]}"; do [ "$name" = "$1" ] && return 0; done
  return 1
}
for target in "${targets[@]}"; do
  is_target "$target" || { echo "fuzz.sh: unknown target '$target' (targets: ${all_targets[*]})" >&2; exit 64; }
done

work=.build-fuzz
# The fuzzer's coverage needs -sanitize=fuzzer last: SwiftPM's --sanitize flags come first, so the pair is given again.
TABLETOP_FUZZ=1 swift build -c release --scratch-path "$work" --product tabletop-fuzz \
  --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address
binary="$work/release/tabletop-fuzz"
regressions=Tests/TabletopCoreTests/Fixtures/fuzz-regressions

# Writes the seed inputs of target $1 into folder $2.
seed() {
  rm -rf "$2" && mkdir -p "$2"
  case "$1" in
    json|scenario)
      cp Scenarios/*.json Tests/TabletopCoreTests/Fixtures/Malformed/*.json Tests/TabletopCoreTests/Fixtures/Lint/*.json "$2/" ;;
    playbook)
      cp Playbooks/*.json Tests/TabletopCoreTests/Fixtures/Malformed/playbook-*.json "$2/" ;;
    journal)
      # A solo drill and a hosted one (joined, vote and left lines), and every prefix of whole lines of each (a drill
      # interrupted after each line).
      local journal lines
      for journal in drill hosted; do
        cp "Tests/TabletopCoreTests/Fixtures/Journal/$journal.jsonl" "$2/"
        lines=$(wc -l < "Tests/TabletopCoreTests/Fixtures/Journal/$journal.jsonl")
        for count in $(seq 1 "$lines"); do head -n "$count" "Tests/TabletopCoreTests/Fixtures/Journal/$journal.jsonl" > "$2/$journal-prefix-$count.jsonl"; done
      done ;;
    link)
      # Streams of every message kind both ways, made by the real encoder (LinkFuzzSeedTests keeps them current).
      cp Tests/TabletopCoreTests/Fixtures/link-seeds/*.bin "$2/" ;;
    condition)
      # Every `when` in the bundled scenarios, one a file.
      python3 - "$2" <<'PY'
import json, pathlib, sys
out = pathlib.Path(sys.argv[1])
def walk(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "when" and isinstance(item, str): yield item
            yield from walk(item)
    elif isinstance(value, list):
        for item in value: yield from walk(item)
found = sorted({w for path in pathlib.Path("Scenarios").glob("*.json") for w in walk(json.loads(path.read_text()))})
for number, condition in enumerate(found):
    (out / f"when-{number}.txt").write_text(condition)
PY
      ;;
  esac
}

failed=()
for target in "${targets[@]}"; do
  corpus="$work/corpus/$target"; seeds="$work/seeds/$target"; findings="$work/findings/$target"
  mkdir -p "$corpus" "$findings" "$regressions/$target"
  seed "$target" "$seeds"
  echo "== fuzzing $target for ${seconds}s (findings in $findings/)"
  # Swift's own backtracer would race AddressSanitizer's report; libFuzzer prints the stack instead.
  if ! TABLETOP_FUZZ_TARGET=$target SWIFT_BACKTRACE=enable=no "$binary" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
      -dict=scripts/fuzz.dict -artifact_prefix="$findings/" -print_final_stats=1 \
      "$corpus" "$seeds" "$regressions/$target" 2> "$work/$target.log"; then
    failed+=("$target")
    grep -E "ERROR|Fatal error|SUMMARY|Test unit written" "$work/$target.log" >&2 || tail -20 "$work/$target.log" >&2
  fi
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|DONE" "$work/$target.log" || true
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: crashes in: ${failed[*]} (inputs in $work/findings/; keep each in $regressions/TARGET/ with a line in its expected.tsv)" >&2
  exit 1
fi
echo "fuzz.sh: no crashes in ${targets[*]}"
