#!/usr/bin/env python3
"""Scores rased's names against hand-annotated Arabic NER corpora.

Compares, on each corpus separately:
  rules    `rased extract --json` (knowledge base, patterns, coreference)
  model    the learned tagger (`rased_train_tagger tag`, data/model/ner.model)
  rules+model@T  the rules' mentions, plus each model span of score >= T
           that overlaps no rule mention
  model+rules    the other way round: every model span, plus each rule
           mention that overlaps no model span
  recommended    the first integration data/model/README.md proposed (a
           simpler form of src/ner/model_mentions.cc, which also asks
           places to be knowledge-base aliases): the
           rules' mentions, plus model spans that overlap none of them:
           PERSON with score >= 0.8; LOCATION and FACILITY with score >= 0.5
           and a proper noun (the tagger's proper_noun: a word outside the
           Arabic word list, Latin, or a knowledge-base alias); no
           ORGANIZATION (on news, the model's extra ones are mostly wrong)

Gold comes from ../shared/corpus/ner/<corpus>_<split>.jsonl (PER ORG LOC FAC;
MISC is not a type of rased and is ignored). Every predicted span is mapped
onto the corpus's own whitespace tokens: it covers each token it overlaps.
So a rased mention that leaves out a proclitic ("المغرب" in "للمغرب") covers
the same token as the gold span that includes it; this is the "proclitics
stripped" comparison.

  exact    same first and last token, same type
  overlap  at least one token in common, same type (a gold span counts as
           found, and a predicted span as right, when some partner overlaps)

Usage (from the repository root, after building):
  python3 scripts/eval_ner.py                       # test splits, table
  python3 scripts/eval_ner.py --split dev --json    # development splits
  python3 scripts/eval_ner.py --thresholds 0 0.5 0.8 --detail misses.tsv

The test splits are for reporting; choose thresholds and features on dev.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

TYPES = ["PER", "ORG", "LOC", "FAC"]
RASED_TYPE = {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC", "FACILITY": "FAC"}
SPLITS = {
    "test": {"aqmar": "aqmar_test", "wojood": "wojood_test"},
    "dev": {"aqmar": "aqmar_dev", "wojood": "wojood_val"},
    "train": {"aqmar": "aqmar_train", "wojood": "wojood_train"},
}


def load_corpus(path):
    sentences = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            gold = set()
            for e in d["entities"]:
                if e["type"] in TYPES:
                    gold.add((e["tok_start"], e["tok_end"], e["type"]))
            sentences.append({"id": d["id"], "text": d["text"], "offsets": d["tok_offsets"],
                              "gold": gold})
    return sentences


def to_tokens(offsets, start, end):
    """The corpus tokens [first, last + 1) that code points [start, end) overlap."""
    covered = [i for i, (b, e) in enumerate(offsets) if b < end and e > start]
    if not covered:
        return None
    return covered[0], covered[-1] + 1


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit("%s failed:\n%s" % (" ".join(cmd), p.stderr.strip()))
    return p.stdout


def run_rased(binary, data, sentences, workdir):
    path = os.path.join(workdir, "input.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for s in sentences:
            f.write(json.dumps({"id": s["id"], "text": s["text"]}, ensure_ascii=False) + "\n")
    cmd = [binary, "extract", "--json", path]
    if data:
        cmd[2:2] = ["--data", data]
    out = run(cmd)
    by_id = {}
    for line in out.splitlines():
        d = json.loads(line)
        spans = []
        for ent in d["entities"]:
            t = RASED_TYPE[ent["type"]]
            for m in ent["mentions"]:
                spans.append((m["start"], m["end"], t, 1.0, m.get("source", "")))
        by_id[d["doc"]] = (d["text"], spans)
    return by_id


def run_model(binary, data, model, sentences, workdir):
    path = os.path.join(workdir, "input.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for s in sentences:
            f.write(json.dumps({"id": s["id"], "text": s["text"]}, ensure_ascii=False) + "\n")
    cmd = [binary]
    if data:
        cmd += ["--data", data]
    cmd += ["tag", path]
    if model:
        cmd += ["--model", model]
    out = run(cmd)
    by_id = {}
    for line in out.splitlines():
        d = json.loads(line)
        by_id[d["id"]] = [(s["start"], s["end"], RASED_TYPE[s["type"]], s["score"],
                           "model" if s.get("proper_noun", True) else "model-common")
                          for s in d["spans"]]
    return by_id


def token_spans(sentence, spans):
    """Maps code-point spans to distinct (first, end, type, score, source) token spans."""
    out = {}
    for start, end, t, score, source in spans:
        r = to_tokens(sentence["offsets"], start, end)
        if r is None:
            continue
        key = (r[0], r[1], t)
        if key not in out or out[key][0] < score:
            out[key] = (score, source)
    return [(b, e, t, sc, src) for (b, e, t), (sc, src) in out.items()]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


class Counts:
    def __init__(self):
        self.c = {k: {t: 0 for t in TYPES + ["all"]}
                  for k in ("pred", "gold", "exact", "ov_pred", "ov_gold")}

    def add(self, gold, pred):
        for g in gold:
            for t in (g[2], "all"):
                self.c["gold"][t] += 1
            if any(p[2] == g[2] and overlaps(p, g) for p in pred):
                for t in (g[2], "all"):
                    self.c["ov_gold"][t] += 1
        for p in pred:
            for t in (p[2], "all"):
                self.c["pred"][t] += 1
            if (p[0], p[1], p[2]) in gold:
                for t in (p[2], "all"):
                    self.c["exact"][t] += 1
            if any(g[2] == p[2] and overlaps(p, g) for g in gold):
                for t in (p[2], "all"):
                    self.c["ov_pred"][t] += 1

    def scores(self, t):
        c = self.c
        def prf(correct_p, correct_g):
            p = correct_p / c["pred"][t] if c["pred"][t] else 0.0
            r = correct_g / c["gold"][t] if c["gold"][t] else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}
        return {"gold": c["gold"][t], "pred": c["pred"][t],
                "exact": prf(c["exact"][t], c["exact"][t]),
                "overlap": prf(c["ov_pred"][t], c["ov_gold"][t])}


def combine(rules, model, threshold):
    out = list(rules)
    for m in model:
        if m[3] >= threshold and not any(overlaps(m, r) for r in rules):
            out.append(m)
    return out


RECOMMENDED_THRESHOLD = {"PER": 0.8, "ORG": 2.0, "LOC": 0.5, "FAC": 0.5}  # 2: never


def recommended(rules, model):
    out = list(rules)
    for m in model:
        if m[3] < RECOMMENDED_THRESHOLD[m[2]]:
            continue
        if m[2] != "PER" and m[4] == "model-common":
            continue
        if not any(overlaps(m, r) for r in rules):
            out.append(m)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--shared", default=os.path.join(here, "..", "shared"))
    ap.add_argument("--split", default="test", choices=sorted(SPLITS))
    ap.add_argument("--rased", default=os.path.join(here, "build", "rased"))
    ap.add_argument("--tagger", default=None,
                    help="rased_train_tagger binary (default: beside --rased)")
    ap.add_argument("--data", default=None, help="data directory (default: the binaries')")
    ap.add_argument("--model", default=None, help="model file (default: DATA/model/ner.model)")
    ap.add_argument("--thresholds", type=float, nargs="*", default=[0.0, 0.5, 0.7])
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--detail", default=None,
                    help="write every gold and predicted span, one a line, to this TSV")
    args = ap.parse_args()
    tagger = args.tagger or os.path.join(os.path.dirname(args.rased), "rased_train_tagger")

    report = {}
    detail = open(args.detail, "w", encoding="utf-8") if args.detail else None
    for corpus, name in SPLITS[args.split].items():
        sentences = load_corpus(os.path.join(args.shared, "corpus", "ner", name + ".jsonl"))
        with tempfile.TemporaryDirectory() as tmp:
            rules = run_rased(args.rased, args.data, sentences, tmp)
            model = run_model(tagger, args.data, args.model, sentences, tmp)
        systems = {"rules": Counts(), "model": Counts()}
        for th in args.thresholds:
            systems["rules+model@%g" % th] = Counts()
        systems["model+rules"] = Counts()
        systems["recommended"] = Counts()
        for s in sentences:
            text, rule_cp = rules.get(s["id"], (s["text"], []))
            if text != s["text"]:
                sys.exit("rased changed the text of %s; offsets would not match" % s["id"])
            r = token_spans(s, rule_cp)
            m = token_spans(s, model.get(s["id"], []))
            systems["rules"].add(s["gold"], r)
            systems["model"].add(s["gold"], m)
            for th in args.thresholds:
                systems["rules+model@%g" % th].add(s["gold"], combine(r, m, th))
            systems["model+rules"].add(s["gold"], combine(m, r, 0.0))
            systems["recommended"].add(s["gold"], recommended(r, m))
            if detail:
                toks = s["text"].split(" ")
                for b, e, t in sorted(s["gold"]):
                    detail.write("%s\t%s\tgold\t%s\t%s\n" % (corpus, s["id"], t, " ".join(toks[b:e])))
                for sysname, spans in (("rules", r), ("model", m)):
                    for b, e, t, sc, src in sorted(spans):
                        mark = "ok" if (b, e, t) in s["gold"] else "wrong"
                        detail.write("%s\t%s\t%s:%s\t%s\t%s\t%.3f\t%s\n" % (
                            corpus, s["id"], sysname, src, t, " ".join(toks[b:e]), sc, mark))
        report[corpus] = {"sentences": len(sentences),
                          "systems": {k: {t: v.scores(t) for t in TYPES + ["all"]}
                                      for k, v in systems.items()}}
    if detail:
        detail.close()
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return
    for corpus, r in report.items():
        print("== %s (%s split, %d sentences)" % (corpus, args.split, r["sentences"]))
        print("%-18s %-4s %5s %5s | %-17s | %-17s" % ("system", "type", "gold", "pred",
                                                    "exact P/R/F1", "overlap P/R/F1"))
        for sysname, by_type in r["systems"].items():
            for t in TYPES + ["all"]:
                v = by_type[t]
                if v["gold"] == 0 and v["pred"] == 0:
                    continue
                ex, ov = v["exact"], v["overlap"]
                print("%-18s %-4s %5d %5d | %.3f %.3f %.3f | %.3f %.3f %.3f" % (
                    sysname, t, v["gold"], v["pred"], ex["p"], ex["r"], ex["f1"],
                    ov["p"], ov["r"], ov["f1"]))
        print()


if __name__ == "__main__":
    main()
