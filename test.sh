#!/usr/bin/env bash
# Runs every test. Installs what the tests need on a bare machine: Debian's Chromium (browser tests)
# and the npm packages pinned by the committed lock files (lunr, axe-core).
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
fi
for dir in themes/default tests/browser tests/lunr-verify; do
  if [ -f "$dir/package-lock.json" ]; then
    npm ci --prefix "$dir" --no-audit --no-fund >/dev/null
  fi
done
dotnet test SiteGen.sln -c Release "$@"
