#!/usr/bin/env python3
"""Golden test: `rased extract --json examples/corpus` must match tests/golden/examples.jsonl.

    compare_golden.py --binary build/rased [--source-dir .] [--corpus examples/corpus]
                      [--expected tests/golden/examples.jsonl]

The binary runs from the source directory with a relative corpus path, so the
"doc" ids do not depend on where the repository is checked out. Output and
expected file are compared document by document. For every top-level field that
differs, a unified diff is printed of a readable listing of that field:

  entities    one line per entity (type, name, kb id) and one per mention
  relations   type, arguments, date, place, attribution, modality, evidence
  roles, quantities, dates: one line per item
  text        line by line

References between objects ("e4") are printed as the entity's name, so an entity
added at the front does not show every relation as changed; quoted evidence is
clipped to EVIDENCE_CHARS. If the listings match but the JSON does not (the
order changed, the ids, or clipped text), the raw JSON of the field is diffed
instead. Any difference makes the test fail.

With RASED_UPDATE_GOLDEN=1 (or --update) the expected file is rewritten from
the current output: one JSON object per line, sorted by "doc", keys sorted.

Exit status: 0 same (or updated), 1 different, 2 the binary or the files could
not be used.
"""

import argparse
import difflib
import json
import os
import subprocess
import sys

MAX_DIFF_LINES = 120  # per field; the rest is counted, not printed

UPDATE_HINT = "run scripts/update_golden.sh BUILD_DIR"


def fail(message, code=2):
    print(f"compare_golden: {message}", file=sys.stderr)
    sys.exit(code)


def parse_args():
    here = os.path.dirname(os.path.abspath(__file__))
    source = os.path.abspath(os.path.join(here, "..", ".."))
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--binary", required=True, help="the rased executable")
    p.add_argument("--source-dir", default=source, help="repository root (working directory)")
    p.add_argument("--corpus", default="examples/corpus", help="relative to --source-dir")
    p.add_argument("--expected", default=os.path.join(here, "examples.jsonl"))
    p.add_argument("--update", action="store_true", help="rewrite the expected file")
    p.add_argument("--timeout", type=float, default=600, help="seconds for the extraction")
    return p.parse_args()


def run_extract(args):
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        fail(f"{binary} is not an executable (build the rased_cli target)")
    env = dict(os.environ)
    env.setdefault("RASED_DATA", os.path.join(args.source_dir, "data"))
    cmd = [binary, "extract", "--json", args.corpus]
    try:
        proc = subprocess.run(cmd, cwd=args.source_dir, env=env, capture_output=True,
                              timeout=args.timeout)
    except subprocess.TimeoutExpired:
        fail(f"'{' '.join(cmd)}' did not finish in {args.timeout:.0f} s")
    stderr = proc.stderr.decode("utf-8", "replace")
    if proc.returncode != 0:
        # Every example must be readable; a failing document is a regression
        # too, and a partial output must never become the golden file.
        fail(f"'{' '.join(cmd)}' exited with {proc.returncode}:\n{stderr}")
    if stderr.strip():
        print(f"compare_golden: messages from rased:\n{stderr}", file=sys.stderr)
    return parse_jsonl(proc.stdout.decode("utf-8"), "rased output", args.source_dir)


def parse_jsonl(text, what, source_dir):
    docs = {}
    prefix = os.path.abspath(source_dir).rstrip("/") + "/"
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            fail(f"{what}, line {n}: not JSON ({e})")
        if not isinstance(obj, dict) or "doc" not in obj:
            fail(f"{what}, line {n}: not a document object with a \"doc\" field")
        doc = str(obj["doc"])
        if doc.startswith(prefix):  # keep the file independent of the checkout path
            doc = doc[len(prefix):]
            obj["doc"] = doc
        if doc in docs:
            fail(f"{what}: document {doc} appears twice")
        docs[doc] = obj
    return docs


def dump_line(obj):
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def write_expected(path, docs):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for doc in sorted(docs):
            f.write(dump_line(docs[doc]) + "\n")
    os.replace(tmp, path)
    print(f"compare_golden: wrote {len(docs)} documents to {path}")


# ----------------------------------------------------------------- listings


