// End-to-end test of the web workspace in headless Chromium (playwright-core,
// the system's /usr/bin/chromium: no browser is downloaded).
//
// Builds a knowledge base with `rased ingest`, starts `rased serve --port 0`,
// and walks through the workspace as an analyst would: search in both
// scripts, the profile, the network (with the VISIT edge to Moscow), the
// evidence in the reader, the timeline, the conflicts, the map, the ingest
// panel, and hostile article text (script, event handler, RTL override).
//
//   node browser_test.mjs --rased build/rased --source /work/main \
//        --out build/tests/web/screenshots [--corpus DIR] [--shared DIR]
//
// Prints one line per check and closes with "N passed, N failed"; exits 77
// (skipped) when Chromium or the built UI is missing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';

// ------------------------------------------------------------------ options

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) out[argv[i].slice(2)] = argv[i + 1], i++;
  }
  return out;
}
const args = parseArgs(process.argv.slice(2));
const source = resolve(args.source ?? join(import.meta.dirname, '..', '..'));
const rased = args.rased && resolve(args.rased);
const webDist = resolve(args.web ?? join(source, 'web', 'dist'));
const outDir = resolve(args.out ?? join(tmpdir(), 'rased-web-screenshots'));
const chromiumPath = args.chromium ?? process.env.RASED_CHROMIUM ?? '/usr/bin/chromium';
const shared = args.shared ? resolve(args.shared) : join(source, '..', 'shared');

function pickCorpus() {
  if (args.corpus) return resolve(args.corpus);
  const seeds = join(shared, 'corpus', 'seeds');
  if (existsSync(seeds) && readdirSync(seeds).some((f) => f.endsWith('.txt'))) return seeds;
  return join(source, 'examples', 'corpus');
}

function skip(why) {
  console.log(`SKIP: ${why}`);
  process.exit(77);
}
if (!rased || !existsSync(rased)) skip(`no rased binary (--rased ${rased})`);
if (!existsSync(chromiumPath)) skip(`no Chromium at ${chromiumPath} (apt-get install chromium)`);
if (!existsSync(join(webDist, 'index.html'))) skip(`no built UI at ${webDist} (make web)`);

const require = createRequire(join(source, 'web', 'package.json'));
let chromium;
try {
  ({ chromium } = require('playwright-core'));
} catch {
  skip('playwright-core is not installed (cd web && npm ci)');
}

// ------------------------------------------------------------------ checks

let passed = 0;
let failed = 0;
const failures = [];
function check(name, ok, detail = '') {
  if (ok) {
    passed++;
    console.log(`ok      ${name}`);
  } else {
    failed++;
    failures.push(name);
    console.log(`FAILED  ${name}${detail ? ` — ${detail}` : ''}`);
  }
}
async function step(name, fn) {
  try {
    await fn();
  } catch (err) {
    check(name, false, String(err?.stack ?? err).split('\n').slice(0, 4).join(' | '));
  }
}

// Decodes an 8-bit RGB/RGBA PNG (what Chromium's screenshots are) and counts
// its distinct colours on a sample grid: a blank or single-colour capture has
// one or two, a rendered page hundreds.
function pngColours(buf) {
  let pos = 8;
  let width = 0, height = 0, colorType = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8) throw new Error('png: bit depth ' + data[8]);
      colorType = data[9];
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const bpp = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
  if (!bpp) throw new Error('png: colour type ' + colorType);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const img = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)];
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = img.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? img.subarray((y - 1) * stride, y * stride) : null;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? row[x - bpp] : 0;
      const b = prev ? prev[x] : 0;
      const c = prev && x >= bpp ? prev[x - bpp] : 0;
      let v = src[x];
      if (f === 1) v += a;
      else if (f === 2) v += b;
      else if (f === 3) v += (a + b) >> 1;
      else if (f === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      row[x] = v & 255;
    }
  }
  const colours = new Set();
  for (let y = 0; y < height; y += 3) {
    for (let x = 0; x < width; x += 3) {
      const i = y * stride + x * bpp;
      colours.add((img[i] << 16) | (img[i + 1] << 8) | img[i + 2]);
    }
  }
  return colours.size;
}

