#!/usr/bin/env bash
# Dependency audit: `dotnet list package --vulnerable` over the whole solution, transitive packages included.
# Exit 1 when a vulnerable package is listed. When a package source offers no vulnerability data (its service
# index has no VulnerabilityInfo resource, as with a registry mirror) or cannot be reached, NuGet would silently
# report "no vulnerable packages": that is printed as a warning and the audit does not fail.
set -uo pipefail
cd "$(dirname "$0")/.."
sources=$(dotnet nuget list source --format short 2>/dev/null | awk '$1 ~ /^E/ { print $2 }')
feeds=0
for source in $sources; do
  case "$source" in
    http*) if curl -fsS --max-time 20 "$source" 2>/dev/null | grep -q '"VulnerabilityInfo/'; then feeds=$((feeds + 1));
           else echo "audit warning: $source offers no vulnerability data (no VulnerabilityInfo resource)"; fi ;;
  esac
done
out=$(mktemp)
if ! dotnet list Plenum.slnx package --vulnerable --include-transitive --format json >"$out" 2>&1; then
  echo "audit warning: could not fetch vulnerability data: $(grep -m1 -iE 'error|unable' "$out")"
  exit 0
fi
if grep -q '"vulnerabilities"' "$out"; then
  echo "audit FAILED: vulnerable packages:"
  grep -E '"(id|resolvedVersion|severity|advisoryurl)"' "$out" | tr -d ' ,"' | paste -sd' ' | sed 's/id:/\n  /g'
  exit 1
fi
if [ "$feeds" -eq 0 ]; then
  echo "audit warning: no package source has vulnerability data, so 'no vulnerable packages' proves nothing here"
else
  echo "audit: no vulnerable packages ($feeds source(s) with vulnerability data)"
fi
