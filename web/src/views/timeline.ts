// Timeline of dated facts (SVG, drawn here): one lane per relation type, a
// fact known to the day is a point, one known to the month a bar over the
// month, to the year a paler bar over the year. Wheel or buttons zoom around
// the cursor, dragging pans; a click shows the fact and its evidence.

import { api, type Relation } from '../api';
import { clear, empty, h, route } from '../dom';
import { dateInterval, formatIsoDate, monthNameAr, type Interval } from '../text';
import { precisionLabel, relationColor, relationLabel } from '../theme';
import type { View } from '../view';
import { dateBadge, entityLink, relationArgs, relationCard } from '../widgets';

const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86_400_000;
const LANE_LABEL_W = 120;
const PAD = 16;
const ROW_H = 22;
const AXIS_H = 34;

interface Item {
  rel: Relation;
  iv: Interval;
  row: number;
}

declare global {
  interface Window {
    /** Screen x of a date on the live timeline, for tests and the console. */
    __rasedTimeline?: { xOf: (iso: string) => number; domain: () => [number, number] };
  }
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, parent?: Element): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (parent) parent.appendChild(el);
  return el;
}

function svgText(text: string, attrs: Record<string, string | number>, parent: Element): SVGTextElement {
  const t = svg('text', attrs, parent);
  t.textContent = text;
  return t;
}

/** Tick positions and labels for the visible span: years, months or days. */
function ticks(t0: number, t1: number, width: number): { t: number; label: string; major: boolean }[] {
  const span = t1 - t0;
  const perPx = span / Math.max(1, width);
  const out: { t: number; label: string; major: boolean }[] = [];
  const d0 = new Date(t0);
  if (perPx > 180 * DAY / 80) {
    // Years; every n-th so labels stay ~80 px apart.
    const step = Math.max(1, Math.ceil((perPx * 80) / (365 * DAY)));
    for (let y = d0.getUTCFullYear(); Date.UTC(y, 0, 1) <= t1; y += 1) {
      const t = Date.UTC(y, 0, 1);
      if (t >= t0 && y % step === 0) out.push({ t, label: String(y), major: true });
    }
  } else if (perPx > 4 * DAY / 80) {
    const step = perPx * 80 > 60 * DAY ? 3 : 1;
    for (let y = d0.getUTCFullYear(), m = d0.getUTCMonth(); Date.UTC(y, m, 1) <= t1; m++) {
      const t = Date.UTC(y, m, 1);
      const dm = new Date(t);
      if (t >= t0 && dm.getUTCMonth() % step === 0) {
        const major = dm.getUTCMonth() === 0;
        out.push({ t, label: major ? `${monthNameAr(0)} ${dm.getUTCFullYear()}` : monthNameAr(dm.getUTCMonth()), major });
      }
    }
  } else {
    const step = perPx * 80 > 2 * DAY ? 7 : 1;
    for (let t = Date.UTC(d0.getUTCFullYear(), d0.getUTCMonth(), d0.getUTCDate()); t <= t1; t += DAY) {
      const d = new Date(t);
      if (t >= t0 && (step === 1 || d.getUTCDate() % 7 === 1)) {
        const major = d.getUTCDate() === 1;
        out.push({ t, label: major ? `${monthNameAr(d.getUTCMonth())} ${d.getUTCFullYear()}` : String(d.getUTCDate()), major });
      }
    }
  }
  return out;
}

