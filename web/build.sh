#!/usr/bin/env bash
# Builds the web workspace into web/dist: `npm ci` when the lockfile changed
# since the last install, `npm run build` when a source is newer than the
# build. Quick when nothing changed; FORCE=1 rebuilds anyway.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v npm >/dev/null 2>&1; then
  echo "web: npm is missing (bash scripts/setup.sh installs it)" >&2
  exit 1
fi

# npm writes node_modules/.package-lock.json on every install: older than the
# lockfile means the dependencies changed.
if [ "${FORCE:-0}" = 1 ] || [ ! -f node_modules/.package-lock.json ] ||
   [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "web: npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error
  touch node_modules/.package-lock.json
fi

stale=0
if [ "${FORCE:-0}" = 1 ] || [ ! -f dist/index.html ]; then
  stale=1
elif [ -n "$(find src public index.html vite.config.ts tsconfig.json package-lock.json \
               node_modules/.package-lock.json -newer dist/index.html -print -quit 2>/dev/null)" ]; then
  stale=1
fi
if [ "$stale" = 1 ]; then
  echo "web: npm run build" >&2
  npm run build --silent
  touch dist/index.html
fi
