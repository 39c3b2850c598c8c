#!/usr/bin/env bash
# Long crash-safety campaign: SIGKILL at random points, against SQLite and a PostgreSQL server, figures to stdout.
#   scripts/crash-safety.sh [KILLS] [SEED] [WEB_KILLS]
# KILLS (default 300) kills of the CLI per back end, during forecasts, Monte Carlo sweeps, evidence ingestion,
# run deletions and first-use migrations; WEB_KILLS (default 50) kills of `plenum serve` per back end, during
# forecasts queued through the API and scenario uploads. The two back ends run side by side (two test processes).
# After every kill: `store check` clean, every run, document and scenario reported saved still there.
# Uses PLENUM_TEST_POSTGRES when set; otherwise starts a PostgreSQL cluster (fsync on) on 127.0.0.1:55433 and stops it after.
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-300}"; seed="${2:-$RANDOM}"; web="${3:-50}"
pg_data=""
cleanup() { [ -n "$pg_data" ] && [ -f "$pg_data/postmaster.pid" ] && kill -INT "$(head -1 "$pg_data/postmaster.pid")" 2>/dev/null || true; }
trap cleanup EXIT
if [ -z "${PLENUM_TEST_POSTGRES:-}" ]; then
  pg_bin=/usr/lib/postgresql/15/bin
  [ -x "$pg_bin/initdb" ] || { apt-get update >/dev/null; apt-get install -y --no-upgrade postgresql >/dev/null; }
  pg_data=$(mktemp -d); chown postgres:postgres "$pg_data"
  runuser -u postgres -- "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 >/dev/null
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" \
    -o "-p 55433 -c listen_addresses=127.0.0.1 -k $pg_data" -w start >/dev/null
  psql -h 127.0.0.1 -p 55433 -U postgres -qc 'create database plenum'
  export PLENUM_TEST_POSTGRES='Host=127.0.0.1;Port=55433;Username=postgres;Database=plenum'
fi
figures=$(mktemp)
export PLENUM_CRASH_KILLS="$kills" PLENUM_CRASH_WEB_KILLS="$web" PLENUM_CRASH_SEED="$seed" PLENUM_CRASH_FIGURES="$figures" CI=true
dotnet build tests/Plenum.Cli.Tests --nologo -v quiet >/dev/null
started=$(date +%s)
for backend in Sqlite Postgres; do
  dotnet test tests/Plenum.Cli.Tests --no-build --nologo --filter "Category=CrashSafety&FullyQualifiedName~.${backend}_" >"$figures.$backend.log" 2>&1 &
done
wait || true
for backend in Sqlite Postgres; do grep -E "^(Passed|Failed)[!]|Failed |Assert" "$figures.$backend.log" || true; done
# Finished parts print their figures; a part cut short (a failure, or the script stopped) its figures so far.
cat "$figures"
total=$(grep -Eo '^[^:]+: [0-9]+ kills' "$figures" | awk '{s+=$(NF-1)} END {print s+0}')
for part in "$figures".partial-*; do
  [ -f "$part" ] || continue
  name=$(head -n 1 "$part" | sed 's/ (so far):.*//')
  grep -qF "$name: " "$figures" && continue
  cat "$part"
  total=$(( total + $(head -n 1 "$part" | grep -Eo ': [0-9]+ kills' | grep -Eo '[0-9]+') ))
done
echo "campaign: $total kills in $(( $(date +%s) - started )) s (seed $seed)"
