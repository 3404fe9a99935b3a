#!/usr/bin/env bash
# A real single-node Slurm cluster on this machine, for the sweep tests and for trying `msclr sweep submit --slurm`:
# munged + slurmctld + slurmd (Debian 12's slurm-wlm 22.05), one node, proctrack/linuxproc, task/none, no cgroups, no
# accounting, every file (config, key, state, spool, logs, sockets) in one folder. Needs root (slurmd runs jobs as
# their submitter) and the packages scripts/setup.sh installs.
#
#   scripts/slurm-test-cluster.sh start [DIR]    # prints `export SLURM_CONF=DIR/slurm.conf`; exit 1 with the reason if a daemon fails
#   scripts/slurm-test-cluster.sh stop [DIR]     # stops the daemons started from DIR (by their pid files)
#   scripts/slurm-test-cluster.sh status [DIR]
#
# DIR defaults to $MSCLR_SLURM_DIR or /tmp/msclr-slurm. Ports: $MSCLR_SLURM_PORT (slurmctld, default 16817) and +1 (slurmd).
set -euo pipefail

command="${1:-}"
dir="${2:-${MSCLR_SLURM_DIR:-/tmp/msclr-slurm}}"
port="${MSCLR_SLURM_PORT:-16817}"
conf="$dir/slurm.conf"

fail() { echo "slurm-test-cluster: $*" >&2; exit 1; }

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

stop_pid() {
  local file="$1" pid tries=0
  [ -f "$file" ] || return 0
  pid="$(cat "$file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null && [ "$tries" -lt 50 ]; do sleep 0.1; tries=$((tries + 1)); done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

log_tail() { [ -f "$1" ] && tail -n 15 "$1" | sed 's/^/    /' >&2 || true; }

start() {
  [ "$(id -u)" = "0" ] || fail "must run as root: slurmd starts jobs as their submitting user (run scripts/setup.sh and the tests as root)"
  for tool in munged slurmctld slurmd sbatch scontrol sinfo; do
    command -v "$tool" >/dev/null || fail "$tool not found: install slurm-wlm and munge (scripts/setup.sh does on Debian/Ubuntu as root)"
  done
  stop
  mkdir -p "$dir/munge" "$dir/state" "$dir/spool" "$dir/log"
  chmod 700 "$dir/munge"
  [ -f "$dir/munge/munge.key" ] || { dd if=/dev/urandom of="$dir/munge/munge.key" bs=1024 count=1 status=none; chmod 400 "$dir/munge/munge.key"; }
  munged --force --socket="$dir/munge/munge.socket" --key-file="$dir/munge/munge.key" --pid-file="$dir/munge/munged.pid" \
    --log-file="$dir/log/munged.log" --seed-file="$dir/munge/munged.seed" \
    || { log_tail "$dir/log/munged.log"; fail "munged did not start (log above)"; }

  local node host
  node="$(slurmd -C | head -n 1)" || fail "slurmd -C could not describe this machine"
  host="$(hostname -s)"
  cat > "$conf" <<CONF
# Written by scripts/slurm-test-cluster.sh: a one-node test cluster, everything under $dir.
ClusterName=msclrtest
SlurmctldHost=$host
SlurmctldPort=$port
SlurmdPort=$((port + 1))
AuthType=auth/munge
AuthInfo=socket=$dir/munge/munge.socket
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
MpiDefault=none
SwitchType=switch/none
ReturnToService=2
JobRequeue=1
MinJobAge=600
KillWait=10
$node NodeAddr=127.0.0.1 State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
  export SLURM_CONF="$conf"
  slurmctld -c || { log_tail "$dir/log/slurmctld.log"; fail "slurmctld did not start (log above)"; }
  slurmd || { log_tail "$dir/log/slurmd.log"; fail "slurmd did not start (log above)"; }
  local tries=0 state=""
  while [ "$tries" -lt 60 ]; do
    state="$(sinfo -h -o %T 2>/dev/null | head -n 1 || true)"
    case "$state" in
      idle*|mixed*|allocated*) echo "export SLURM_CONF=$conf"; return 0 ;;
      down*|drain*) scontrol update nodename="$host" state=resume >/dev/null 2>&1 || true ;;
    esac
    sleep 0.5; tries=$((tries + 1))
  done
  echo "slurm-test-cluster: the node did not become idle within 30 s (state '$state')" >&2
  log_tail "$dir/log/slurmctld.log"; log_tail "$dir/log/slurmd.log"
  stop; exit 1
}

stop() {
  if [ -f "$conf" ] && pid_alive "$dir/slurmctld.pid"; then
    SLURM_CONF="$conf" scontrol shutdown >/dev/null 2>&1 || true
    sleep 1
  fi
  stop_pid "$dir/slurmd.pid"
  stop_pid "$dir/slurmctld.pid"
  stop_pid "$dir/munge/munged.pid"
}

case "$command" in
  start) start ;;
  stop) stop ;;
  status)
    for daemon in munge/munged slurmctld slurmd; do
      if pid_alive "$dir/$daemon.pid"; then echo "$(basename "$daemon"): running (pid $(cat "$dir/$daemon.pid"))"; else echo "$(basename "$daemon"): stopped"; fi
    done ;;
  *) echo "usage: $0 start|stop|status [DIR]" >&2; exit 2 ;;
esac
