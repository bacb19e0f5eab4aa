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
  if [ "${passed:-no}" = yes ]; then rm -rf "$work"; else echo "slurm: logs and folders kept in $work"; fi
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
    setpriv --reuid=munge --regid=munge --init-groups /usr/sbin/munged --foreground >"$work/munged.log" 2>&1 &
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

# The test: a small sweep split by 'ccgsim slurm' into a 4-task array and a merge job, against the
# same sweep run here unsplit. Every CSV and JSON file but the manifest (which records times) must match.
[ -f target/ccgsim.jar ] || mvn -q -B -DskipTests package
sweep=(sweep scenarios/baseline.yaml --param ccg.management.mix=0:1:0.25 --param ccg.management.style=mix
       --replications 3 --months 12 --quiet)
java -jar target/ccgsim.jar "${sweep[@]}" --threads 1 --out "$work/local"
java -jar target/ccgsim.jar slurm --tasks 4 --threads 1 --out "$work/cluster" "${sweep[@]}"
bash "$work/cluster/slurm/submit.sh" | tee "$work/submit.txt"
shard_job=$(sed -n 's/.*shards: array job \([0-9]*\);.*/\1/p' "$work/submit.txt")
merge_job=$(sed -n 's/.*merge: job \([0-9]*\).*/\1/p' "$work/submit.txt")
left="?"
for _ in $(seq 600); do
  left=$(squeue -h -j "$shard_job,$merge_job" -o '%i %T %r' 2>/dev/null) || left="?"
  [ -z "$left" ] && break
  if grep -q DependencyNeverSatisfied <<<"$left"; then
    scancel "$merge_job" || true
    echo "slurm: a shard failed, so the merge job cannot run"; tail -n 20 "$work"/cluster/slurm/logs/*; exit 1
  fi
  sleep 1
done
[ -z "$left" ] || { echo "slurm: jobs still queued after 10 minutes: $left"; exit 1; }
if [ ! -f "$work/cluster/manifest.json" ]; then
  echo "slurm: the merge job $merge_job left no manifest.json"; tail -n 40 "$work"/cluster/slurm/logs/*; exit 1
fi
compared=0
while IFS= read -r f; do
  cmp "$work/local/$f" "$work/cluster/$f" || { echo "slurm: $f differs from the local sweep"; exit 1; }
  compared=$((compared + 1))
done < <(cd "$work/local" && find . -type f \( -name '*.csv' -o -name '*.json' \) ! -name manifest.json | sort)
missing=$(cd "$work/cluster" && find . -path ./slurm -prune -o -type f \( -name '*.csv' -o -name '*.json' \) ! -name manifest.json -print \
  | while read -r f; do [ -f "$work/local/$f" ] || echo "$f"; done)
[ -z "$missing" ] || { echo "slurm: the merged folder has files the local sweep has not: $missing"; exit 1; }
[ "$compared" -ge 2 ] || { echo "slurm: only $compared files compared"; exit 1; }
echo "slurm: the 4-shard array job and its merge wrote the local sweep's $compared CSV and JSON files byte for byte"

# The JUnit test that needs a cluster, now that one is up (it must not skip here).
mvn -q -B test -Dtest=SlurmClusterTest -Dccgsim.slurm=required -Dsurefire.failIfNoSpecifiedTests=false
passed=yes
