# Sourced by ./msclr, scripts/bench.sh and scripts/test.sh: process settings that only work when set before .NET starts.
#
# glibc malloc. LibTorch allocates every activation as a fresh block; by default glibc serves blocks over its dynamic
# mmap threshold with new mappings, which the kernel zero-fills page by page on first touch, and returns them at once, so
# every training step pays for page faults and zeroing of gigabytes (system time equal to compute time). Serving them from
# the heap and keeping freed memory there makes later steps reuse it. A value the caller already set is kept.
: "${GLIBC_TUNABLES:=glibc.malloc.mmap_max=0:glibc.malloc.trim_threshold=68719476736:glibc.malloc.top_pad=1073741824}"
export GLIBC_TUNABLES