// ------------------------------------------------------------------ fixture

const work = mkdtempSync(join(tmpdir(), 'rased-web-test-'));
const db = join(work, 'kb.db');
const corpus = pickCorpus();
const dataDir = join(source, 'data');
mkdirSync(outDir, { recursive: true });
console.log(`corpus: ${corpus}\nscreenshots: ${outDir}`);

const ingest = spawnSync(rased, ['ingest', '--data', dataDir, '--db', db, '-q', corpus], { encoding: 'utf8', timeout: 300_000 });
check('rased ingest builds the knowledge base', ingest.status === 0, `${ingest.status} ${ingest.stderr?.slice(-600)}`);
if (ingest.status !== 0) {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(1);
}

const server = spawn(rased, ['serve', '--data', dataDir, '--db', db, '--port', '0', '--web', webDist], { stdio: ['ignore', 'pipe', 'pipe'] });
let serverLog = '';
server.stderr.on('data', (d) => (serverLog += d));
const base = await new Promise((res, rej) => {
  let out = '';
  const timer = setTimeout(() => rej(new Error(`server did not start: ${out} ${serverLog}`)), 30_000);
  server.stdout.on('data', (d) => {
    out += d;
    const m = /(http:\/\/[^\s/]+)\//.exec(out);
    if (m) {
      clearTimeout(timer);
      res(m[1]);
    }
  });
  server.on('exit', (code) => rej(new Error(`server exited ${code}: ${serverLog}`)));
});
console.log(`server: ${base}`);

const userDataDir = join(work, 'chromium-profile');
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: chromiumPath,
  headless: true,
  viewport: { width: 1440, height: 900 },
  locale: 'ar',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
page.setDefaultTimeout(20_000);

const pageErrors = [];
const consoleErrors = [];
const foreign = [];
page.on('pageerror', (e) => pageErrors.push(String(e)));
page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
page.on('request', (r) => {
  const u = new URL(r.url());
  if (!['127.0.0.1', 'localhost'].includes(u.hostname) && u.protocol !== 'data:') foreign.push(r.url());
});

async function go(hash, view) {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.waitForSelector(`.view-${view}[data-ready="true"]`);
}
async function shot(name) {
  const file = join(outDir, `${name}.png`);
  const buf = await page.screenshot({ path: file });
  return buf;
}
async function inViewport(locator) {
  const box = await locator.boundingBox();
  if (!box) return false;
  const vp = page.viewportSize();
  return box.width > 0 && box.height > 0 && box.x >= 0 && box.y >= 0 && box.x + box.width <= vp.width + 1 && box.y + box.height <= vp.height + 1;
}

let haftarId = '';

