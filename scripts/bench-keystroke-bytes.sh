#!/usr/bin/env bash
# Bytes the terminal drill sends to the terminal when the selection moves by one option.
#
# usage: scripts/bench-keystroke-bytes.sh [BINARY] [PRESSES]
#
# Runs the drill (BINARY, default .build/release/tabletop, built if missing) in a 100x30 tmux pane on
# the sample scenario, copies everything it writes to the pane into a file with tmux pipe-pane, then
# presses Down and Up alternately PRESSES times (default 20). After each press it waits until the output
# has been quiet for 300 ms and counts the new bytes. Prints one JSON line with the median, min and max.
set -euo pipefail
cd "$(dirname "$0")/.."

binary=${1:-.build/release/tabletop}
presses=${2:-20}
if [ ! -x "$binary" ]; then
  swift build -c release --product tabletop >&2
fi
command -v tmux >/dev/null || { echo "bench-keystroke-bytes: tmux is needed (apt-get install tmux)" >&2; exit 1; }

socket="tabletop-bytes-$$"
work=$(mktemp -d)
t() { tmux -L "$socket" -f /dev/null "$@"; }
cleanup() {
  local path
  path=$(t display-message -p '#{socket_path}' 2>/dev/null || true)
  t kill-server 2>/dev/null || true
  [ -n "$path" ] && rm -f "$path"
  rm -rf "$work"
}
trap cleanup EXIT

wait_for() {
  for _ in $(seq 300); do
    if t capture-pane -p | grep -qF "$1"; then return 0; fi
    sleep 0.05
  done
  echo "bench-keystroke-bytes: '$1' did not appear" >&2
  exit 1
}

size() { stat -c %s "$work/bytes"; }

# Waits until the output file has not grown for 300 ms.
settle() {
  local last now quiet=0
  last=$(size)
  while [ "$quiet" -lt 6 ]; do
    sleep 0.05
    now=$(size)
    if [ "$now" = "$last" ]; then quiet=$((quiet + 1)); else quiet=0; last=$now; fi
  done
}

t -u new-session -d -x 100 -y 30 "env LANG=C.UTF-8 TERM=tmux-256color '$binary' run Scenarios/dependency-confusion.json --seed 7 --no-timers"
wait_for "Start the drill"
t send-keys s
wait_for "How do you respond to the alert?"
: > "$work/bytes"
t pipe-pane -o "cat >> '$work/bytes'"
settle

counts=()
for i in $(seq "$presses"); do
  before=$(size)
  if [ $((i % 2)) -eq 1 ]; then t send-keys Down; else t send-keys Up; fi
  settle
  counts+=($(( $(size) - before )))
done

sorted=($(printf '%s\n' "${counts[@]}" | sort -n))
n=${#sorted[@]}
median=${sorted[$(( (n - 1) / 2 ))]}
echo "{\"benchmark\": \"keystroke-bytes\", \"terminal\": \"100x30\", \"presses\": $n, \"medianBytes\": $median, \"minBytes\": ${sorted[0]}, \"maxBytes\": ${sorted[$((n - 1))]}}"
