#!/usr/bin/env python3
"""HTTP tests of `rased serve` over real sockets: every API route, errors as
JSON with the right status, uploads, limits, static-file safety, tokens.

usage: api_test.py RASED_BINARY SOURCE_DIR
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

rased, source_dir = sys.argv[1:3]
corpus = os.path.join(source_dir, 'examples', 'corpus')
failures = []


def check(cond, message):
    print(('ok    ' if cond else 'FAIL  ') + message)
    if not cond:
        failures.append(message)


def start(db, *extra):
    proc = subprocess.Popen([rased, 'serve', '--db', db, '--port', '0', *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    m = re.search(r'http://([\d.]+):(\d+)/', line)
    if not m:
        proc.kill()
        sys.exit(f'server did not start: {line!r} {proc.stderr.read()}')
    return proc, f'http://{m.group(1)}:{m.group(2)}'


def request(base, path, data=None, headers=None, method=None):
    req = urllib.request.Request(base + path, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def get_json(base, path, expect=200):
    status, headers, body = request(base, path)
    check(status == expect, f'GET {path} -> {status}')
    check(headers.get('Content-Type', '').startswith('application/json'), f'GET {path} is JSON')
    return json.loads(body)


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, 'kb.db')
    subprocess.check_call([rased, 'ingest', '-q', '--db', db, corpus], stdout=subprocess.DEVNULL)
    web = os.path.join(tmp, 'web')
    os.makedirs(os.path.join(web, 'assets'))
    with open(os.path.join(web, 'index.html'), 'w') as f:
        f.write('<!doctype html><title>rased</title>')
    with open(os.path.join(tmp, 'secret.txt'), 'w') as f:
        f.write('TOP SECRET')
    proc, base = start(db, '--web', web)
    try:
        check(get_json(base, '/api/health') == {'ok': True}, 'health')
        stats = get_json(base, '/api/stats')
        check(stats['documents'] >= 10, f'stats: {stats["documents"]} documents')
        people = get_json(base, '/api/entities?type=PERSON&limit=50')
        check(len(people) > 0 and all(p['type'] == 'PERSON' for p in people), 'entities filtered by type')
        profile = get_json(base, '/api/entities/khalifa-haftar')
        check(profile['entity']['name'] == 'خليفة حفتر', 'entity profile by id')
        check(len(profile['relations']) > 0 and len(profile['documents']) > 0, 'profile has relations and documents')
        err = get_json(base, '/api/entities/' + urllib.parse.quote('لا-يوجد'), expect=404)
        check(err.get('code') == 'not found' and err.get('error'), 'unknown entity: JSON 404')
        hits = get_json(base, '/api/search?q=Haftar')
        check(any(h['id'] == 'khalifa-haftar' for h in hits), 'search in Latin script')
        hits = get_json(base, '/api/search?q=' + urllib.parse.quote('حفتر'))
        check(any(h['kind'] == 'document' for h in hits), 'search in Arabic finds documents')
        net = get_json(base, '/api/network?entity=khalifa-haftar&depth=1')
        check(len(net['nodes']) > 1, 'network')
        get_json(base, '/api/network?entity=nobody-at-all', expect=404)
        tl = get_json(base, '/api/timeline')
        check(all(r['date']['value'] for r in tl), 'timeline entries are dated')
        get_json(base, '/api/relations?type=VISIT')
        get_json(base, '/api/conflicts')
        docs = get_json(base, '/api/documents?limit=5')
        check(len(docs) == 5, 'documents listing')
        doc = get_json(base, '/api/document?id=' + urllib.parse.quote(docs[0]['id']))
        check(doc['text'] and isinstance(doc['annotations'], list), 'document with annotations')
        get_json(base, '/api/document?id=nope', expect=404)
        get_json(base, '/api/no-such-route', expect=404)

        # Pasted text with markup is stored as text; the page policy forbids inline script.
        hostile = ('<script>alert(1)</script><img src=x onerror=alert(2)> \u202e'
                   'قال المتحدث باسم الجيش الليبي إن خليفة حفتر زار موسكو أمس.')
        status, headers, body = request(base, '/api/ingest', json.dumps(
            {'text': hostile, 'id': 'pasted/hostile', 'title': '<b>عنوان</b>'}).encode(),
            {'Content-Type': 'application/json'})
        check(status == 200 and json.loads(body)['stored'] == 1, f'paste ingest -> {status}')
        check("script-src 'self'" in headers.get('Content-Security-Policy', ''), 'CSP header forbids inline script')
        doc = get_json(base, '/api/document?id=pasted/hostile')
        check('<script>' in doc['text'], 'text is returned verbatim (escaping is the renderer\'s job)')

        boundary = uuid.uuid4().hex
        article = 'أعلنت وزارة الدفاع الروسية أن نائب الوزير يونس بك يفكوروف زار بنغازي.'.encode()
        body = (f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="up.txt"\r\n'
                f'Content-Type: text/plain\r\n\r\n').encode() + article + f'\r\n--{boundary}--\r\n'.encode()
        status, _, body = request(base, '/api/ingest', body,
                                  {'Content-Type': f'multipart/form-data; boundary={boundary}'})
        check(status == 200 and json.loads(body)['stored'] == 1, f'file upload -> {status}')
        status, _, body = request(base, '/api/ingest', b'{"nope": 1}', {'Content-Type': 'application/json'})
        check(status == 400 and json.loads(body)['error'], 'malformed ingest request: JSON 400')

        status, _, body = request(base, '/api/export?format=graphml')
        check(status == 200 and b'<graphml' in body, 'export graphml')
        status, _, _ = request(base, '/api/export?format=xlsx')
        check(status == 400, 'unknown export format: 400')

        for path in ('/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt',
                     '/..%2fsecret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt'):
            status, _, body = request(base, path)
            check(b'TOP SECRET' not in body, f'no path traversal: {path} -> {status}')
        status, headers, body = request(base, '/some/app/route')
        check(status == 200 and b'<title>rased' in body, 'unknown UI routes get index.html')
        status, _, _ = request(base, '/assets/missing.js')
        check(status == 404, 'missing assets are 404')
    finally:
        proc.terminate()
        proc.wait(timeout=10)

    # An oversized upload is refused with a JSON 413.
    proc, base = start(db, '--no-web', '--max-upload', '1000')
    try:
        status, _, body = request(base, '/api/ingest', json.dumps({'text': 'ا' * 5000}).encode(),
                                  {'Content-Type': 'application/json'})
        check(status == 413, f'oversized body -> {status}')
    finally:
        proc.terminate()
        proc.wait(timeout=10)

    # Off loopback a token is required; with a token every request needs it.
    p = subprocess.run([rased, 'serve', '--db', db, '--host', '0.0.0.0', '--port', '0'],
                       capture_output=True, text=True, timeout=30)
    check(p.returncode == 2 and 'token' in p.stderr, 'refuses a non-loopback address without a token')
    proc, base = start(db, '--no-web', '--token', 's3cret')
    try:
        status, _, _ = request(base, '/api/stats')
        check(status == 401, f'no token -> {status}')
        status, _, _ = request(base, '/api/stats', headers={'Authorization': 'Bearer wrong'})
        check(status == 401, f'wrong token -> {status}')
        status, _, _ = request(base, '/api/stats', headers={'Authorization': 'Bearer s3cret'})
        check(status == 200, f'bearer token -> {status}')
        status, _, _ = request(base, '/api/stats?token=s3cret')
        check(status == 200, f'token parameter -> {status}')
    finally:
        proc.terminate()
        proc.wait(timeout=10)

print(f'{len(failures)} failed' if failures else 'all checks passed')
sys.exit(1 if failures else 0)
