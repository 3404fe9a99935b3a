#!/usr/bin/env bash
# The README's test command: setup (libstdc++ check, restore, build), then the whole xunit suite.
# Prints "N passed, N failed" (summed over test assemblies from the TRX results) as its last line.
# Extra arguments go to `dotnet test`, e.g. scripts/test.sh --filter "FullyQualifiedName~Skeletons".
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$repo/scripts/setup.sh"

results="$repo/.msclr/test-results"
rm -rf "$results"
set +e
dotnet test "$repo/MsClr.Kit.sln" -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" "$@"
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
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1  # the run itself failed (crash, build or discovery error): never report it as green
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
