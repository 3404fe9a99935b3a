#!/usr/bin/env bash
# Idempotent setup shared by the README's two commands (./msclr and scripts/test.sh).
# 1. TorchSharp 0.107 (LibTorch 2.10) needs GLIBCXX_3.4.32, i.e. libstdc++ from GCC 13 or newer.
#    Debian 12 ships GCC 12's. As root on Debian 12 we add Debian 13 (trixie) as a low-priority
#    apt source and take only libstdc++6 (and the libc6 it requires) from it; anywhere else we say
#    exactly what to do and stop.
# 2. tcmalloc (libtcmalloc-minimal4), the allocator scripts/runtime-env.sh prefers: installed with apt as root on
#    Debian or Ubuntu; elsewhere a note, and the launchers fall back to tuned glibc malloc (slower, larger peak).
# 3. Slurm (slurm-wlm: slurmctld, slurmd, sbatch) and munge, for the sweep tests' one-node test cluster
#    (scripts/slurm-test-cluster.sh): installed with apt as root on Debian or Ubuntu; elsewhere a note.
# 4. Restore and build the solution (Release), printing the build log only when it fails.
# 5. The notebooks' .NET Interactive kernel for Jupyter (scripts/setup-notebook-kernel.sh).
# Prints nothing when there is nothing to do. `--check` only reports whether the libstdc++ requirement is met.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
required_glibcxx="GLIBCXX_3.4.32"
log_dir="$repo/.msclr"
mkdir -p "$log_dir"

say() { printf 'setup: %s\n' "$*" >&2; }

find_libstdcxx() {
  local candidate
  for candidate in $(ldconfig -p 2>/dev/null | awk '/libstdc\+\+\.so\.6 .*x86-64|libstdc\+\+\.so\.6 .*AArch64/ {print $NF}') \
                   /usr/lib/x86_64-linux-gnu/libstdc++.so.6 /usr/lib/aarch64-linux-gnu/libstdc++.so.6 /usr/lib64/libstdc++.so.6; do
    [ -e "$candidate" ] && { echo "$candidate"; return 0; }
  done
  return 1
}

has_required_glibcxx() {
  local lib
  lib="$(find_libstdcxx)" || return 1
  grep -aq "$required_glibcxx" "$lib"
}

# The mirror this machine already uses for Debian (never a hard-coded host).
debian_mirror() {
  local uri=""
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    uri="$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)"
  fi
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri="$(awk '$1=="deb" && $0 ~ /bookworm/ && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list)"
  fi
  echo "$uri"
}

install_trixie_libstdcxx() {
  local mirror
  mirror="$(debian_mirror)"
  if [ -z "$mirror" ]; then
    say "cannot find this machine's Debian mirror in /etc/apt/sources.list(.d); add a trixie source by hand (see environment.md)"
    exit 1
  fi
  say "installing libstdc++6 from Debian 13 (trixie) under a low-priority pin (TorchSharp needs $required_glibcxx); log: .msclr/setup-apt.log"
  cat > /etc/apt/sources.list.d/msclr-trixie.sources <<SRC
Types: deb
URIs: $mirror
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  cat > /etc/apt/preferences.d/msclr-trixie <<PIN
# Written by MsClr.Kit scripts/setup.sh: trixie packages are only taken when asked for by name.
Package: *
Pin: release n=trixie
Pin-Priority: 100
PIN
  {
    apt-get update -o Acquire::Retries=3 &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends -t trixie libstdc++6
  } >"$log_dir/setup-apt.log" 2>&1 || { cat "$log_dir/setup-apt.log" >&2; say "apt-get failed (log above)"; exit 1; }
}

