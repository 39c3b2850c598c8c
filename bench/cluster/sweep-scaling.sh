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

cpu_seconds() { # pids… : user+system CPU seconds used so far by the processes
  local ticks=0 p
  for p in "$@"; do ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done
  echo "$ticks / $(getconf CLK_TCK)" | bc -l
}

sweep() { # label gateways cluster-id silo-pids…
  local load0 load1 t0 t1 cpu0 cpu1
  local label="$1" gateways="$2" cluster="$3"; shift 3
  load0=$(cut -d' ' -f1 /proc/loadavg)
  cpu0=$(cpu_seconds "$@")
  t0=$(date +%s.%N)
  dotnet "$dll" sweep "$scenario" --model bdm --runs "$runs" --seed 1 --batch-size "$batch" --format json --no-save \
    --cluster "$gateways" --cluster-id "$cluster" >"$work/$label.json" 2>"$work/$label.err"
  t1=$(date +%s.%N)
  cpu1=$(cpu_seconds "$@")
  load1=$(cut -d' ' -f1 /proc/loadavg)
  local wall; wall=$(echo "$t1 - $t0" | bc -l)
  printf '%-10s wall %7.1f s  %6.0f runs/s  silo CPU %6.1f s (%.3f ms/run)  load %s -> %s\n' "$label" "$wall" \
    "$(echo "$runs / $wall" | bc -l)" "$(echo "$cpu1 - $cpu0" | bc -l)" "$(echo "1000 * ($cpu1 - $cpu0) / $runs" | bc -l)" "$load0" "$load1"
  echo "           $(grep -o 'coordination .*' "$work/$label.err")"
  echo "$wall" >"$work/$label.wall"
}

echo "$runs BDM runs of $scenario, batches of $batch, one worker per silo; $(nproc) cores"
start_silo 41111 41000 bench-one
sweep one-silo 127.0.0.1:41000 bench-one "${pids[0]}"
start_silo 41211 41200 bench-two
start_silo 41212 41201 bench-two 41211
sweep two-silos 127.0.0.1:41200,127.0.0.1:41201 bench-two "${pids[1]}" "${pids[2]}"
cmp -s "$work/one-silo.json" "$work/two-silos.json" && echo "results identical" || echo "RESULTS DIFFER"
printf 'throughput ratio two/one: %.2f\n' "$(echo "$(cat "$work/one-silo.wall") / $(cat "$work/two-silos.wall")" | bc -l)"
