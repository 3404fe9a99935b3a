#!/usr/bin/env bash
# Times `msclr reproduce` at an older commit and at this checkout, one after the other on this machine, each with fresh
# data and runs folders, so a speed-up is measured in one run on one machine (the performance issue's "before and after").
#   scripts/bench-reproduce.sh OLD_COMMIT [BUDGET] [extra reproduce arguments...]
# e.g. scripts/bench-reproduce.sh 58ba05b quick --skip-notebooks
# NEW_ARGS="--skip-baselines" adds arguments for this checkout's side only (options the older commit does not know, such
# as leaving out work the older commit did not do, so both sides run the same experiments).
# Prints one line per side (commit, wall seconds, process CPU seconds) and the speed-up; keeps the logs in a temporary
# folder it names. The older commit is checked out in a detached worktree there and built in Release.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
old="${1:?usage: scripts/bench-reproduce.sh OLD_COMMIT [BUDGET] [reproduce arguments...]}"
budget="${2:-quick}"
shift $(( $# >= 2 ? 2 : 1 ))
work="$(mktemp -d /tmp/msclr-bench-reproduce-XXXXXX)"
cleanup() { git -C "$repo" worktree remove --force "$work/old" >/dev/null 2>&1 || true; }
trap cleanup EXIT

bash "$repo/scripts/setup.sh"
git -C "$repo" worktree add --detach --quiet "$work/old" "$old"
dotnet build "$work/old/MsClr.Kit.sln" -c Release --nologo -v q >"$work/old-build.log" 2>&1 \
  || { echo "bench-reproduce: building $old failed; see $work/old-build.log" >&2; exit 1; }
source "$repo/scripts/runtime-env.sh"

declare -A wall cpu
TIMEFORMAT='%R %U %S'
for side in old new; do
  tree="$repo"; [ "$side" = old ] && tree="$work/old"
  commit="$(git -C "$tree" rev-parse --short HEAD)"
  [ "$side" = new ] && ! git -C "$repo" diff --quiet HEAD && commit="$commit+changes"
  { time MSCLR_DATA="$work/$side-data" MSCLR_RUNS="$work/$side-runs" \
      dotnet "$tree/src/MsClr.Cli/bin/Release/net10.0/msclr.dll" reproduce --budget "$budget" --out "$work/$side-report" "$@" \
        $([ "$side" = new ] && echo "${NEW_ARGS:-}") \
      >"$work/$side.log" 2>&1; } 2>"$work/$side.time" \
    || { echo "bench-reproduce: reproduce at $commit failed; see $work/$side.log" >&2; exit 1; }
  read -r wall[$side] user system <"$work/$side.time"
  cpu[$side]=$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')
  printf '%s %s: %.0f s wall, %.0f s CPU\n' "$side" "$commit" "${wall[$side]}" "${cpu[$side]}"
done
awk -v o="${wall[old]}" -v n="${wall[new]}" -v cpu="$(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)" -v cores="$(nproc)" -v logs="$work" \
  'BEGIN { printf "speed-up (old wall / new wall): %.2fx on %s (%s cores); logs in %s\n", o / n, cpu, cores, logs }'
