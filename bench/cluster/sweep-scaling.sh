#!/usr/bin/env bash
# Throughput of a BDM sweep on one silo process vs two, one batch worker per silo (one core each).
# Usage: bench/cluster/sweep-scaling.sh [RUNS] [BATCH]   (defaults 100000 and 2048)
# Builds the CLI (Release), starts the silos on free loopback ports, runs `plenum sweep` against one silo and
# then against two, prints wall time, runs per second and the coordinator's per-batch overhead, and stops every
# silo it started by PID. Also records the load average before and after each sweep: the machine may be shared.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-100000}"
batch="${2:-2048}"
scenario=tests/Plenum.Cluster.Tests/Fixtures/six-actors.yaml
dotnet build src/Plenum.Cli -c Release --nologo -v quiet >/dev/null
dll=src/Plenum.Cli/bin/Release/net10.0/plenum.dll
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

start_silo() { # port gateway cluster-id [seed]
  local extra=()
  [ -n "${4:-}" ] && extra=(--seed-node "127.0.0.1:$4")
  dotnet "$dll" silo --port "$1" --gateway-port "$2" --cluster-id "$3" --workers 1 "${extra[@]}" >"$work/silo-$1.out" 2>"$work/silo-$1.err" &
  pids+=($!)
  for _ in $(seq 1 120); do grep -q ' ready:' "$work/silo-$1.out" && return 0; sleep 1; done
  echo "silo $1 did not start"; cat "$work/silo-$1.err"; exit 1
}

sweep() { # label gateways cluster-id
  local load0 load1 t0 t1
  load0=$(cut -d' ' -f1 /proc/loadavg)
  t0=$(date +%s.%N)
  dotnet "$dll" sweep "$scenario" --model bdm --runs "$runs" --seed 1 --batch-size "$batch" --format json --no-save \
    --cluster "$2" --cluster-id "$3" >"$work/$1.json" 2>"$work/$1.err"
  t1=$(date +%s.%N)
  load1=$(cut -d' ' -f1 /proc/loadavg)
  local wall; wall=$(echo "$t1 - $t0" | bc -l)
  printf '%-10s wall %7.1f s  %8.0f runs/s  load %s -> %s  %s\n' "$1" "$wall" "$(echo "$runs / $wall" | bc -l)" "$load0" "$load1" \
    "$(grep -o 'coordination .*' "$work/$1.err")"
  echo "$wall" >"$work/$1.wall"
}

start_silo 41111 41000 bench-one
sweep one-silo 127.0.0.1:41000 bench-one
start_silo 41211 41200 bench-two
start_silo 41212 41201 bench-two 41211
sweep two-silos 127.0.0.1:41200,127.0.0.1:41201 bench-two
cmp -s "$work/one-silo.json" "$work/two-silos.json" && echo "results identical" || echo "RESULTS DIFFER"
printf 'throughput ratio two/one: %.2f\n' "$(echo "$(cat "$work/one-silo.wall") / $(cat "$work/two-silos.wall")" | bc -l)"