ensure_libstdcxx() {
  has_required_glibcxx && return 0
  local debian_major=""
  [ -f /etc/debian_version ] && debian_major="$(cut -d. -f1 /etc/debian_version)"
  if [ "$debian_major" = "12" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    install_trixie_libstdcxx
    has_required_glibcxx || { say "libstdc++6 was installed but still lacks $required_glibcxx"; exit 1; }
    return 0
  fi
  cat >&2 <<MSG
setup: TorchSharp 0.107 needs $required_glibcxx (libstdc++ from GCC 13 or newer); this system's libstdc++ lacks it.
  On Debian 12, run this script as root: it installs libstdc++6 from Debian 13 (trixie) under a low-priority pin.
  On Ubuntu 22.04: sudo add-apt-repository ppa:ubuntu-toolchain-r/test && sudo apt-get install libstdc++6
  Elsewhere: install the libstdc++ of GCC 13+ from your distribution (Debian 13, Ubuntu 24.04, Fedora 39 and later ship it).
  Check with: strings \$(ldconfig -p | awk '/libstdc\\+\\+.so.6 /{print \$NF; exit}') | grep $required_glibcxx
MSG
  exit 1
}

# grep reads everything (no -q): under pipefail an early exit would kill ldconfig with SIGPIPE and read as "missing".
has_tcmalloc() { ldconfig -p 2>/dev/null | grep 'libtcmalloc_minimal\.so\.4 ' >/dev/null; }

ensure_tcmalloc() {
  has_tcmalloc && return 0
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    say "installing libtcmalloc-minimal4 (the training allocator, see scripts/runtime-env.sh); log: .msclr/setup-apt.log"
    if DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libtcmalloc-minimal4 >>"$log_dir/setup-apt.log" 2>&1 ||
       { apt-get update -o Acquire::Retries=3 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libtcmalloc-minimal4; } >>"$log_dir/setup-apt.log" 2>&1; then
      has_tcmalloc && return 0
    fi
    say "could not install libtcmalloc-minimal4 (log: .msclr/setup-apt.log); using tuned glibc malloc instead"
    return 0
  fi
  say "libtcmalloc_minimal.so.4 not found: training uses tuned glibc malloc (slower, larger peak); install libtcmalloc-minimal4 (Debian/Ubuntu) or gperftools-libs (Fedora) for the faster allocator"
}

has_slurm() { command -v slurmctld >/dev/null && command -v slurmd >/dev/null && command -v sbatch >/dev/null && command -v munged >/dev/null; }

ensure_slurm() {
  has_slurm && return 0
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    say "installing slurm-wlm and munge (the sweep tests' one-node Slurm cluster); log: .msclr/setup-apt.log"
    if DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends slurm-wlm munge >>"$log_dir/setup-apt.log" 2>&1 ||
       { apt-get update -o Acquire::Retries=3 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends slurm-wlm munge; } >>"$log_dir/setup-apt.log" 2>&1; then
      has_slurm && return 0
    fi
    say "could not install slurm-wlm and munge (log: .msclr/setup-apt.log); the Slurm sweep tests will fail saying so"
    return 0
  fi
  say "slurm-wlm and munge not found: the Slurm sweep tests need them (apt-get install slurm-wlm munge, as root)"
}

ensure_dotnet() {
  if ! command -v dotnet >/dev/null; then
    say "the .NET SDK 10 is required (dotnet not on PATH); see environment.md"; exit 1
  fi
  local major
  major="$(dotnet --version 2>/dev/null | cut -d. -f1)"
  if [ -z "$major" ] || [ "$major" -lt 10 ]; then
    say "the .NET SDK 10 or newer is required; found '$(dotnet --version 2>/dev/null)'"; exit 1
  fi
}

build_solution() {
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
  if ! dotnet build "$repo/MsClr.Kit.sln" -c Release -nologo -v q -tl:off ${MSCLR_BUILD_ARGS:-} >"$log_dir/build.log" 2>&1; then
    cat "$log_dir/build.log" >&2
    say "build failed (log above, also in .msclr/build.log)"
    exit 1
  fi
}

if [ "${1:-}" = "--check" ]; then
  # Report only: no install, no build.
  if has_tcmalloc; then echo "tcmalloc: present"; else echo "tcmalloc: missing (tuned glibc malloc is used)"; fi
  if has_required_glibcxx; then echo "libstdc++: $required_glibcxx present ($(find_libstdcxx))"; else echo "libstdc++: $required_glibcxx missing"; exit 1; fi
  exit 0
fi

ensure_dotnet
ensure_libstdcxx
ensure_tcmalloc
ensure_slurm
build_solution
bash "$repo/scripts/setup-notebook-kernel.sh"
