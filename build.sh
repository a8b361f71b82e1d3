#!/usr/bin/env bash
# Builds the shipped knowledge base (content/) into _site/. Extra arguments go to `sitegen build`,
# e.g. ./build.sh --base-url "$DEPLOY_PRIME_URL" on a Netlify deploy preview.
set -euo pipefail
cd "$(dirname "$0")"
if [ -f themes/default/package-lock.json ] && [ ! -d themes/default/node_modules ]; then
  npm ci --prefix themes/default --no-audit --no-fund >/dev/null
fi
dotnet run --project src/SiteGen.Cli -c Release -- build --source . --output _site "$@"
