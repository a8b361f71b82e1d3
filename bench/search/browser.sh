#!/usr/bin/env bash
# Search in a real browser (Debian's Chromium, headless, through Playwright):
#  1. query latency: the 10,000-document index built by SiteGen, served on 127.0.0.1 with lunr.min.js and
#     bench/search/page/, loaded with lunr.Index.load; N queries timed with performance.now(), RUNS page loads;
#  2. first result on the shipped knowledge base: built with the real CLI, served on 127.0.0.1; a fresh browser
#     types QUERY in the header box; every response finished when the first live result shows, with its gzip size.
# usage: bench/search/browser.sh [DOCS=10000] [N=500] [RUNS=3] [QUERY=TOI]
set -euo pipefail
cd "$(dirname "$0")/../.."
DOCS=${1:-10000}
N=${2:-500}
RUNS=${3:-3}
QUERY=${4:-TOI}
OUT=bench/search/out
[ -x /usr/bin/chromium ] || { echo "needs Debian's Chromium at /usr/bin/chromium (apt-get install -y chromium)" >&2; exit 2; }
[ -f themes/default/node_modules/lunr/lunr.min.js ] || (cd themes/default && npm ci --no-audit --no-fund)
mkdir -p "$OUT/browser"
dotnet build -c Release bench/search/SearchBench/SearchBench.csproj -v q -nologo >/dev/null
BENCH="dotnet bench/search/SearchBench/bin/Release/net10.0/SiteGen.Bench.dll"

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
serve() { # serve DIR → sets $url once it answers (runs in this shell so the EXIT trap can stop the server)
  local port; port=$(free_port)
  python3 -m http.server --bind 127.0.0.1 --directory "$1" "$port" >/dev/null 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
  url="http://127.0.0.1:$port"
}

echo "== query latency in Chromium on the $DOCS-document index built by SiteGen"
$BENCH corpus "$DOCS" "$OUT"
$BENCH build "$OUT/docs.json" "$OUT/browser/index.json"
cp bench/search/page/index.html bench/search/page/page.js bench/search/query-bench.js themes/default/node_modules/lunr/lunr.min.js "$OUT/browser/"
serve "$OUT/browser"
$BENCH browser-query "$url" "$N" "$RUNS"

echo "== bytes before the first result on the shipped knowledge base (query '$QUERY')"
rm -rf "$OUT/kb"
dotnet run --project src/SiteGen.Cli -c Release -- build --source . --output "$OUT/kb/_site" --quiet
serve "$OUT/kb/_site"
$BENCH browser-first "$url" "$QUERY" "$RUNS"
