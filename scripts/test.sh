#!/usr/bin/env bash
# The README's test command: setup (libstdc++ check, restore, build), then the whole xunit suite.
# Prints "N passed, N failed" (summed over test assemblies from the TRX results) as its last line.
# Extra arguments go to `dotnet test`, e.g. scripts/test.sh --filter "FullyQualifiedName~Skeletons".
# Slow tests ([SlowFact]: subprocess kills, 1,000-step memory check) run too (MSCLR_SLOW_TESTS=1, also on CI);
# `scripts/test.sh --fast` skips them (they are then counted as skipped).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export MSCLR_SLOW_TESTS=1
args=()
for arg in "$@"; do
  if [ "$arg" = "--fast" ]; then MSCLR_SLOW_TESTS=0; else args+=("$arg"); fi
done
bash "$repo/scripts/setup.sh"
source "$repo/scripts/runtime-env.sh"
# One LibTorch intra-op thread per test process (OpenMP reads this when LibTorch loads; child processes inherit it): the
# tests' tensors are tiny, xunit already runs test classes on every core, and a second OpenMP thread per process only
# spins. Measured on a busy 2-core machine: a quick-budget step took 1.2 s of CPU with one thread and 8.6 s with two.
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"

results="$repo/.msclr/test-results"
rm -rf "$results"
set +e
dotnet test "$repo/MsClr.Kit.sln" -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" ${args[@]+"${args[@]}"}
status=$?
set -e

passed=0 failed=0 skipped=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  value() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed)))
  skipped=$((skipped + $(value notExecuted)))
done
if [ "$failed" -gt 0 ]; then
  # Repeat the failures next to the summary: CI logs keep only their tail, and the console logger
  # prints each failure where it happened, hundreds of lines earlier.
  echo "Failed tests:"
  for trx in "$results"/*.trx; do
    grep -o '<UnitTestResult [^>]*outcome="Failed"[^>]*>' "$trx" | sed -n 's/.* testName="\([^"]*\)".*/  \1/p'
    awk '/<UnitTestResult [^>]*outcome="Failed"/{f=1} f&&/<Message>/{m=1} m{print "    " $0} m&&/<\/Message>/{m=0; f=0}' "$trx" | head -n 40
  done
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1  # the run itself failed (crash, build or discovery error): never report it as green
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
