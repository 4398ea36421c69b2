// Document reader: the cleaned article with every entity mention highlighted
// (coloured by type, linking to the entity) and the evidence of every
// relation underlined; the removed boilerplate on demand; and, when the route
// names a span (?start=&end=, code points), that span scrolled to and flashed.

import { api, type Annotation, type DocumentView } from '../api';
import { bdi, clear, dataText, empty, h } from '../dom';
import { segmentText, formatIsoDate, type Span } from '../text';
import { ENTITY_TYPES, entityColor, entityLabel, relationColor, relationLabel } from '../theme';
import type { View } from '../view';
import { docLink, entityHref, shortDocId, typeDot } from '../widgets';
import documents from './documents';

type Mark =
  | { kind: 'mention'; type: string; entity: string | null; name: string; span: number }
  | { kind: 'relation'; type: string; label: string; span: number; index: number }
  | { kind: 'target' };

/** A mention carries its entity's type and name (store: GetDocument). */
function mentionType(a: Annotation): { type: string; name: string } {
  const type = a.type ?? '';
  return { type: (ENTITY_TYPES as readonly string[]).includes(type) ? type : '', name: a.label };
}

function tint(color: string, alpha: string): string {
  return `${color}${alpha}`;
}

function renderArticle(doc: DocumentView, target: { start: number; end: number } | null): { el: HTMLElement; relations: { label: string; type: string; index: number; start: number; end: number }[] } {
  const spans: Span<Mark>[] = [];
  const relations: { label: string; type: string; index: number; start: number; end: number }[] = [];
  doc.annotations.forEach((a) => {
    if (a.kind === 'mention') {
      const { type, name } = mentionType(a);
      spans.push({ start: a.start, end: a.end, data: { kind: 'mention', type, entity: a.entity, name, span: a.end - a.start } });
    } else {
      const index = relations.length;
      relations.push({ label: a.label, type: a.kind, index, start: a.start, end: a.end });
      spans.push({ start: a.start, end: a.end, data: { kind: 'relation', type: a.kind, label: a.label, span: a.end - a.start, index } });
    }
  });
  if (target) spans.push({ start: target.start, end: target.end, data: { kind: 'target' } });

  const article = h('div', { class: 'article', id: 'article', dir: 'auto', lang: 'ar' });
  for (const seg of segmentText(doc.text, spans)) {
    const marks = seg.covering;
    let node: Node = dataText(seg.text);
    const mentions = marks.filter((m): m is Extract<Mark, { kind: 'mention' }> => m.kind === 'mention');
    const rels = marks.filter((m): m is Extract<Mark, { kind: 'relation' }> => m.kind === 'relation');
    if (mentions.length) {
      // The innermost mention wins ("قاعدة الجفرة" inside a longer name).
      const m = mentions.reduce((a, b) => (b.span < a.span ? b : a));
      const color = m.type ? entityColor(m.type) : '#64748b';
      const attrs = {
        class: `mention type-${m.type || 'OTHER'}`,
        title: `${m.type ? entityLabel(m.type) + ' · ' : ''}${m.name}`,
        style: { borderBottomColor: color, background: tint(color, '1a') },
        dataset: { entity: m.entity ?? '', type: m.type },
      };
      const el = m.entity ? h('a', { ...attrs, href: entityHref(m.entity) }) : h('span', attrs);
      el.appendChild(node);
      node = el;
    }
    if (rels.length) {
      const r = rels.reduce((a, b) => (b.span < a.span ? b : a));
      const el = h('span', {
        class: 'rel-ev',
        title: rels.map((x) => `${relationLabel(x.type)} · ${x.label}`).join('\n'),
        style: { textDecorationColor: relationColor(r.type) },
        dataset: { relType: r.type, relIndex: String(r.index) },
      });
      el.appendChild(node);
      node = el;
    }
    if (marks.some((m) => m.kind === 'target')) {
      const el = h('span', { class: 'target' });
      el.appendChild(node);
      node = el;
    }
    article.appendChild(node);
  }
  return { el: article, relations };
}

function intParam(p: URLSearchParams, name: string): number | null {
  const v = p.get(name);
  if (v === null || v === '' || !/^\d+$/.test(v)) return null;
  return Number(v);
}