def entity_names(obj):
    names = {}
    for e in obj.get("entities") or []:
        if isinstance(e, dict) and "id" in e:
            names[e["id"]] = f'{e.get("name", "?")}<{e.get("type", "?")}>'
    return names


def ref(value, names):
    """An entity id (or list of ids) as names; other values as compact JSON."""
    if isinstance(value, list):
        return "[" + ", ".join(ref(v, names) for v in value) + "]"
    if isinstance(value, str) and value in names:
        return names[value]
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


EVIDENCE_CHARS = 90  # longer quoted text is clipped in listings (the raw diff has it all)


def span(ev):
    if not isinstance(ev, dict):
        return ref(ev, {})
    text = ev.get("text")
    if isinstance(text, str) and len(text) > EVIDENCE_CHARS:
        text = text[:EVIDENCE_CHARS] + "…"
    where = f'@{ev.get("start")}-{ev.get("end")}'
    return f"{where} «{text}»" if text is not None else where


def rest(item, known, names):
    """The fields of `item` no listing below knows about, so none goes unseen."""
    extra = [f"{k}={ref(item[k], names)}" for k in sorted(item) if k not in known]
    return ("  " + " ".join(extra)) if extra else ""


def list_entities(items, names):
    lines = []
    known = {"id", "type", "name", "name_latin", "kb_id", "mentions"}
    for e in items:
        if not isinstance(e, dict):
            lines.append([ref(e, names)])
            continue
        head = f'{e.get("type")} {e.get("name")} ({e.get("name_latin")}) kb={e.get("kb_id")}'
        block = [head + rest(e, known, names)]
        for m in e.get("mentions") or []:
            if isinstance(m, dict):
                # The entity's name on each mention line keeps a diff hunk readable
                # without its header.
                block.append(f'    {e.get("name")}: {span(m)} {m.get("source")}'
                             + rest(m, {"start", "end", "text", "source"}, names))
            else:
                block.append(f"    {ref(m, names)}")
        lines.append(block)
    lines.sort(key=lambda b: b[0])
    return [line for block in lines for line in block]


def list_relations(items, names):
    known = {"type", "args", "date", "place", "attribution", "attribution_text", "modality",
             "confidence", "evidence"}
    lines = []
    for r in items:
        if not isinstance(r, dict):
            lines.append(ref(r, names))
            continue
        args = r.get("args") or {}
        arg_text = " ".join(f"{k}={ref(v, names)}" for k, v in sorted(args.items())) \
            if isinstance(args, dict) else ref(args, names)
        date = r.get("date")
        if isinstance(date, dict):
            date_text = f'{date.get("value")}({date.get("precision")}) «{date.get("text")}»'
            extra = {k: v for k, v in date.items() if k not in ("value", "precision", "text")}
            if extra:
                date_text += " " + ref(extra, names)
        else:
            date_text = ref(date, names)
        source = ref(r.get("attribution"), names)
        if r.get("attribution_text"):
            source += f' «{r["attribution_text"]}»'
        conf = r.get("confidence")
        conf_text = f"{conf:.2f}" if isinstance(conf, (int, float)) else ref(conf, names)
        lines.append(f'{r.get("type")} {arg_text} | date={date_text} place={ref(r.get("place"), names)}'
                     f' source={source} {r.get("modality")} {conf_text} {span(r.get("evidence"))}'
                     + rest(r, known, names))
    return sorted(lines)


def list_roles(items, names):
    known = {"person", "title", "organization", "evidence"}
    return sorted(
        f'{ref(r.get("person"), names)} — {r.get("title")} — {ref(r.get("organization"), names)}'
        f' {span(r.get("evidence"))}' + rest(r, known, names) if isinstance(r, dict)
        else ref(r, names) for r in items)


def list_quantities(items, names):
    known = {"about", "low", "high", "approximate", "unit", "rate", "subject", "attribution",
             "attribution_text", "evidence"}
    lines = []
    for q in items:
        if not isinstance(q, dict):
            lines.append(ref(q, names))
            continue
        value = f'{"~" if q.get("approximate") else ""}{q.get("low")}..{q.get("high")}'
        source = ref(q.get("attribution"), names)
        if q.get("attribution_text"):
            source += f' «{q["attribution_text"]}»'
        lines.append(f'{value} {q.get("unit")} about «{q.get("about")}» rate={q.get("rate")}'
                     f' subject={ref(q.get("subject"), names)} source={source}'
                     f' {span(q.get("evidence"))}' + rest(q, known, names))
    return sorted(lines)


