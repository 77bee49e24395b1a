#!/usr/bin/env bash
# `npm run bench:neo4j-start`: how long the local Neo4j takes to accept Bolt, cold (an empty
# Maven cache and no built launcher: Maven fetches Neo4j, javac compiles the launcher) and warm
# (both there, Maven not run). The cold runs use a temporary Maven cache; the working copy's
# built launcher is put back at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
port=${PORT:-7697}
work=$(mktemp -d)
saved="$work/target-saved"
[ -d neo4j-local/target ] && mv neo4j-local/target "$saved"
restore() {
  rm -rf neo4j-local/target
  [ -d "$saved" ] && mv "$saved" neo4j-local/target
  rm -rf "$work"
}
trap restore EXIT

# Starts `policygraph neo4j`, prints the seconds until it says Bolt is up, then stops it.
start_once() {
  local log="$work/log" data="$work/data-$RANDOM" started
  started=$(date +%s.%N)
  LOCAL_NEO4J_PORT=$port LOCAL_NEO4J_DIR=$data node --import tsx src/cli/index.ts neo4j 2>"$log" &
  local pid=$!
  until grep -q 'community at' "$log"; do
    if ! kill -0 "$pid" 2>/dev/null; then cat "$log" >&2; exit 1; fi
    sleep 0.05
  done
  echo "$(date +%s.%N) - $started" | bc
  kill "$pid"
  wait "$pid" || true
}

echo "maven: $(mvn --version 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
for i in $(seq "$runs"); do
  rm -rf neo4j-local/target "$work/m2"
  seconds=$(MAVEN_OPTS="-Dmaven.repo.local=$work/m2" start_once)
  echo "cold $i: ${seconds} s ($(du -sm "$work/m2" | cut -f1) MB fetched)"
done
for i in $(seq "$runs"); do
  echo "warm $i: $(MAVEN_OPTS="-Dmaven.repo.local=$work/m2" start_once) s"
done
