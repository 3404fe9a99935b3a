#!/usr/bin/env bash
# The benchmark suite (bench/MsClr.Bench) with the kit's process settings: setup, then the benchmark in Release.
# Arguments go to the benchmark: --quick, --suite step (or step-fp32, step-bf16),soak,quick-step,quick-breakdown,eval,peak,bf16-accuracy,io, --update-readme docs/performance.md,
# --reproduce-timing runs/reproduce/timing.txt, --soak-steps N; --suite blocks prints a per-operation profile of one ST-GCN block.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$repo/scripts/setup.sh"
source "$repo/scripts/runtime-env.sh"
exec dotnet "$repo/bench/MsClr.Bench/bin/Release/net10.0/MsClr.Bench.dll" "$@"