const timeline: View = async (container, ctx) => {
  const entityId = ctx.params.get('entity') ?? '';
  const [rels, profile] = await Promise.all([api.timeline(entityId || undefined), entityId ? api.entity(entityId) : Promise.resolve(null)]);
  if (!ctx.isCurrent()) return;
  clear(container);

  container.appendChild(
    h(
      'div',
      { class: 'page-head' },
      h('h1', null, 'الخط الزمني', h('span', { class: 'latin' }, 'Timeline'), profile ? [' — ', entityLink(profile.entity, profile.entity.type, profile.entity.name_latin)] : null),
      h(
        'p',
        { class: 'muted' },
        'الزمن من اليسار (الأقدم) إلى اليمين (الأحدث). النقطة تاريخ معروف باليوم، والشريط شهر أو سنة كاملة. ',
        profile ? h('a', { href: route('timeline') }, 'كل الأحداث') : null,
      ),
    ),
  );

  const items: Item[] = [];
  const undated: Relation[] = [];
  for (const r of rels) {
    const iv = r.date ? dateInterval(r.date.value, r.date.precision, r.date.end_value) : null;
    if (iv) items.push({ rel: r, iv, row: 0 });
    else undated.push(r);
  }
  if (!items.length) {
    container.appendChild(empty('لا أحداث مؤرخة'));
    return;
  }

  const types = [...new Set(items.map((i) => i.rel.type))].sort();
  const detail = h('div', { class: 'card timeline-detail', id: 'timeline-detail' }, h('p', { class: 'muted' }, 'انقر على حدث لعرض تفاصيله ودليله.'));
  const plot = h('div', { class: 'timeline-plot', dir: 'ltr' });
  const zoomIn = h('button', { class: 'btn', type: 'button', title: 'تكبير · zoom in' }, '+');
  const zoomOut = h('button', { class: 'btn', type: 'button', title: 'تصغير · zoom out' }, '−');
  const fitBtn = h('button', { class: 'btn', type: 'button' }, 'الكل · Fit');
  const legend = h(
    'div',
    { class: 'legend-row small' },
    h('span', { class: 'legend-item' }, h('span', { class: 'prec-swatch point' }), 'يوم'),
    h('span', { class: 'legend-item' }, h('span', { class: 'prec-swatch bar' }), 'شهر'),
    h('span', { class: 'legend-item' }, h('span', { class: 'prec-swatch bar faint' }), 'فصل / سنة / عقد'),
  );
  container.appendChild(h('div', { class: 'card' }, h('div', { class: 'toolbar' }, zoomIn, zoomOut, fitBtn, legend), plot));
  container.appendChild(detail);

  // Domain with a margin, at least a month wide.
  const minT = Math.min(...items.map((i) => i.iv.start));
  const maxT = Math.max(...items.map((i) => i.iv.end));
  const margin = Math.max((maxT - minT) * 0.04, 15 * DAY);
  const full: [number, number] = [minT - margin, maxT + margin];
  let view: [number, number] = [...full];
  let selected: number | null = null;

  const root = svg('svg', { class: 'timeline-svg', role: 'img', 'aria-label': 'الخط الزمني' });
  plot.appendChild(root);

  function plotWidth(): number {
    return Math.max(200, plot.clientWidth - LANE_LABEL_W - PAD * 2);
  }
  function x(t: number): number {
    return PAD + ((t - view[0]) / (view[1] - view[0])) * plotWidth();
  }

  function draw(): void {
    while (root.firstChild) root.removeChild(root.firstChild);
    const width = plotWidth();
    // Pack each lane's items into rows so none overlap at this zoom.
    const lanes = types.map((type) => {
      const laneItems = items.filter((i) => i.rel.type === type).sort((a, b) => a.iv.start - b.iv.start);
      const rowEnds: number[] = [];
      for (const it of laneItems) {
        const x0 = it.iv.point ? x(it.iv.start) - 7 : x(it.iv.start);
        const x1 = it.iv.point ? x(it.iv.start) + 7 : Math.max(x(it.iv.end), x0 + 4);
        let row = rowEnds.findIndex((end) => end + 2 <= x0);
        if (row < 0) {
          row = rowEnds.length;
          rowEnds.push(x1);
        } else {
          rowEnds[row] = x1;
        }
        it.row = row;
      }
      return { type, items: laneItems, rows: Math.max(1, rowEnds.length) };
    });
    const height = AXIS_H + lanes.reduce((s, l) => s + l.rows * ROW_H + 12, 0) + 8;
    const total = width + PAD * 2 + LANE_LABEL_W;
    root.setAttribute('width', String(total));
    root.setAttribute('height', String(height));
    root.setAttribute('viewBox', `0 0 ${total} ${height}`);

    const clipId = 'tl-clip';
    const defs = svg('defs', {}, root);
    const clip = svg('clipPath', { id: clipId }, defs);
    svg('rect', { x: PAD, y: 0, width, height }, clip);

    const axis = svg('g', { class: 'axis' }, root);
    for (const tk of ticks(view[0], view[1], width)) {
      const tx = x(tk.t);
      if (tx < PAD || tx > PAD + width) continue;
      svg('line', { x1: tx, x2: tx, y1: AXIS_H - 6, y2: height, class: tk.major ? 'grid major' : 'grid' }, axis);
      svgText(tk.label, { x: tx + 3, y: AXIS_H - 12, class: tk.major ? 'tick major' : 'tick' }, axis);
    }
    svg('line', { x1: PAD, x2: PAD + width, y1: AXIS_H - 6, y2: AXIS_H - 6, class: 'axis-line' }, axis);

    let y = AXIS_H;
    for (const lane of lanes) {
      const laneH = lane.rows * ROW_H + 12;
      const g = svg('g', { class: 'lane', 'data-type': lane.type }, root);
      svg('rect', { x: PAD, y, width, height: laneH, class: 'lane-bg' }, g);
      svgText(relationLabel(lane.type), { x: total - 8, y: y + 18, 'text-anchor': 'end', class: 'lane-label', fill: relationColor(lane.type) }, g);
      svgText(lane.type, { x: total - 8, y: y + 32, 'text-anchor': 'end', class: 'lane-latin' }, g);
      const body = svg('g', { 'clip-path': `url(#${clipId})` }, g);
      for (const it of lane.items) {
        const cy = y + 6 + it.row * ROW_H + ROW_H / 2;
        const color = relationColor(it.rel.type);
        const prec = it.rel.date?.precision ?? '';
        let shape: SVGElement;
        if (it.iv.point) {
          shape = svg('circle', { cx: x(it.iv.start + DAY / 2), cy, r: 6, fill: color, class: 'tl-item point' }, body);
        } else {
          const x0 = x(it.iv.start);
          const w = Math.max(4, x(it.iv.end) - x0);
          const faint = prec !== 'month';
          shape = svg('rect', { x: x0, y: cy - 6, width: w, height: 12, rx: 3, fill: color, class: `tl-item bar${faint ? ' faint' : ''}` }, body);
        }
        shape.setAttribute('data-relation', String(it.rel.id));
        shape.setAttribute('data-type', it.rel.type);
        shape.setAttribute('data-date', it.rel.date?.value ?? '');
        shape.setAttribute('data-precision', prec);
        shape.setAttribute('tabindex', '0');
        if (selected === it.rel.id) shape.classList.add('selected');
        const names = Object.values(it.rel.args).flat().map((a) => a.name).join('، ');
        const title = svg('title', {}, shape);
        title.textContent = `${relationLabel(it.rel.type)} · ${formatIsoDate(it.rel.date?.value)} (${precisionLabel(prec)}) — ${names}`;
        const open = () => select(it);
        shape.addEventListener('click', open);
        shape.addEventListener('keydown', (ev) => {
          if ((ev as KeyboardEvent).key === 'Enter') open();
        });
      }
      y += laneH;
    }
  }

  function select(it: Item): void {
    selected = it.rel.id;
    clear(detail);
    detail.appendChild(relationCard(it.rel));
    draw();
  }

  function zoom(factor: number, atPx?: number): void {
    const span = view[1] - view[0];
    const newSpan = Math.min(full[1] - full[0] + 365 * DAY * 5, Math.max(2 * DAY, span * factor));
    const anchorFrac = atPx === undefined ? 0.5 : Math.min(1, Math.max(0, (atPx - PAD) / plotWidth()));
    const anchorT = view[0] + anchorFrac * span;
    view = [anchorT - anchorFrac * newSpan, anchorT + (1 - anchorFrac) * newSpan];
    draw();
  }

  root.addEventListener(
    'wheel',
    (ev) => {
      ev.preventDefault();
      const rect = root.getBoundingClientRect();
      zoom(ev.deltaY > 0 ? 1.25 : 0.8, ev.clientX - rect.left);
    },
    { passive: false },
  );
  let drag: { x: number; view: [number, number] } | null = null;
  root.addEventListener('pointerdown', (ev) => {
    if ((ev.target as Element).classList.contains('tl-item')) return;
    drag = { x: ev.clientX, view: [...view] };
    root.setPointerCapture(ev.pointerId);
    root.classList.add('dragging');
  });
  root.addEventListener('pointermove', (ev) => {
    if (!drag) return;
    const dt = ((ev.clientX - drag.x) / plotWidth()) * (drag.view[1] - drag.view[0]);
    view = [drag.view[0] - dt, drag.view[1] - dt];
    draw();
  });
  const endDrag = () => {
    drag = null;
    root.classList.remove('dragging');
  };
  root.addEventListener('pointerup', endDrag);
  root.addEventListener('pointercancel', endDrag);
  zoomIn.addEventListener('click', () => zoom(0.6));
  zoomOut.addEventListener('click', () => zoom(1 / 0.6));
  fitBtn.addEventListener('click', () => {
    view = [...full];
    draw();
  });
  const onResize = () => draw();
  window.addEventListener('resize', onResize);
  draw();

  window.__rasedTimeline = {
    xOf: (iso: string) => {
      const iv = dateInterval(iso, iso.length > 7 ? 'day' : iso.length > 4 ? 'month' : 'year');
      return root.getBoundingClientRect().left + (iv ? x(iv.start) : NaN);
    },
    domain: () => [view[0], view[1]],
  };

  // The same facts as a list, in date order, for reading and for copying.
  const list = h(
    'section',
    { class: 'card' },
    h('h3', null, 'الأحداث بالترتيب', h('span', { class: 'latin' }, 'Chronology'), h('span', { class: 'count' }, String(items.length))),
    h(
      'ol',
      { class: 'chronology' },
      [...items]
        .sort((a, b) => a.iv.start - b.iv.start)
        .map((it) =>
          h(
            'li',
            { dataset: { relation: String(it.rel.id) } },
            dateBadge(it.rel.date),
            h('span', { class: 'badge rel-badge', style: { background: relationColor(it.rel.type) } }, relationLabel(it.rel.type)),
            relationArgs(it.rel),
            h('a', { href: '#', class: 'small', on: { click: (ev) => { ev.preventDefault(); select(it); detail.scrollIntoView({ behavior: 'smooth', block: 'nearest' }); } } }, 'التفاصيل'),
          ),
        ),
    ),
    undated.length ? h('p', { class: 'muted small' }, `${undated.length} حدثًا بلا تاريخ محدد لا يظهر على الخط.`) : null,
  );
  container.appendChild(list);

  return () => {
    window.removeEventListener('resize', onResize);
    delete window.__rasedTimeline;
  };
};

export default timeline;
