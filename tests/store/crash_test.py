#!/usr/bin/env python3
"""kill -9 in the middle of `rased ingest`, run it again, and compare the
knowledge base with one built without interruption.

usage: crash_test.py RASED_BINARY SOURCE_DIR
"""
import json
import os
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus_gen  # noqa: E402

rased, source_dir = sys.argv[1:3]


def snapshot(db):
    entities = json.loads(subprocess.check_output([rased, 'entities', '--db', db, '--json']))
    docs = json.loads(subprocess.check_output([rased, 'documents', '--db', db, '--json', '--limit', '100000']))
    return ({e['id']: (e['doc_count'], e['mention_count']) for e in entities},
            sorted(d['id'] for d in docs))


with tempfile.TemporaryDirectory() as tmp:
    corpus = os.path.join(tmp, 'corpus.jsonl')
    corpus_gen.write_corpus(source_dir, corpus, 1500)
    clean_db, crash_db = os.path.join(tmp, 'clean.db'), os.path.join(tmp, 'crash.db')
    start = time.time()
    subprocess.check_call([rased, 'ingest', '-q', '-j', '2', '--batch', '32', '--db', clean_db, corpus],
                          stdout=subprocess.DEVNULL)
    full = time.time() - start
    print(f'uninterrupted ingest: {full:.1f} s')

    proc = subprocess.Popen([rased, 'ingest', '-q', '-j', '2', '--batch', '32', '--db', crash_db, corpus],
                            stdout=subprocess.DEVNULL)
    time.sleep(max(0.5, full / 2))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = snapshot(crash_db)
    print(f'killed with {len(partial[1])} documents committed')
    out = subprocess.check_output([rased, 'ingest', '-q', '--json', '--db', crash_db, corpus])
    rerun = json.loads(out)
    print('re-run:', rerun)
    ok = True
    if rerun['skipped'] != len(partial[1]):
        print(f'FAIL  the re-run should skip exactly the {len(partial[1])} committed documents')
        ok = False
    if snapshot(crash_db) != snapshot(clean_db):
        print('FAIL  the recovered knowledge base differs from the uninterrupted one')
        ok = False
    print('1 passed, 0 failed' if ok else '0 passed, 1 failed')
    sys.exit(0 if ok else 1)
