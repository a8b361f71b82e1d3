#!/usr/bin/env bash
# Search benchmark: SiteGen's C# lunr builder vs lunr.js 2.3.9 (node) on the same 10,000 documents,
# gzip sizes for a 1,000-document site, and lunr.js query latency on the 10,000-document index.
# usage: bench/search/run.sh [DOCS=10000] [RUNS=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
DOCS=${1:-10000}
RUNS=${2:-5}
OUT=bench/search/out
mkdir -p "$OUT"
[ -f tests/lunr-verify/node_modules/lunr/lunr.js ] || (cd tests/lunr-verify && npm ci --no-audit --no-fund)
dotnet build -c Release bench/search/SearchBench/SearchBench.csproj -v q -nologo >/dev/null
BENCH="dotnet bench/search/SearchBench/bin/Release/net10.0/SiteGen.Bench.dll"

$BENCH corpus "$DOCS" "$OUT"
echo "corpus: $DOCS documents, $(wc -c < "$OUT/docs.json") bytes ($OUT/docs.json)"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
now() { date +%s%N; }

node_t=(); ours_t=()
for i in $(seq 1 "$RUNS"); do
  t0=$(now); node tests/lunr-verify/build.js "$OUT/docs.json" 'title^10' 'id^5' body program tags --ref ref -o "$OUT/node.json"; t1=$(now)
  $BENCH build "$OUT/docs.json" "$OUT/ours.json"; t2=$(now)
  node_t+=($(( (t1 - t0) / 1000000 ))); ours_t+=($(( (t2 - t1) / 1000000 )))
done
cmp -s "$OUT/node.json" "$OUT/ours.json" && same="byte-identical" || same="DIFFERENT"
nm=$(printf '%s\n' "${node_t[@]}" | median); om=$(printf '%s\n' "${ours_t[@]}" | median)
echo "whole process (read docs.json, build, write index.json), $RUNS runs:"
echo "  node build.js  runs_ms=[${node_t[*]}] median_ms=$nm"
echo "  SiteGen.Bench  runs_ms=[${ours_t[*]}] median_ms=$om"
awk -v n="$nm" -v o="$om" 'BEGIN { printf "  ratio ours/node = %.3f (%.1fx faster); outputs %s\n", o / n, n / o, "'"$same"'" }'
echo "  index.json: $(wc -c < "$OUT/ours.json") bytes"

echo "build phase only (in-process, after loading docs; warm-up run excluded):"
node bench/search/build-phase.js "$OUT/docs.json" "$RUNS"
$BENCH inproc "$DOCS" "$RUNS"

echo "sizes for a 1,000-document site:"
$BENCH size 1000

echo "query latency in lunr.js (node, proxy for the browser) on the $DOCS-document index:"
node bench/search/query.js "$OUT/ours.json" 500
