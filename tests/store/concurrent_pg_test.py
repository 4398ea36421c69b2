#!/usr/bin/env python3
"""Two `rased ingest` processes write into one PostgreSQL database at the same
time, over overlapping inputs; nothing is lost or doubled compared with one
sequential ingest.

usage: concurrent_pg_test.py RASED_BINARY SOURCE_DIR BASE_URL
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus_gen  # noqa: E402

rased, source_dir, base = sys.argv[1:4]


def database(name):
    admin = subprocess.run(['psql', base, '-q', '-c', f'DROP DATABASE IF EXISTS {name}',
                            '-c', f'CREATE DATABASE {name}'], capture_output=True, text=True)
    if admin.returncode != 0:
        sys.exit(admin.stderr)
    return base.replace('///rased?', f'///{name}?')


def snapshot(db):
    """What must not depend on how two writers interleave: every document and
    every mention. (Which entity a name joins may: an unknown name that is an
    alias of a knowledge-base entity joins it only once that entity is stored.)"""
    entities = json.loads(subprocess.check_output([rased, 'entities', '--db', db, '--json']))
    docs = json.loads(subprocess.check_output([rased, 'documents', '--db', db, '--json', '--limit', '100000']))
    return (sorted(d['id'] for d in docs), sum(e['mention_count'] for e in entities))


with tempfile.TemporaryDirectory() as tmp:
    paths = []
    for part in range(2):
        # Two overlapping halves: documents 0..299 and 200..499.
        path = os.path.join(tmp, f'part{part}.jsonl')
        all_path = os.path.join(tmp, 'all.jsonl')
        corpus_gen.write_corpus(source_dir, all_path, 500)
        lines = open(all_path, encoding='utf-8').read().splitlines()
        with open(path, 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines[part * 200: part * 200 + 300]) + '\n')
        paths.append(path)
    shared = database('rased_concurrent')
    procs = [subprocess.Popen([rased, 'ingest', '-q', '-j', '1', '--batch', '16', '--db', shared, p],
                              stdout=subprocess.DEVNULL) for p in paths]
    codes = [p.wait() for p in procs]
    sequential = database('rased_sequential')
    for p in paths:
        subprocess.check_call([rased, 'ingest', '-q', '--db', sequential, p], stdout=subprocess.DEVNULL)
    # Document ids include the jsonl path, so both halves keep their own copies.
    a, b = snapshot(shared), snapshot(sequential)
    ok = codes == [0, 0] and a == b and len(a[0]) >= 500
    print(f'exit codes {codes}; concurrent {len(a[0])} documents, sequential {len(b[0])}')
    if a != b:
        print(f'mentions: concurrent {a[1]}, sequential {b[1]}')
        # Where they differ: stored mentions per document, and whether the
        # entities' counters agree with the mentions table in each database.
        def per_doc(db):
            out = subprocess.run(['psql', db, '-At', '-F', '\t', '-c',
                                  'SELECT d.source, COUNT(m.doc_id) FROM documents d LEFT JOIN mentions m '
                                  'ON m.doc_id = d.id GROUP BY d.source'],
                                 capture_output=True, text=True).stdout
            return dict(line.split('\t') for line in out.splitlines() if '\t' in line)
        pa, pb = per_doc(shared), per_doc(sequential)
        for source in sorted(set(pa) | set(pb)):
            if pa.get(source) != pb.get(source):
                print(f'  {source}: concurrent {pa.get(source)}, sequential {pb.get(source)}')
        for name, db in (('concurrent', shared), ('sequential', sequential)):
            total = subprocess.run(['psql', db, '-At', '-c', 'SELECT COUNT(*) FROM mentions'],
                                   capture_output=True, text=True).stdout.strip()
            print(f'  {name}: {total} rows in mentions')
    print('1 passed, 0 failed' if ok else '0 passed, 1 failed')
    sys.exit(0 if ok else 1)