const reader: View = async (container, ctx) => {
  const id = ctx.params.get('id');
  if (!id) return documents(container, ctx);
  const doc = await api.document(id);
  if (!ctx.isCurrent()) return;
  clear(container);

  const start = intParam(ctx.params, 'start');
  const end = intParam(ctx.params, 'end');
  const target = start !== null && end !== null && end > start ? { start, end } : null;
  const { el: article, relations } = renderArticle(doc, target);
  const d = doc.document;

  const boiler = h(
    'div',
    { class: 'boilerplate', id: 'boilerplate', hidden: true },
    h('h4', null, 'أسطر حُذفت من النص', h('span', { class: 'latin' }, 'Removed boilerplate')),
    h('ul', null, doc.boilerplate_removed.map((line) => h('li', { dir: 'auto' }, dataText(line)))),
  );
  const boilerBtn = h(
    'button',
    {
      type: 'button',
      class: 'btn',
      id: 'toggle-boilerplate',
      disabled: doc.boilerplate_removed.length === 0,
      aria: { expanded: 'false', controls: 'boilerplate' },
      on: {
        click: () => {
          boiler.hidden = !boiler.hidden;
          boilerBtn.setAttribute('aria-expanded', String(!boiler.hidden));
          boilerBtn.classList.toggle('active', !boiler.hidden);
        },
      },
    },
    `الأسطر المحذوفة (${doc.boilerplate_removed.length})`,
  );
  const relToggle = h('input', { type: 'checkbox', checked: true, id: 'toggle-relations' });
  relToggle.addEventListener('change', () => article.classList.toggle('no-relations', !relToggle.checked));

  const safeUrl = d.url && /^https?:\/\//i.test(d.url) ? d.url : '';
  container.appendChild(
    h(
      'header',
      { class: 'card doc-head' },
      h('h1', { dir: 'auto', id: 'doc-title' }, dataText(d.title || shortDocId(d.id))),
      h(
        'div',
        { class: 'doc-meta muted' },
        d.publisher ? h('span', null, bdi(d.publisher)) : null,
        d.published ? h('span', null, formatIsoDate(d.published)) : null,
        h('span', { dir: 'ltr', class: 'small doc-id', title: d.id }, bdi(d.id)),
        safeUrl ? h('a', { href: safeUrl, class: 'small', dir: 'ltr' }, 'المصدر الأصلي ↗') : null,
        d.near_duplicate_of ? h('span', { class: 'chip' }, 'نسخة من ', docLink(d.near_duplicate_of)) : null,
      ),
      h(
        'div',
        { class: 'toolbar' },
        boilerBtn,
        h('label', { class: 'legend-item filter', for: 'toggle-relations' }, relToggle, 'إبراز أدلة العلاقات'),
        h('span', { class: 'legend-row small' }, ENTITY_TYPES.map((t) => h('span', { class: 'legend-item' }, typeDot(t), entityLabel(t)))),
      ),
    ),
  );

  // Entities of the document, by number of mentions.
  const byEntity = new Map<string, { name: string; type: string; count: number }>();
  for (const a of doc.annotations) {
    if (a.kind !== 'mention' || !a.entity) continue;
    const { type, name } = mentionType(a);
    const e = byEntity.get(a.entity) ?? { name, type, count: 0 };
    e.count += 1;
    byEntity.set(a.entity, e);
  }
  const side = h(
    'aside',
    { class: 'doc-side' },
    h(
      'section',
      { class: 'card' },
      h('h3', null, 'الكيانات', h('span', { class: 'latin' }, 'Entities'), h('span', { class: 'count' }, String(byEntity.size))),
      byEntity.size
        ? h(
            'ul',
            { class: 'entity-list' },
            [...byEntity.entries()]
              .sort((a, b) => b[1].count - a[1].count)
              .map(([eid, e]) => h('li', null, h('a', { class: 'ent', href: entityHref(eid) }, typeDot(e.type), bdi(e.name)), h('span', { class: 'count' }, String(e.count)))),
          )
        : empty('لا كيانات'),
    ),
    h(
      'section',
      { class: 'card' },
      h('h3', null, 'العلاقات', h('span', { class: 'latin' }, 'Relations'), h('span', { class: 'count' }, String(relations.length))),
      relations.length
        ? h(
            'ul',
            { class: 'rel-list' },
            relations.map((r) =>
              h(
                'li',
                null,
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'linklike',
                    on: {
                      click: () => {
                        const els = article.querySelectorAll(`[data-rel-index="${r.index}"]`);
                        if (els.length) flash(els[0], els);
                      },
                    },
                  },
                  h('span', { class: 'badge rel-badge', style: { background: relationColor(r.type) } }, relationLabel(r.type)),
                  ' ',
                  bdi(r.label),
                ),
              ),
            ),
          )
        : empty('لا علاقات'),
    ),
  );
  container.appendChild(h('div', { class: 'doc-grid' }, h('div', { class: 'card doc-body' }, boiler, article), side));

  if (target) {
    const first = article.querySelector('.target');
    if (first) {
      // After layout, so the scroll lands where the span really is.
      requestAnimationFrame(() => flash(first, article.querySelectorAll('.target')));
    }
  }
};

function flash(el: Element, all?: NodeListOf<Element>): void {
  el.scrollIntoView({ block: 'center', behavior: 'auto' });
  const els = all ? Array.from(all) : [el];
  for (const e of els) {
    e.classList.remove('flash');
    void (e as HTMLElement).offsetWidth; // restart the animation
    e.classList.add('flash');
  }
}

export default reader;
