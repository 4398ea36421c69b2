#!/usr/bin/env bash
# demo.sh BINARY [CORPUS]: runs rased over the example corpus and shows what it found.
#
#   scripts/demo.sh build/rased
#   DEMO_LINES=40 scripts/demo.sh build/rased examples/corpus
#
# Steps (each one is a function, run in order by main):
#   1. extract_readable  `rased extract CORPUS`: the first DEMO_LINES lines of every document
#   2. extract_json      `rased extract --json CORPUS`: the contract output, kept for later steps
#   3. summarize         documents, entities, relations, dates, quantities; the names written in
#                        more than one way and the numbers that differ between documents
# The knowledge-base and server steps will be added as more functions (see main).
#
# Environment: RASED_DATA (default: the repository's data/), DEMO_LINES (default 80),
# DEMO_KEEP=1 to keep the work folder.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BINARY="${1:-}"
CORPUS="${2:-$ROOT/examples/corpus}"
LINES_PER_DOC="${DEMO_LINES:-80}"
export RASED_DATA="${RASED_DATA:-$ROOT/data}"
WORK=""

usage() {
  echo "usage: $0 BINARY [CORPUS]   (BINARY is the built rased, e.g. build/rased)" >&2
  exit 2
}

banner() {
  if [ -t 1 ]; then
    printf '\n\033[1m=== %s\033[0m\n' "$*"
  else
    printf '\n=== %s\n' "$*"
  fi
}

setup() {
  [ -n "$BINARY" ] || usage
  if [ ! -x "$BINARY" ]; then
    echo "demo: $BINARY is not an executable; build it with: ninja -C BUILD_DIR rased_cli" >&2
    exit 2
  fi
  if [ ! -d "$CORPUS" ]; then
    echo "demo: no corpus folder at $CORPUS" >&2
    exit 2
  fi
  command -v python3 >/dev/null || { echo "demo: python3 is needed for the summary" >&2; exit 2; }
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/rased-demo.XXXXXX")"
  if [ "${DEMO_KEEP:-0}" = 1 ]; then
    echo "demo: keeping work files in $WORK" >&2
  else
    trap 'rm -rf "$WORK"' EXIT
  fi
}

# Runs BINARY with the given arguments. The output goes to $WORK/<name>.out and
# $WORK/<name>.err. A failing document makes rased exit 1, and the demo goes on
# with the rest, so the exit code is only reported.
run_rased() {
  local name="$1"
  shift
  local status=0
  "$BINARY" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || status=$?
  if [ "$status" -ne 0 ]; then
    echo "demo: '$(basename "$BINARY") $*' exited with $status; its messages:" >&2
    sed 's/^/  /' "$WORK/$name.err" >&2
  elif [ -s "$WORK/$name.err" ]; then
    echo "demo: warnings from rased:" >&2
    sed 's/^/  /' "$WORK/$name.err" >&2
  fi
  return 0
}

extract_readable() {
  banner "rased extract $CORPUS (first $LINES_PER_DOC lines per document)"
  run_rased readable extract "$CORPUS"
  # Each document starts with a line "== <id>"; show the head of each one.
  awk -v max="$LINES_PER_DOC" '
    /^== / { if (shown > max) printf("   … %d more lines\n", shown - max); shown = 0 }
    { shown++; if (shown <= max) print }
    END { if (shown > max) printf("   … %d more lines\n", shown - max) }
  ' "$WORK/readable.out"
}

extract_json() {
  banner "rased extract --json $CORPUS"
  run_rased extract extract --json "$CORPUS"
  echo "$(wc -l <"$WORK/extract.out") JSON lines written (one per document)"
}

