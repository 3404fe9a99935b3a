# Sourced by ./msclr, scripts/bench.sh and scripts/test.sh: process settings that only work when set before .NET starts.
#
# The memory allocator. LibTorch allocates every activation as a fresh block, hundreds of MB each at the paper's batch.
# glibc's malloc by default serves blocks above its dynamic mmap threshold with new mappings that the kernel zero-fills
# page by page on first touch, and unmaps them at once, so every training step pays for page faults and zeroing of
# gigabytes (system time equal to compute time). Two remedies, measured on the AimCLR step with scripts/bench.sh:
# - tcmalloc (Debian's libtcmalloc-minimal4, which scripts/setup.sh installs): keeps freed blocks in its page heap and
#   reuses them without zeroing; the fastest, and the smallest peak (two formats, fp32: 4.7 GB);
# - glibc tuned to serve everything from its heap and never trim it: as fast, but a heap only shrinks from its top, so
#   blocks freed in its middle fragment it (the same step peaks at 6.9 GB).
# MSCLR_ALLOCATOR=tcmalloc|glibc chooses; by default tcmalloc where it is installed, else tuned glibc. jemalloc was
# tried too and was 2x slower here (its default decay returns pages to the kernel within a step).
# awk reads all of ldconfig's output (no early exit): under `set -o pipefail` a reader that stops early makes ldconfig
# die of SIGPIPE, and the launcher with it.
msclr_tcmalloc="$(ldconfig -p 2>/dev/null | awk '/libtcmalloc_minimal\.so\.4 / && !found {print $NF; found = 1}')"
case "${MSCLR_ALLOCATOR:-}" in
  "") if [ -n "$msclr_tcmalloc" ]; then MSCLR_ALLOCATOR=tcmalloc; else MSCLR_ALLOCATOR=glibc; fi ;;
  tcmalloc) [ -n "$msclr_tcmalloc" ] || { echo "MSCLR_ALLOCATOR=tcmalloc, but libtcmalloc_minimal.so.4 is not installed (apt-get install libtcmalloc-minimal4)" >&2; return 1 2>/dev/null || exit 1; } ;;
  glibc) ;;
  *) echo "MSCLR_ALLOCATOR='$MSCLR_ALLOCATOR': expected tcmalloc or glibc" >&2; return 1 2>/dev/null || exit 1 ;;
esac
export MSCLR_ALLOCATOR
if [ "$MSCLR_ALLOCATOR" = tcmalloc ]; then
  case ":${LD_PRELOAD:-}:" in
    *":$msclr_tcmalloc:"*) ;;
    *) export LD_PRELOAD="$msclr_tcmalloc${LD_PRELOAD:+:$LD_PRELOAD}" ;;
  esac
else
  # A value the caller already set is kept.
  : "${GLIBC_TUNABLES:=glibc.malloc.mmap_max=0:glibc.malloc.trim_threshold=68719476736:glibc.malloc.top_pad=1073741824}"
  export GLIBC_TUNABLES
fi
unset msclr_tcmalloc
