#!/usr/bin/env bash
# The .NET Interactive path for the notebooks (called by scripts/setup.sh; idempotent, silent when nothing to do):
# 1. Jupyter's executor (Debian: jupyter-nbconvert, jupyter-client, python3-nbclient), as root on Debian/Ubuntu;
#    elsewhere a one-line note.
# 2. The Microsoft.dotnet-interactive tool pinned in .config/dotnet-tools.json (1.0.712001, the last release).
# 3. A Jupyter kernelspec `.net-csharp` (the name the notebooks ask for) that runs that tool bound to 127.0.0.1
#    (--http-local-only; the stock kernelspec listens on every interface). The kit itself makes charts, DataFrames
#    and TorchSharp work in this stock kernel (src/MsClr.Kit/Interactive/); nothing here patches the tool.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log_dir="$repo/.msclr"
mkdir -p "$log_dir"
tool_version="$(sed -n 's/.*"version": *"\([0-9][0-9.]*\)".*/\1/p' "$repo/.config/dotnet-tools.json" | tail -n 1)"
say() { printf 'setup: %s\n' "$*" >&2; }

has_jupyter() { command -v jupyter >/dev/null && jupyter nbconvert --version >/dev/null 2>&1; }

ensure_jupyter() {
  dpkg -s jupyter-nbconvert jupyter-client python3-nbclient >/dev/null 2>&1 && return 0
  command -v dpkg >/dev/null || { has_jupyter || say "Jupyter (nbconvert, nbclient) not found: the notebooks' Jupyter path is not set up (install jupyter-nbconvert and nbclient)"; return 0; }
  if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null; then
    say "jupyter-nbconvert / python3-nbclient missing: run scripts/setup.sh as root, or apt-get install jupyter-nbconvert jupyter-client python3-nbclient"
    return 0
  fi
  say "installing jupyter-nbconvert, jupyter-client, python3-nbclient (the notebooks' Jupyter path); log: .msclr/setup-apt.log"
  local packages=(jupyter-nbconvert jupyter-client python3-nbclient)
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${packages[@]}" >>"$log_dir/setup-apt.log" 2>&1; then
    { apt-get update -o Acquire::Retries=3 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${packages[@]}"; } >>"$log_dir/setup-apt.log" 2>&1 ||
      { tail -n 20 "$log_dir/setup-apt.log" >&2; say "apt-get failed (log above)"; exit 1; }
  fi
}

global_packages() {
  if [ -n "${NUGET_PACKAGES:-}" ]; then echo "$NUGET_PACKAGES"; return; fi
  if [ -d "$HOME/.nuget/packages" ]; then echo "$HOME/.nuget/packages"; return; fi
  # A nuget.config may move the folder; ask NuGet (a second or so, only on machines without the default folder).
  (cd "$repo" && dotnet nuget locals global-packages --list 2>/dev/null | sed -n 's/^global-packages: *//p' | sed 's:/*$::')
}

tool_app_dll() { echo "$(global_packages)/microsoft.dotnet-interactive/$tool_version/tools/net10.0/any/Microsoft.DotNet.Interactive.App.dll"; }

ensure_tool() {
  [ -f "$(tool_app_dll)" ] && return 0
  (cd "$repo" && dotnet tool restore >"$log_dir/setup-tool.log" 2>&1) ||
    { cat "$log_dir/setup-tool.log" >&2; say "dotnet tool restore (Microsoft.dotnet-interactive $tool_version) failed (log above)"; exit 1; }
  [ -f "$(tool_app_dll)" ] || { say "Microsoft.dotnet-interactive $tool_version restored, but $(tool_app_dll) is missing"; exit 1; }
}

kernelspec_json() {
  cat <<JSON
{
  "argv": ["dotnet", "$(tool_app_dll)", "jupyter", "--default-kernel", "csharp", "{connection_file}", "--http-port-range", "2048-3000", "--http-local-only"],
  "display_name": ".NET (C#)",
  "language": "C#",
  "env": {"DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT": "1", "DOTNET_CLI_TELEMETRY_OPTOUT": "1"},
  "metadata": {"vscode": {"extension_id": "ms-dotnettools.dotnet-interactive-vscode", "kernel_id": "dotnet-interactive"}, "msclr": "written by MsClr.Kit scripts/setup-notebook-kernel.sh"}
}
JSON
}

ensure_kernelspec() {
  local data_dir kernel_dir wanted
  data_dir="${JUPYTER_DATA_DIR:-$HOME/.local/share/jupyter}"
  kernel_dir="$data_dir/kernels/.net-csharp"
  wanted="$(kernelspec_json)"
  [ -f "$kernel_dir/kernel.json" ] && [ "$(cat "$kernel_dir/kernel.json")" = "$wanted" ] && return 0
  mkdir -p "$kernel_dir"
  printf '%s' "$wanted" >"$kernel_dir/kernel.json.tmp" && mv "$kernel_dir/kernel.json.tmp" "$kernel_dir/kernel.json"
}

ensure_jupyter
ensure_tool
ensure_kernelspec