try {
  await step('home page', async () => {
    await page.goto(`${base}/#/`);
    await page.waitForSelector('.view-home[data-ready="true"]');
    const stats = await page.locator('.stat strong').first().innerText();
    check('home shows the document count', Number(stats.replace(/[^\d]/g, '')) > 0, stats);
    const buf = await shot('01-home');
    const n = pngColours(buf);
    check('home screenshot is not blank', n > 50, `${n} colours`);
    const font = await page.evaluate(() => document.fonts.check('16px "Noto Sans Arabic"', 'حفتر'));
    check('the bundled Arabic font is loaded', font);
  });

  for (const [q, label] of [['حفتر', 'arabic'], ['Haftar', 'latin']]) {
    await step(`search ${q}`, async () => {
      await page.fill('#search-input', q);
      await page.press('#search-input', 'Enter');
      // The previous search's view stays ready until the new route replaces it:
      // wait for the view of this query.
      await page.waitForFunction((query) => {
        const view = document.querySelector('.view-search[data-ready="true"]');
        return !!view && decodeURIComponent(view.dataset.route ?? '').includes(query) &&
          !!view.querySelector('#entity-results, .empty');
      }, q);
      const first = page.locator('#entity-results .result-entity').filter({ hasText: 'حفتر' }).first();
      const text = (await first.count()) ? await first.innerText() : '';
      check(`search «${q}» lists Haftar (حفتر)`, /حفتر/.test(text), text.slice(0, 200));
      check(`search «${q}» shows the Latin name beside the Arabic`, /Haftar/i.test(text), text.slice(0, 200));
      check(`search «${q}»: Haftar's result is visible in the viewport`, await inViewport(first));
      if (!haftarId) haftarId = (await first.getAttribute('data-entity')) ?? '';
      await shot(`02-search-${label}`);
    });
  }

  await step('profile', async () => {
    await page.locator('#entity-results .result-entity').filter({ hasText: 'حفتر' }).first().locator('a.result-title').click();
    await page.waitForSelector('.view-entity[data-ready="true"]');
    const name = await page.locator('#entity-name').innerText();
    check('profile shows the Arabic name', /حفتر/.test(name), name);
    check('profile groups relations by type, VISIT among them', (await page.locator('.rel-group[data-type="VISIT"]').count()) > 0);
    check('profile lists names and variants', (await page.locator('#aliases .chip').count()) > 0);
    check('relations carry dates with their precision', (await page.locator('#relations .date-badge .prec').count()) > 0);
    await shot('03-profile');
  });

  let visitEdge = null;
  await step('network', async () => {
    await page.locator('.entity-head a.btn', { hasText: 'Network' }).click();
    await page.waitForSelector('.view-network[data-ready="true"] #network-graph canvas');
    await page.waitForTimeout(500);
    const model = await page.evaluate(() => {
      const cy = window.__rasedCy;
      if (!cy) return null;
      return {
        nodes: cy.nodes().map((n) => ({ id: n.id(), label: n.data('label'), type: n.data('type') })),
        edges: cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id(), type: e.data('type'), targetLabel: e.target().data('label') })),
      };
    });
    check('the network has a cytoscape model with nodes', model && model.nodes.length > 1, JSON.stringify(model?.nodes?.length));
    visitEdge = model?.edges.find((e) => e.type === 'VISIT' && e.source === haftarId && /موسكو/.test(e.targetLabel)) ?? null;
    check('the network has a VISIT edge from Haftar to Moscow (موسكو)', !!visitEdge, JSON.stringify(model?.edges.filter((e) => e.type === 'VISIT')));
    const painted = await page.evaluate(() => {
      let n = 0;
      for (const c of document.querySelectorAll('#network-graph canvas')) {
        if (!c.width || !c.height) continue;
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < d.length; i += 16) if (d[i] > 0) n++;
      }
      return n;
    });
    check('the network canvas has painted pixels', painted > 500, `${painted}`);
    check('the graph is visible in the viewport', await inViewport(page.locator('#network-graph')));
    const legend = await page.locator('#relation-filters').innerText();
    check('the legend names the relation types', /زيارة/.test(legend) && /VISIT/.test(legend), legend.slice(0, 200));
    const buf = await shot('04-network');
    check('network screenshot is not blank', pngColours(buf) > 50);
  });

  await step('edge evidence → reader', async () => {
    if (!visitEdge) throw new Error('no VISIT edge to click');
    const pos = await page.evaluate((id) => {
      const cy = window.__rasedCy;
      const e = cy.$id(id);
      cy.center(e);
      const p = e.renderedMidpoint();
      const r = cy.container().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }, visitEdge.id);
    await page.mouse.click(pos.x, pos.y);
    await page.waitForSelector('#edge-detail .rel-card');
    const cards = page.locator('#edge-detail .rel-card[data-type="VISIT"]');
    check('clicking the edge lists its VISIT relations', (await cards.count()) > 0);
    await shot('05-network-edge');
    const evidence = cards.first().locator('a.evidence');
    const quote = (await evidence.innerText()).trim();
    await evidence.click();
    await page.waitForSelector('.view-doc[data-ready="true"] #article');
    await page.waitForTimeout(400);
    const target = page.locator('#article .target').first();
    check('the reader marks the requested evidence', (await page.locator('#article .target').count()) > 0);
    const marked = (await page.locator('#article .target').allInnerTexts()).join('');
    check('the marked span is the evidence sentence', marked.length > 0 && quote.replace(/\s+/g, ' ').includes(marked.replace(/\s+/g, ' ').slice(0, 30)), `${marked.slice(0, 80)} / ${quote.slice(0, 80)}`);
    check('the evidence is scrolled into view', await inViewport(target));
    check('mentions are highlighted and link to entities', (await page.locator('#article a.mention[href^="#/entity/"]').count()) > 0);
    await shot('06-reader-evidence');
    const boiler = page.locator('#toggle-boilerplate');
    if (await boiler.isEnabled()) {
      await boiler.click();
      check('the boilerplate toggle shows the removed lines', await page.locator('#boilerplate li').first().isVisible());
      await shot('06b-reader-boilerplate');
    }
  });

  await step('timeline', async () => {
    await go(`#/timeline?entity=${encodeURIComponent(haftarId)}`, 'timeline');
    const item = page.locator('.tl-item[data-type="VISIT"][data-date^="2023-09"]').first();
    check('the timeline has the September 2023 visit', (await item.count()) > 0);
    const box = await item.boundingBox();
    const [x0, x1] = await page.evaluate(() => [window.__rasedTimeline.xOf('2023-09-01'), window.__rasedTimeline.xOf('2023-10-01')]);
    const cx = box.x + box.width / 2;
    check('the visit is placed within September 2023 on the axis', cx >= x0 - 1 && cx <= x1 + 1, `${cx} not in [${x0}, ${x1}]`);
    check('the visit is visible', await inViewport(item));
    const precision = await item.getAttribute('data-precision');
    const isPoint = (await item.evaluate((el) => el.tagName)) === 'circle';
    check('precision is drawn: a day is a point, a month a bar', (precision === 'day') === isPoint, `${precision} ${isPoint}`);
    await shot('07-timeline');
    // Zoom with the wheel around the visit: September widens and stays in view.
    await page.mouse.move(cx, box.y + box.height / 2);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
    await page.waitForTimeout(150);
    const [y0, y1] = await page.evaluate(() => [window.__rasedTimeline.xOf('2023-09-01'), window.__rasedTimeline.xOf('2023-10-01')]);
    check('the timeline zooms around the cursor', y1 - y0 > x1 - x0 && (await inViewport(item)), `${x1 - x0} → ${y1 - y0}`);
    await item.click();
    check('clicking a fact shows it with its evidence', (await page.locator('#timeline-detail .rel-card a.evidence').count()) === 1);
    await shot('07b-timeline-zoomed');
  });

  await step('conflicts', async () => {
    await go('#/conflicts', 'conflicts');
    const head = page.locator('.view-conflicts h1');
    check('the conflicts view opens', /التناقضات/.test(await head.innerText()));
    const n = await page.locator('.conflict').count();
    if (n > 0) {
      check('conflicting claims are side by side', (await page.locator('.conflict').first().locator('.claim').count()) >= 2);
    }
    console.log(`        (${n} conflicts)`);
    await shot('08-conflicts');
  });

  await step('map', async () => {
    await go('#/map', 'map');
    await page.waitForTimeout(300);
    const markers = page.locator('#map path.place-marker');
    const n = await markers.count();
    check('the map has place markers', n > 0, `${n}`);
    // The outline is drawn on a canvas (thousands of vertices), the markers as SVG.
    const painted = await page.evaluate(() => {
      let filled = 0;
      for (const c of document.querySelectorAll('#map .leaflet-overlay-pane canvas')) {
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < d.length; i += 64) if (d[i] > 0) filled++;
      }
      return filled;
    });
    check('the offline world outline is drawn', painted > 1000, `${painted} painted samples`);
    let clicked = false;
    for (let i = 0; i < n && !clicked; i++) {
      const m = markers.nth(i);
      if (await inViewport(m)) {
        await m.click({ force: true });
        clicked = true;
      }
    }
    if (clicked) {
      await page.waitForSelector('.leaflet-popup .map-popup');
      check('a marker opens a popup with the place name and a link', (await page.locator('.leaflet-popup .popup-title[href^="#/entity/"]').count()) === 1);
    } else {
      check('a marker is visible in the viewport', false);
    }
    await page.waitForTimeout(300);
    const buf = await shot('09-map');
    check('map screenshot is not blank', pngColours(buf) > 20);
  });

  await step('ingest and hostile text', async () => {
    await go('#/ingest', 'ingest');
    // A file through the drop zone's input: one request per file, progress n/total.
    await page.setInputFiles('#ingest-files', {
      name: 'benghazi_note.txt',
      mimeType: 'text/plain',
      // "Benghazi — The spokesman said the delegation arrived in Benghazi on Tuesday."
      buffer: Buffer.from('بنغازي — قال المتحدث إن الوفد وصل إلى مدينة بنغازي يوم الثلاثاء في زيارة رسمية.\n', 'utf8'),
    });
    await page.waitForFunction(() => /1\/1/.test(document.getElementById('ingest-progress-text')?.textContent ?? '') && document.querySelectorAll('#ingest-results li').length >= 1);
    check('a dropped file is ingested with progress 1/1', (await page.locator('#ingest-results .ingest-row.failed').count()) === 0, await page.locator('#ingest-results').innerText());

    // "The correspondent said that … appeared on the page, and the picture … did not load."
    const hostile =
      'قال المراسل إن الشيفرة <script>window.__xss=1</script> ظهرت في الصفحة xsscanary ' +
      'وإن الصورة <img src=x onerror="window.__xss=2"> لم تظهر. ' +
      'ثم جاء نص معكوس \u202Eعكس الاتجاه\u202C بعده.\n';
    await page.fill('#paste-title', 'اختبار <b>العنوان</b> xsscanary');
    await page.fill('#paste-text', hostile);
    await page.click('#paste-submit');
    await page.waitForSelector('#ingest-results .ingest-row:not(.failed) a.chip-link[href*="pasted"]');
    await page.locator('#ingest-results a.chip-link[href*="pasted"]').first().click();
    await page.waitForSelector('.view-doc[data-ready="true"] #article');
    const article = await page.locator('#article').innerText();
    check('the reader shows <script> as text', article.includes('<script>window.__xss=1</script>'), article.slice(0, 200));
    check('the reader shows the <img onerror> as text', article.includes('<img src=x onerror="window.__xss=2">'));
    check('the title markup is text', (await page.locator('#doc-title').innerText()).includes('<b>العنوان</b>'));
    check('the RTL override is shown as a visible token', (await page.locator('#article .bidi-ctl', { hasText: 'RLO' }).count()) === 1);
    await shot('10-reader-hostile');
    await page.fill('#search-input', 'xsscanary');
    await page.press('#search-input', 'Enter');
    await page.waitForSelector('.view-search[data-ready="true"]');
    const results = await page.locator('#document-results').innerText().catch(() => '');
    check('search finds the hostile document', /xsscanary/i.test(results), results.slice(0, 200));
    await shot('11-search-hostile');
    const state = await page.evaluate(() => ({
      xss: typeof window.__xss,
      scripts: [...document.scripts].filter((s) => !s.src).length,
      imgs: document.querySelectorAll('img[src="x"], img[onerror]').length,
      bold: document.querySelectorAll('main b').length,
    }));
    check('no injected script ran (window.__xss undefined)', state.xss === 'undefined', state.xss);
    check('no inline script, no injected <img>, no injected <b> in the page', state.scripts === 0 && state.imgs === 0 && state.bold === 0, JSON.stringify(state));
  });

  check('no uncaught page errors', pageErrors.length === 0, pageErrors.join(' | '));
  check('no request left the machine', foreign.length === 0, foreign.slice(0, 5).join(' '));
  const csp = consoleErrors.filter((e) => /Content Security Policy/i.test(e));
  check('no Content-Security-Policy violation', csp.length === 0, csp.slice(0, 3).join(' | '));
} finally {
  await context.close().catch(() => {});
  server.kill('SIGTERM');
  await new Promise((r) => {
    const t = setTimeout(() => {
      server.kill('SIGKILL');
      r();
    }, 5000);
    server.on('exit', () => {
      clearTimeout(t);
      r();
    });
  });
  rmSync(work, { recursive: true, force: true });
}

if (failures.length) console.log(`failed: ${failures.join('; ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
