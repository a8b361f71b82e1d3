#!/usr/bin/env bash
# Benchmark `sitegen check` against html-proofer, linkchecker, linkinator and verify_links.py.
#
#   bench/check/run.sh                    # 10,000 pages for everyone, 3 runs each
#   PEER_PAGES=1000 bench/check/run.sh    # peers on a 1,000-page corpus (html-proofer needs ~5 min at 10k)
#
# Environment: PAGES (10000), PEER_PAGES (= PAGES), RUNS (3), PEER_RUNS (= RUNS), SKIP_PEERS=1.
# Outputs go to bench/check/corpus/ and bench/check/out/ (both git-ignored).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
SHARED="${SHARED:-$(cd "$REPO/../shared" 2>/dev/null && pwd || cd "$REPO/../../shared" && pwd)}"
PAGES="${PAGES:-10000}"
PEER_PAGES="${PEER_PAGES:-$PAGES}"
RUNS="${RUNS:-3}"
PEER_RUNS="${PEER_RUNS:-$RUNS}"
OUT="$HERE/out"
mkdir -p "$OUT" "$HERE/corpus"

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need hugo hugo
need hyperfine hyperfine
if [ -z "${SKIP_PEERS:-}" ]; then
  need htmlproofer ruby-html-proofer
  need linkchecker linkchecker
  (cd "$HERE" && npm ci --silent --no-audit --no-fund)
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

echo "building sitegen check (Release)" >&2
dotnet build -c Release "$HERE/runner" -o "$OUT/runner" -v quiet -nologo >&2
SITEGEN="$OUT/runner/sitegen-check"

MAIN="$(corpus "$PAGES")"
echo "== correctness on $PAGES pages" >&2
(cd "$MAIN" && "$SITEGEN" check --site public --format json > "$OUT/findings-$PAGES.json") || true
python3 "$HERE/compare.py" "$OUT/findings-$PAGES.json" "$MAIN/manifest.json" | tee "$OUT/correctness-$PAGES.txt"

echo "== timing on $PAGES pages" >&2
(cd "$MAIN" && hyperfine -i --warmup 1 --runs "$RUNS" --export-json "$OUT/time-main.json" \
  -n "sitegen check" "$SITEGEN check --site public --format json > /dev/null" \
  -n "verify_links.py" "python3 $SHARED/bench/verify_links.py public manifest.json > /dev/null")

if [ -z "${SKIP_PEERS:-}" ]; then
  PEER="$(corpus "$PEER_PAGES")"
  chmod -R o+rX "$HERE/corpus" # linkchecker drops root privileges to 'nobody'
  echo "== timing peers on $PEER_PAGES pages" >&2
  (cd "$PEER" && hyperfine -i --runs "$PEER_RUNS" --export-json "$OUT/time-peers.json" \
    -n "sitegen check" "$SITEGEN check --site public --format json > /dev/null" \
    -n "verify_links.py" "python3 $SHARED/bench/verify_links.py public manifest.json > /dev/null" \
    -n "html-proofer" "htmlproofer public --disable-external --allow-hash-href > /dev/null 2>&1" \
    -n "linkchecker" "linkchecker --no-warnings -o none public/index.html > /dev/null 2>&1" \
    -n "linkinator" "$HERE/node_modules/.bin/linkinator public --recurse --skip 'example\.invalid' --format json > /dev/null 2>&1")
fi

python3 - "$OUT" "$PAGES" "$PEER_PAGES" <<'PY'
import json, os, sys
out, pages, peer_pages = sys.argv[1], sys.argv[2], sys.argv[3]
rows = []
for name, n in (("time-main.json", pages), ("time-peers.json", peer_pages)):
    path = os.path.join(out, name)
    if os.path.exists(path):
        for r in json.load(open(path))["results"]:
            rows.append((int(n), r["command"], r["median"], r["min"], r["max"]))
print("\n| pages | tool | median (s) | min | max |\n|---|---|---|---|---|")
for n, cmd, med, lo, hi in rows:
    print("| %s | %s | %.2f | %.2f | %.2f |" % (f"{n:,}", cmd, med, lo, hi))
by = {(n, c): m for n, c, m, _, _ in rows}
for n in sorted({r[0] for r in rows}):
    s = by.get((n, "sitegen check"))
    for peer in ("html-proofer", "verify_links.py", "linkchecker", "linkinator"):
        if s and (n, peer) in by:
            print("%s pages: sitegen check is %.1fx faster than %s" % (f"{n:,}", by[(n, peer)] / s, peer))
PY
