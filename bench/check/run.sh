#!/usr/bin/env bash
# Benchmark the real `sitegen check` CLI against html-proofer, linkchecker, linkinator and verify_links.py.
#
#   bench/check/run.sh                                  # 10,000 pages for everyone, 3 runs each
#   PEER_RUNS=1 bench/check/run.sh                      # peers once each (html-proofer ~5 min, linkinator ~10+ min)
#   APPEND=1 SKIP_MAIN=1 PEERS="html-proofer linkchecker" PEER_RUNS=2 bench/check/run.sh
#                                                       # two more peer runs, merged with the earlier ones
#
# Environment: PAGES (10000), PEER_PAGES (= PAGES), RUNS (3, sitegen and verify_links.py),
# PEER_RUNS (= RUNS), PEERS ("html-proofer linkchecker linkinator"), SKIP_PEERS=1, SKIP_MAIN=1,
# APPEND=1 (keep earlier timings in out/ and merge their runs into the table).
# Each tool's output of its last timed run is kept in out/<tool>-<pages>.out and its findings are
# counted from it. Outputs go to bench/check/corpus/ and bench/check/out/ (both git-ignored).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SHARED="${SHARED:-$(cd "$REPO/../shared" 2>/dev/null && pwd || cd "$REPO/../../shared" && pwd)}"
PAGES="${PAGES:-10000}"
PEER_PAGES="${PEER_PAGES:-$PAGES}"
RUNS="${RUNS:-3}"
PEER_RUNS="${PEER_RUNS:-$RUNS}"
PEERS="${PEERS:-html-proofer linkchecker linkinator}"
OUT="$HERE/out"
mkdir -p "$OUT" "$HERE/corpus"
[ -n "${APPEND:-}" ] || rm -f "$OUT"/time-*.json

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need hugo hugo
need hyperfine hyperfine
if [ -z "${SKIP_PEERS:-}" ]; then
  need htmlproofer ruby-html-proofer
  need linkchecker linkchecker
  [ -x "$HERE/node_modules/.bin/linkinator" ] || (cd "$HERE" && npm ci --silent --no-audit --no-fund)
fi

corpus() { # corpus N -> prints the corpus folder, generated and built once
  local n="$1" dir="$HERE/corpus/c$1"
  if [ ! -f "$dir/public/index.html" ]; then
    rm -rf "$dir"
    python3 "$SHARED/bench/gen_corpus.py" --pages "$n" --out "$dir" --seed 1 --layout hugo >&2
    (cd "$dir" && hugo --quiet -d public) >&2
  fi
  echo "$dir"
}

# time NAME PAGES RUNS WARMUP COMMAND: one hyperfine run per tool, so a finished tool's timings
# survive if a later one is stopped; the command's output goes to out/NAME-PAGES.out.
time_tool() {
  local name="$1" n="$2" runs="$3" warmup="$4" cmd="$5" slug
  slug="$(echo "$name" | tr -c 'a-z0-9\n' '-')"
  echo "== timing $name on $n pages ($runs runs)" >&2
  (cd "$(corpus "$n")" && hyperfine -i --warmup "$warmup" --runs "$runs" \
    --export-json "$OUT/time-$slug-$n-$(date +%s).json" -n "$name" "$cmd > $OUT/$slug-$n.out 2>&1")
}

# The real CLI, built in Release: what `sitegen check` runs.
echo "building SiteGen.Cli (Release)" >&2
dotnet build -c Release "$REPO/src/SiteGen.Cli" -v quiet -nologo >&2
SITEGEN="dotnet $REPO/src/SiteGen.Cli/bin/Release/net10.0/SiteGen.Cli.dll"

MAIN="$(corpus "$PAGES")"
echo "== correctness on $PAGES pages" >&2
(cd "$MAIN" && $SITEGEN check --site public --format json > "$OUT/findings-$PAGES.json") || true
python3 "$HERE/compare.py" "$OUT/findings-$PAGES.json" "$MAIN/manifest.json" | tee "$OUT/correctness-$PAGES.txt"

if [ -z "${SKIP_MAIN:-}" ]; then
  time_tool "sitegen check" "$PAGES" "$RUNS" 1 "$SITEGEN check --site public --format json"
  time_tool "verify_links.py" "$PAGES" "$RUNS" 1 "python3 $SHARED/bench/verify_links.py public manifest.json"
fi

if [ -z "${SKIP_PEERS:-}" ]; then
  chmod -R o+rX "$HERE/corpus" # linkchecker drops root privileges to 'nobody'
  for peer in $PEERS; do
    case "$peer" in
      html-proofer) cmd="htmlproofer public --disable-external --allow-hash-href" ;;
      linkchecker) cmd="linkchecker --no-warnings --no-status -o text public/index.html" ;;
      linkinator) cmd="$HERE/node_modules/.bin/linkinator public --recurse --skip 'example\\.invalid' --format json" ;;
      *) echo "unknown peer '$peer'" >&2; exit 2 ;;
    esac
    time_tool "$peer" "$PEER_PAGES" "$PEER_RUNS" 0 "$cmd"
  done
fi

python3 "$HERE/summarize.py" "$OUT"
