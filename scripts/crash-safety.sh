#!/usr/bin/env bash
# Long crash-safety campaign: the CLI killed with SIGKILL KILLS times per back end (default 300) during forecasts,
# deletions and first-use migrations, against SQLite and a throw-away PostgreSQL; figures to stdout.
#   scripts/crash-safety.sh [KILLS] [SEED]
# Uses PLENUM_TEST_POSTGRES when set; otherwise starts a PostgreSQL cluster on 127.0.0.1:55433 and stops it after.
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-300}"; seed="${2:-$RANDOM}"
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
export PLENUM_CRASH_KILLS="$kills" PLENUM_CRASH_SEED="$seed" PLENUM_CRASH_FIGURES="$figures" CI=true
dotnet test tests/Plenum.Cli.Tests --nologo --filter "Category=CrashSafety" 2>&1 | grep -E "^(Passed|Failed)[!]|Failed |Assert|kill [0-9]+" || true
cat "$figures"
