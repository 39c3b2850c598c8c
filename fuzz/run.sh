#!/usr/bin/env bash
# Coverage-guided fuzzing of Plenum's parsers with SharpFuzz + AFL++.
#   fuzz/run.sh PARSER 60s        fuzz one parser for 60 seconds
#   fuzz/run.sh PARSER 1000000    fuzz one parser for 1,000,000 executions
#   fuzz/run.sh all 10s           every parser in turn
#   fuzz/run.sh --ci [SECONDS]    short pass over every parser (default 8 s each); exit 1 on any crash or hang
#   fuzz/run.sh --replay PARSER PATH...   rerun saved inputs (e.g. a crashes folder) without AFL, with stack traces
# Findings go to fuzz/out/PARSER/default/{crashes,hangs,queue}; figures to fuzz/out/PARSER/default/fuzzer_stats.
# Needs: afl++ (Debian package), the sharpfuzz dotnet tool (.config/dotnet-tools.json).
# Run one run.sh per output folder at a time (FUZZ_OUT, default fuzz/out): a rebuild replaces the binaries
# that a running AFL uses.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
out="${FUZZ_OUT:-$here/out}"
bin="$out/bin"      # instrumented: only runs under afl-fuzz
plain="$out/plain"  # the same harness uninstrumented, for --replay
parsers=(yaml table ktab-csv ktab-xml decide text markdown html pdf annotate)

die() { echo "fuzz/run.sh: $*" >&2; exit 2; }

ensure_afl() {
  command -v afl-fuzz >/dev/null && return
  apt-get install -y --no-upgrade afl++ >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y --no-upgrade afl++ >/dev/null; }
}

# Publishes the harness once and instruments the code the parsers run: Plenum.Core and YamlDotNet for the
# scenario formats, Plenum.Evidence, Markdig, AngleSharp and PdfPig for the evidence importers.
build() {
  local stamp="$bin/.instrumented"
  local newest
  newest=$(find "$root/src/Plenum.Core" "$root/src/Plenum.Evidence" "$here/Plenum.Fuzz" -name '*.cs' -newer "$stamp" 2>/dev/null | head -1 || true)
  [ -f "$stamp" ] && [ -z "$newest" ] && return
  rm -rf "$bin" "$plain"
  (cd "$root" && dotnet tool restore >/dev/null)
  dotnet publish "$here/Plenum.Fuzz/Plenum.Fuzz.csproj" -c Release -o "$plain" --nologo -v quiet >/dev/null
  cp -r "$plain" "$bin"
  for dll in Plenum.Core.dll YamlDotNet.dll Plenum.Evidence.dll Markdig.dll AngleSharp.dll "$bin"/UglyToad.PdfPig*.dll; do
    (cd "$root" && dotnet tool run sharpfuzz "$bin/$(basename "$dll")") >/dev/null
  done
  touch "$stamp"
}