def list_dates(items, names):
    known = {"text", "start", "end", "value", "precision", "relative", "end_value"}
    lines = []
    for d in items:
        if not isinstance(d, dict):
            lines.append(ref(d, names))
            continue
        value = ref(d.get("value"), names)
        if d.get("end_value"):
            value += f'..{d["end_value"]}'
        lines.append(f'{span(d)} -> {value} ({d.get("precision")}'
                     f'{", relative" if d.get("relative") else ""})' + rest(d, known, names))
    return sorted(lines)


LISTINGS = {
    "entities": list_entities,
    "relations": list_relations,
    "roles": list_roles,
    "quantities": list_quantities,
    "dates": list_dates,
}


def listing(field, value, names):
    if field in LISTINGS and isinstance(value, list):
        return LISTINGS[field](value, names)
    if field == "text" and isinstance(value, str):
        return value.split("\n")
    if isinstance(value, list):
        return [ref(v, names) for v in value]
    return [ref(value, names)]


def raw_listing(value):
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1).split("\n")


def field_diff(doc, field, expected, actual):
    exp_obj = expected.get(field, "<absent>")
    act_obj = actual.get(field, "<absent>")
    exp_lines = listing(field, exp_obj, entity_names(expected))
    act_lines = listing(field, act_obj, entity_names(actual))
    note = ""
    if exp_lines == act_lines:
        exp_lines, act_lines = raw_listing(exp_obj), raw_listing(act_obj)
        # Only order, ids or clipped text differ: show the JSON itself.
        note = " (listings equal; raw JSON diff: order, ids or long text changed)"
    diff = list(difflib.unified_diff(exp_lines, act_lines, f"expected/{doc}/{field}",
                                     f"actual/{doc}/{field}", n=1, lineterm=""))
    header = f"--- field {field}{note}"
    if len(diff) > MAX_DIFF_LINES:
        more = len(diff) - MAX_DIFF_LINES
        diff = diff[:MAX_DIFF_LINES] + [f"... {more} more diff lines"]
    return [header] + diff


def compare(expected, actual):
    differing = []
    out = []
    for doc in sorted(set(expected) | set(actual)):
        if doc not in actual:
            differing.append(doc)
            out.append(f"=== {doc}: in the golden file but not in the output")
            continue
        if doc not in expected:
            differing.append(doc)
            out.append(f"=== {doc}: in the output but not in the golden file")
            continue
        e, a = expected[doc], actual[doc]
        if e == a:
            continue
        differing.append(doc)
        fields = sorted(k for k in set(e) | set(a) if e.get(k, KeyError) != a.get(k, KeyError))
        out.append(f"=== {doc}: differs in {', '.join(fields)}")
        for field in fields:
            out.extend(field_diff(doc, field, e, a))
    return differing, out


def main():
    args = parse_args()
    update = args.update or os.environ.get("RASED_UPDATE_GOLDEN") == "1"
    if not update and not os.path.exists(args.expected):
        # Checked before running the binary: nothing to compare against.
        fail(f"no golden file {args.expected}; {UPDATE_HINT}", 1)
    actual = run_extract(args)
    if not actual:
        fail("rased printed no documents")
    if update:
        write_expected(args.expected, actual)
        return 0
    with open(args.expected, encoding="utf-8") as f:
        expected = parse_jsonl(f.read(), args.expected, args.source_dir)
    differing, out = compare(expected, actual)
    if not differing:
        print(f"compare_golden: {len(actual)} documents match {args.expected}")
        return 0
    print("\n".join(out))
    print(f"\ncompare_golden: {len(differing)} of {len(set(expected) | set(actual))} documents"
          f" differ: {', '.join(differing)}")
    print(f"compare_golden: if the change is intended, {UPDATE_HINT} (or RASED_UPDATE_GOLDEN=1)")
    return 1


if __name__ == "__main__":
    sys.exit(main())
