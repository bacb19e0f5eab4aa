#!/usr/bin/env bash
# Kill-and-resume check: start a run and a sweep, kill -9 each mid-run, resume them with --resume,
# and compare every file (manifest.json aside: it records timings) with an uninterrupted run.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/ccgsim.jar
work=target/ci-resume
rm -rf "$work" && mkdir -p "$work"

check() { # name, extra seconds after the first journal record, command...
  local name=$1 after=$2; shift 2
  java -jar "$jar" "$@" --out "$work/$name-whole" --quiet
  java -jar "$jar" "$@" --out "$work/$name-cut" --quiet &
  local pid=$!
  # wait until the journal holds more than its first record, then kill at a moment that varies from run to run
  for _ in $(seq 1 600); do
    [ "$(stat -c %s "$work/$name-cut/resume.journal" 2>/dev/null || echo 0)" -gt 200 ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  sleep "$after.$((RANDOM % 10))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -f "$work/$name-cut/manifest.json" ]; then
    echo "resume: $name finished before the kill; try a later kill" >&2
  elif [ -d "$work/$name-cut" ]; then
    java -jar "$jar" "$@" --resume "$work/$name-cut" --quiet
  else
    echo "resume: $name was killed before its folder existed; running it afresh" >&2
    java -jar "$jar" "$@" --out "$work/$name-cut" --quiet
  fi
  diff -r -x manifest.json "$work/$name-whole" "$work/$name-cut"
  test ! -e "$work/$name-cut/resume.journal"
  echo "resume: $name killed mid-run and resumed: identical to the uninterrupted run"
}

check run 1 run scenarios/standoff.yaml --replications 150 --months 36 --threads 2
check sweep 2 sweep scenarios/baseline.yaml --param ccg.management.mix=0:1:0.1 --replications 10 --months 24 --threads 2
