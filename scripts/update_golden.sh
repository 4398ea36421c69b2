#!/usr/bin/env bash
# update_golden.sh BUILD_DIR: regenerates tests/golden/examples.jsonl from
# `BUILD_DIR/rased extract --json examples/corpus`, one document per line, sorted by doc.
#
# Run it after a change that is meant to alter the extraction output, then read
# `git diff tests/golden/examples.jsonl` before committing. The golden test
# (ctest -R golden_extract_examples) shows the same difference field by field.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ $# -ne 1 ]; then
  echo "usage: $0 BUILD_DIR   (the folder holding the built rased binary)" >&2
  exit 2
fi
BINARY="$1/rased"
if [ ! -x "$BINARY" ]; then
  echo "update_golden: no executable $BINARY; build it with: ninja -C $1 rased_cli" >&2
  exit 2
fi
export RASED_DATA="${RASED_DATA:-$ROOT/data}"
RASED_UPDATE_GOLDEN=1 exec python3 "$ROOT/tests/golden/compare_golden.py" \
  --binary "$BINARY" --source-dir "$ROOT" --corpus examples/corpus \
  --expected "$ROOT/tests/golden/examples.jsonl"