summarize() {
  banner "summary"
  python3 - "$WORK/extract.out" <<'PY'
import collections
import json
import sys

docs = []
with open(sys.argv[1], encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            docs.append(json.loads(line))
        except json.JSONDecodeError as e:
            print(f"line {n} is not JSON ({e}); skipped")

def key(entity):
    return entity.get("kb_id") or f'{entity.get("type")}:{entity.get("name")}'

entities = {}                                 # key -> (type, name)
spellings = collections.defaultdict(set)      # key -> surface forms
docs_of = collections.defaultdict(set)        # key -> documents
types = collections.Counter()
relation_types = collections.Counter()
mentions = dates = resolved = quantities = 0
counts = collections.defaultdict(list)        # (unit, rate) -> [(value, doc)]

for d in docs:
    doc = d.get("doc", "?")
    names = {}
    for e in d.get("entities", []):
        k = key(e)
        names[e.get("id")] = e.get("name", "?")
        if k not in entities:
            entities[k] = (e.get("type", "?"), e.get("name", "?"))
            types[e.get("type", "?")] += 1
        docs_of[k].add(doc)
        for m in e.get("mentions", []):
            mentions += 1
            spellings[k].add(m.get("text", ""))
    for r in d.get("relations", []):
        relation_types[r.get("type", "?")] += 1
    for t in d.get("dates", []):
        dates += 1
        resolved += t.get("value") is not None
    for q in d.get("quantities", []):
        quantities += 1
        low, high = q.get("low"), q.get("high")
        value = f"{low}" if low == high else f"{low}-{high}"
        if q.get("approximate"):
            value = "~" + value
        label = q.get("about") or q.get("unit") or "?"
        counts[(label, q.get("rate"))].append((value, doc.rsplit("/", 1)[-1]))

print(f"documents:  {len(docs)}")
print(f"entities:   {len(entities)} distinct ({mentions} mentions): "
      + ", ".join(f"{t} {n}" for t, n in types.most_common()))
print(f"relations:  {sum(relation_types.values())}: "
      + ", ".join(f"{t} {n}" for t, n in relation_types.most_common()))
print(f"dates:      {dates} ({resolved} resolved to a calendar date)")
print(f"quantities: {quantities}")

print("\nentities found in the most documents:")
for k in sorted(docs_of, key=lambda k: (-len(docs_of[k]), entities[k][1]))[:12]:
    t, name = entities[k]
    print(f"  {len(docs_of[k]):2d} docs  {t:<12} {name}")

print("\nwritten in more than one way (resolved to one entity):")
shown = 0
for k in sorted(spellings, key=lambda k: -len(spellings[k])):
    forms = sorted(s for s in spellings[k] if s)
    if len(forms) < 2:
        continue
    print(f"  {entities[k][1]}: " + " · ".join(forms[:8]))
    shown += 1
    if shown == 15:
        break
if not shown:
    print("  (none)")

print("\nthe same count with different values in different documents:")
shown = 0
for (label, rate), values in sorted(counts.items(), key=lambda kv: -len(kv[1])):
    distinct = {v for v, _ in values}
    if len(distinct) < 2 or len({doc for _, doc in values}) < 2:
        continue
    per = f" per {rate}" if rate else ""
    print(f"  {label}{per}: " + "; ".join(f"{v} ({doc})" for v, doc in values[:6]))
    shown += 1
    if shown == 10:
        break
if not shown:
    print("  (none)")
PY
}

# The knowledge base: ingest the corpus, then ask it what an analyst would.
ingest_kb() {
  DB="${DEMO_DB:-$ROOT/build/demo.db}"
  rm -f "$DB" "$DB-wal" "$DB-shm"
  banner "rased ingest $CORPUS --db $DB"
  "$BINARY" ingest -q --db "$DB" "$CORPUS" || echo "(some documents failed; see above)"
}

query_kb() {
  banner "rased show khalifa-haftar   (one entity across every article)"
  "$BINARY" show --db "$DB" khalifa-haftar | head -n 40 || true
  banner "rased conflicts   (the same quantity reported differently)"
  "$BINARY" conflicts --db "$DB" | head -n 60 || true
  banner "rased search Yevkurov   (Latin query, Arabic names)"
  "$BINARY" search --db "$DB" Yevkurov | head -n 12 || true
}

# Ends the demo with the web workspace running on the knowledge base.
serve() {
  if [ "${DEMO_SERVE:-1}" != 1 ]; then return; fi
  local port="${DEMO_PORT:-8080}"
  banner "rased serve --db $DB --port $port   (Ctrl-C to stop)"
  echo "open http://127.0.0.1:$port/ in a browser"
  exec "$BINARY" serve --db "$DB" --port "$port"
}

main() {
  setup
  extract_readable
  extract_json
  summarize
  ingest_kb
  query_kb
  serve
}

main "$@"
