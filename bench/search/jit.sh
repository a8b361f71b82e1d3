#!/usr/bin/env bash
# Whole-process timings of the real CLI and of the 10,000-document index build under different runtime settings:
#   default           tiered JIT with dynamic PGO (what `dotnet build` gives today)
#   pgo-off           DOTNET_TieredPGO=0            ≙ <TieredPGO>false</TieredPGO>
#   tc-off            DOTNET_TieredCompilation=0    ≙ <TieredCompilation>false</TieredCompilation>
#   r2r               dotnet publish -r linux-x64 -p:PublishReadyToRun=true (framework-dependent), tiered JIT
#   r2r-pgo-off       ReadyToRun + DOTNET_TieredPGO=0
#   r2r-tc-off        ReadyToRun + DOTNET_TieredCompilation=0
#   qjfl-off          DOTNET_TC_QuickJitForLoops=0  ≙ <TieredCompilationQuickJitForLoops>false</…> (methods with
#                     loops are compiled optimized at once; the rest starts at tier 0); combinable: qjfl-pgo-off, r2r-qjfl-pgo-off
# Choose with VARIANTS="default r2r …" (default: all of the above).
# Each round runs node build.js once, then every variant once (interleaved, so load from other jobs hits all
# alike): `SiteGen.Bench build` on the same docs.json (ratio against node) and `sitegen build` of the shipped site.
# usage: bench/search/jit.sh [DOCS=10000] [RUNS=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
DOCS=${1:-10000}
RUNS=${2:-5}
OUT=bench/search/out
J=$OUT/jit
mkdir -p "$J"
[ -f tests/lunr-verify/node_modules/lunr/lunr.js ] || (cd tests/lunr-verify && npm ci --no-audit --no-fund)
q() { "$@" -v q -nologo >/dev/null; }
q dotnet build -c Release bench/search/SearchBench/SearchBench.csproj
q dotnet build -c Release src/SiteGen.Cli/SiteGen.Cli.csproj
q dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true bench/search/SearchBench/SearchBench.csproj -o "$J/bench-r2r"
q dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true src/SiteGen.Cli/SiteGen.Cli.csproj -o "$J/cli-r2r"
JIT_BENCH=bench/search/SearchBench/bin/Release/net10.0/SiteGen.Bench.dll
JIT_CLI=src/SiteGen.Cli/bin/Release/net10.0/SiteGen.Cli.dll
dotnet "$JIT_BENCH" corpus "$DOCS" "$OUT"

read -r -a variants <<< "${VARIANTS:-default pgo-off tc-off qjfl-off qjfl-pgo-off r2r r2r-pgo-off r2r-tc-off r2r-qjfl-pgo-off}"
run() { # run VARIANT bench|cli ARGS...
  local v=$1 what=$2; shift 2
  local dll; local env=(DOTNET_CLI_TELEMETRY_OPTOUT=1)
  case $what in bench) dll=$JIT_BENCH; [[ $v == r2r* ]] && dll=$J/bench-r2r/SiteGen.Bench.dll ;;
                cli) dll=$JIT_CLI; [[ $v == r2r* ]] && dll=$J/cli-r2r/SiteGen.Cli.dll ;; esac
  [[ $v == *pgo-off* ]] && env+=(DOTNET_TieredPGO=0)
  [[ $v == *tc-off* ]] && env+=(DOTNET_TieredCompilation=0)
  [[ $v == *qjfl-* ]] && env+=(DOTNET_TC_QuickJitForLoops=0)
  env "${env[@]}" dotnet "$dll" "$@"
}
now() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A T
for i in $(seq 1 "$RUNS"); do
  t0=$(now); node tests/lunr-verify/build.js "$OUT/docs.json" 'title^10' 'id^5' body program tags --ref ref -o "$J/node.json"; t1=$(now)
  T[node]+="$(( (t1 - t0) / 1000000 )) "
  for v in "${variants[@]}"; do
    t0=$(now); run "$v" bench build "$OUT/docs.json" "$J/ours-$v.json"; t1=$(now)
    run "$v" cli build --source . --output "$J/site-$v/_site" --quiet; t2=$(now)
    T[bench-$v]+="$(( (t1 - t0) / 1000000 )) "; T[cli-$v]+="$(( (t2 - t1) / 1000000 )) "
  done
done
nm=$(printf '%s\n' ${T[node]} | median)
echo "node build.js ($DOCS docs) runs_ms=[${T[node]% }] median_ms=$nm"
printf '%-12s %-34s %9s %7s   %-34s %9s\n' variant "10k index runs_ms" median ratio "sitegen build (shipped) runs_ms" median
for v in "${variants[@]}"; do
  cmp -s "$J/node.json" "$J/ours-$v.json" || echo "  $v: index.json differs from lunr.js!"
  bm=$(printf '%s\n' ${T[bench-$v]} | median); cm=$(printf '%s\n' ${T[cli-$v]} | median)
  printf '%-12s %-34s %9s %7s   %-34s %9s\n' "$v" "[${T[bench-$v]% }]" "$bm" "$(awk -v o="$bm" -v n="$nm" 'BEGIN { printf "%.3f", o / n }')" "[${T[cli-$v]% }]" "$cm"
done
for v in "${variants[@]}"; do
  cmp -s <(cd "$J/site-default/_site" && find . -type f -print0 | sort -z | xargs -0 sha256sum) <(cd "$J/site-$v/_site" && find . -type f -print0 | sort -z | xargs -0 sha256sum) || echo "  $v: site differs from default!"
done
