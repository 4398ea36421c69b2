// Unit tests of the UI's pure text helpers (src/text.ts): snippet marks,
// code-point segmentation, bidi controls, date intervals. The TypeScript is
// bundled on the fly with esbuild (a dependency of vite), so no build step.
//   node --test web/tests/
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { buildSync } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'rased-web-unit-'));
const bundle = buildSync({
  entryPoints: [join(here, '..', 'src', 'text.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
});
const file = join(out, 'text.mjs');
writeFileSync(file, bundle.outputFiles[0].text);
const t = await import(pathToFileURL(file).href);
after(() => rmSync(out, { recursive: true, force: true }));

test('splitMarks turns [[…]] into marked parts and keeps the rest as text', () => {
  const cases = [
    // "…the visit of [[Haftar]] to Moscow…"
    ['زيارة [[حفتر]] إلى موسكو', [['زيارة ', false], ['حفتر', true], [' إلى موسكو', false]]],
    ['[[Haftar]]', [['Haftar', true]]],
    ['no match', [['no match', false]]],
    ['a [[b]] c [[d]]', [['a ', false], ['b', true], [' c ', false], ['d', true]]],
    // Unclosed mark runs to the end; a stray ]] is plain text.
    ['x [[y', [['x ', false], ['y', true]]],
    ['x ]] y', [['x ]] y', false]]],
    // Markup in a snippet is only text here: the DOM layer never parses it.
    ['<img src=x onerror=alert(1)> [[<b>]]', [['<img src=x onerror=alert(1)> ', false], ['<b>', true]]],
    ['', []],
  ];
  for (const [input, want] of cases) {
    assert.deepEqual(
      t.splitMarks(input).map((p) => [p.text, p.mark]),
      want,
      input,
    );
  }
});

test('segmentText counts Unicode code points, not UTF-16 units', () => {
  // An emoji (two UTF-16 units, one code point) before "حفتر" (Haftar).
  const text = '😀 حفتر في موسكو';
  const segs = t.segmentText(text, [{ start: 2, end: 6, data: 'PERSON' }]);
  const marked = segs.filter((s) => s.covering.length);
  assert.equal(marked.length, 1);
  assert.equal(marked[0].text, 'حفتر');
  assert.equal(segs.map((s) => s.text).join(''), text);
});

test('segmentText cuts overlapping and nested spans into covered runs', () => {
  // "Marshal Khalifa Haftar visited Moscow": a mention inside a relation evidence.
  const text = 'المشير خليفة حفتر زار موسكو';
  const cps = Array.from(text);
  const person = { start: 7, end: 17, data: 'm1' };
  const evidence = { start: 0, end: cps.length, data: 'r1' };
  const target = { start: 13, end: 22, data: 't' };
  const segs = t.segmentText(text, [person, evidence, target]);
  assert.equal(segs.map((s) => s.text).join(''), text);
  const covering = (sub) => segs.find((s) => s.text === sub)?.covering.sort();
  assert.deepEqual(covering('خليفة '), ['m1', 'r1']);
  assert.deepEqual(covering('حفتر'), ['m1', 'r1', 't']);
  assert.deepEqual(covering(' زار '), ['r1', 't']);
  assert.deepEqual(covering('المشير '), ['r1']);
  // Out-of-range and empty spans are ignored, never thrown on.
  const clipped = t.segmentText('abc', [{ start: 2, end: 99, data: 'x' }, { start: 5, end: 5, data: 'y' }]);
  assert.deepEqual(clipped.map((s) => [s.text, s.covering]), [['ab', []], ['c', ['x']]]);
});

test('splitBidiControls isolates override characters', () => {
  const parts = t.splitBidiControls('abc\u202Edef\u202C');
  assert.deepEqual(parts, [
    { text: 'abc', control: false },
    { text: '\u202E', control: true },
    { text: 'def', control: false },
    { text: '\u202C', control: true },
  ]);
  assert.deepEqual(t.splitBidiControls('نص عادي'), [{ text: 'نص عادي', control: false }]);
});

test('dateInterval spans the whole period of its precision', () => {
  const utc = (y, m, d = 1) => Date.UTC(y, m - 1, d);
  const cases = [
    [['2023-09-26', 'day'], { start: utc(2023, 9, 26), end: utc(2023, 9, 27), point: true }],
    [['2023-09', 'month'], { start: utc(2023, 9), end: utc(2023, 10), point: false }],
    [['2023-12', 'month'], { start: utc(2023, 12), end: utc(2024, 1), point: false }],
    [['2023', 'year'], { start: utc(2023, 1), end: utc(2024, 1), point: false }],
    [['2010', 'decade'], { start: utc(2010, 1), end: utc(2020, 1), point: false }],
    [['2023-06', 'season'], { start: utc(2023, 6), end: utc(2023, 9), point: false }],
    [['2023-09-01', 'day', '2023-09-03'], { start: utc(2023, 9, 1), end: utc(2023, 9, 4), point: false }],
  ];
  for (const [args, want] of cases) assert.deepEqual(t.dateInterval(...args), want, args.join(' '));
  assert.equal(t.dateInterval(null, 'day'), null);
  assert.equal(t.dateInterval('2023-09', 'unresolved'), null);
  assert.equal(t.dateInterval('garbage', 'day'), null);
  assert.equal(t.dateInterval('2023-13', 'month'), null);
});

test('formatIsoDate writes Arabic month names', () => {
  assert.equal(t.formatIsoDate('2023-09-26'), '26 سبتمبر 2023');
  assert.equal(t.formatIsoDate('2023-09'), 'سبتمبر 2023');
  assert.equal(t.formatIsoDate('2023'), '2023');
  assert.equal(t.formatIsoDate(''), '');
});

test('overlapsRange compares ISO prefixes of different precision', () => {
  const cases = [
    [['2023-09-26', '2023-09-26', '2023-09', '2023-09'], true],
    [['2023-08-30', '2023-08-31', '2023-09', ''], false],
    [['2023', '2023', '2023-09', '2023-10'], true],
    [['2024-01-02', '2024-02-01', '', '2023-12'], false],
    [['', '', '2023', '2024'], false],
    [['', '', '', ''], true],
  ];
  for (const [args, want] of cases) assert.equal(t.overlapsRange(...args), want, args.join(' '));
});

test('the UI never parses data as HTML', () => {
  // Article text is hostile: every view builds the DOM with createElement and
  // text nodes. Comments may name the forbidden APIs; code may not.
  const forbidden = /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|\beval\(|new Function\(/;
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|js|mjs)$/.test(e.name)) files.push(p);
    }
  };
  walk(join(here, '..', 'src'));
  assert.ok(files.length > 5, 'sources found');
  for (const f of files) {
    const code = readFileSync(f, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
      .join('\n');
    assert.doesNotMatch(code, forbidden, f);
  }
  const html = readFileSync(join(here, '..', 'index.html'), 'utf8');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline <script> in index.html');
  assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handler in index.html');
});