# Seeds come from the repository's own fixtures, plus the hand-made inputs in fuzz/seeds/PARSER.
seeds() {
  local parser=$1 dir=$2 fx="$root/tests/Plenum.Core.Tests/Fixtures" cli="$root/tests/Plenum.Cli.Tests/Fixtures"
  local ev="$root/tests/Plenum.Evidence.Tests/Fixtures"
  rm -rf "$dir"; mkdir -p "$dir"
  case "$parser" in
    yaml) cp "$fx"/scenarios/bad/*.yaml "$cli/two-actors.yaml" "$root/scenarios/alp-caucus-2012.yaml" "$dir" ;;
    table) cp "$fx"/bdm/*.csv "$cli/table.csv" "$cli/bad-table.csv" "$dir" ;;
    ktab-csv) cp "$fx"/smp/*.csv "$dir" ;;
    ktab-xml) cp "$fx"/smp/smpExample.xml "$dir" ;;
    decide) cp "$fx"/exchange/sample_data.txt "$fx"/exchange/copenhagen_with_errors.csv "$dir" ;;
    text|annotate) cp "$ev"/*.txt "$dir" ;;
    markdown) cp "$ev"/plenum.md "$root/README.md" "$dir" ;;
    html) cp "$ev"/militant.html "$dir" ;;
    pdf) cp "$ev"/*.pdf "$dir" ;;
  esac
  local own=$parser; [ "$parser" = annotate ] && own=text
  [ -d "$here/seeds/$own" ] && cp "$here/seeds/$own"/* "$dir" 2>/dev/null || true
}

# fuzz PARSER LIMIT: LIMIT is "Ns" (seconds) or a number of executions.
fuzz() {
  local parser=$1 limit=$2 dir="$out/$1"
  printf '%s\n' "${parsers[@]}" | grep -qx "$parser" || die "unknown parser '$parser' (one of ${parsers[*]})"
  seeds "$parser" "$dir/seeds"
  local stop
  case "$limit" in
    *s) stop=(-V "${limit%s}") ;;
    *[!0-9]*|'') die "limit '$limit' is neither Ns nor a number of executions" ;;
    *) stop=(-E "$limit") ;;
  esac
  rm -rf "$dir/default"
  # -t: a hang is an input that takes over 2 s; -m none: .NET reserves far more virtual memory than AFL's default.
  AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
  AFL_NO_UI=1 AFL_QUIET=1 AFL_NO_AUTODICT=1 \
    afl-fuzz -i "$dir/seeds" -o "$dir" -t 2000 -m none "${stop[@]}" -- dotnet "$bin/Plenum.Fuzz.dll" "$parser" \
    >"$dir/afl.log" 2>&1 || { tail -n 20 "$dir/afl.log"; die "afl-fuzz failed for $parser"; }
  report "$parser"
}

# One line per parser from AFL's fuzzer_stats; nonzero when crashes or hangs were saved.
report() {
  local parser=$1 stats="$out/$1/default/fuzzer_stats"
  [ -f "$stats" ] || die "no fuzzer_stats for $parser"
  local crashes hangs
  crashes=$(find "$out/$parser/default/crashes" -type f -name 'id:*' | wc -l)
  hangs=$(find "$out/$parser/default/hangs" -type f -name 'id:*' | wc -l)
  awk -F' *: *' -v p="$parser" -v c="$crashes" -v h="$hangs" '
    { s[$1]=$2 }
    END { printf "%-9s execs=%s secs=%d execs/s=%.0f paths=%s edges=%s crashes=%d hangs=%d\n",
          p, s["execs_done"], s["last_update"]-s["start_time"], s["execs_done"]/((s["last_update"]-s["start_time"])>0?(s["last_update"]-s["start_time"]):1),
          s["corpus_count"], s["edges_found"], c, h }' "$stats" | tee -a "$out/summary.txt"
  [ "$crashes" -eq 0 ] && [ "$hangs" -eq 0 ]
}

[ $# -ge 1 ] || die "usage: fuzz/run.sh PARSER|all SECONDSs|EXECS, fuzz/run.sh --ci [SECONDS], fuzz/run.sh --replay PARSER PATH..."
mkdir -p "$out"
case "$1" in
  --replay)
    # A fresh uninstrumented build of the current sources, so a fix can be checked while a fuzzer runs on.
    shift
    dotnet publish "$here/Plenum.Fuzz/Plenum.Fuzz.csproj" -c Release -o "$out/replay" --nologo -v quiet >/dev/null
    dotnet "$out/replay/Plenum.Fuzz.dll" "$1" --replay "${@:2}" ;;
  --ci)
    ensure_afl; build
    secs="${2:-8}"; failed=0
    for p in "${parsers[@]}"; do fuzz "$p" "${secs}s" || failed=1; done
    if [ "$failed" -ne 0 ]; then
      for p in "${parsers[@]}"; do
        [ -n "$(ls "$out/$p/default/crashes" 2>/dev/null | grep '^id:' || true)" ] && dotnet "$plain/Plenum.Fuzz.dll" "$p" --replay "$out/$p/default/crashes" | head -n 40
      done
      exit 1
    fi ;;
  all)
    ensure_afl; build; failed=0
    for p in "${parsers[@]}"; do fuzz "$p" "${2:?limit}" || failed=1; done
    exit $failed ;;
  *)
    ensure_afl; build
    fuzz "$1" "${2:?limit}" ;;
esac
