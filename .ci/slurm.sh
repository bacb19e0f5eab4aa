#!/usr/bin/env bash
# CI: a real one-node Slurm cluster on localhost (Debian's slurm-wlm and munge, no systemd, no
# cgroups), then a small sweep split by 'ccgsim slurm' into a 4-task array job and a merge job,
# compared byte for byte with the same sweep run here unsplit. Stops only the daemons it started.
# Usage: bash .ci/slurm.sh   (as root; from anywhere; the jar must be built: mvn -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
export DEBIAN_FRONTEND=noninteractive

if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null \
    || ! command -v munged >/dev/null; then
  apt-get update -q
  apt-get install -y -q --no-install-recommends slurm-wlm munge
fi

work=$(mktemp -d /tmp/ccgsim-slurm.XXXXXX)
started=()
stop_daemons() {
  local pid
  for pid in "${started[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${started[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
}
trap stop_daemons EXIT

# munge: the package makes a key; make one if it is missing. Start munged unless one answers.
if [ ! -s /etc/munge/munge.key ]; then
  if command -v mungekey >/dev/null; then mungekey --create --force; else dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key 2>/dev/null; fi
fi
chown munge:munge /etc/munge/munge.key 2>/dev/null || true
chmod 400 /etc/munge/munge.key
mkdir -p /run/munge /var/log/munge /var/lib/munge
chown munge:munge /run/munge /var/log/munge /var/lib/munge 2>/dev/null || true
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  if id munge >/dev/null 2>&1; then
    su -s /bin/sh munge -c "exec /usr/sbin/munged --foreground" >"$work/munged.log" 2>&1 &
  else
    /usr/sbin/munged --foreground --force >"$work/munged.log" 2>&1 &
  fi
  started+=($!)
  for _ in $(seq 50); do munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.2; done
  munge -n | unmunge >/dev/null || { cat "$work/munged.log"; echo "slurm: munged did not start"; exit 1; }
fi

# slurm.conf for one node, everything that changes under $work.
cpus=$(nproc)
mem=$(awk '/MemTotal/ {print int($2 / 1024 * 0.8)}' /proc/meminfo)
mkdir -p "$work/state" "$work/spool"
cat >"$work/slurm.conf" <<EOF
ClusterName=ccgsim-ci
SlurmctldHost=localhost
SlurmctldPort=6817
SlurmdPort=6818
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SwitchType=switch/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
MaxArraySize=1001
SlurmdTimeout=60
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=ci Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF="$work/slurm.conf"

/usr/sbin/slurmctld -D -i -f "$SLURM_CONF" >"$work/slurmctld.out" 2>&1 &
started+=($!)
/usr/sbin/slurmd -D -N localhost -f "$SLURM_CONF" >"$work/slurmd.out" 2>&1 &
started+=($!)
state=""
for _ in $(seq 120); do
  state=$(sinfo -h -n localhost -o %t 2>/dev/null || true)
  [ "$state" = "idle" ] && break
  sleep 0.5
done
if [ "$state" != "idle" ]; then
  echo "slurm: the node is not idle (state '$state')"
  tail -n 30 "$work"/slurmctld.log "$work"/slurmd.log "$work"/*.out 2>/dev/null || true
  exit 1
fi
echo "slurm: one-node cluster up ($cpus CPUs) in $work"
