// Building blocks shared by the views: links to entities and documents, type
// badges, dates with their precision, and the card of one relation with its
// evidence.

import type { DateValue, EntityRef, Relation } from './api';
import { bdi, dataText, h, route } from './dom';
import { formatIsoDate } from './text';
import {
  argRoleLabel,
  compareRoles,
  entityColor,
  entityLabel,
  modalityLabel,
  precisionLabel,
  relationColor,
  relationLabel,
} from './theme';

export function entityHref(id: string): string {
  return `#/entity/${encodeURIComponent(id)}`;
}

export function docHref(doc: string, start?: number, end?: number): string {
  return route('doc', { id: doc, start, end });
}

export function typeDot(type: string): HTMLElement {
  return h('span', { class: 'dot', style: { background: entityColor(type) }, aria: { hidden: 'true' } });
}

export function typeBadge(type: string): HTMLElement {
  return h(
    'span',
    { class: 'badge type-badge', style: { borderColor: entityColor(type), color: entityColor(type) }, title: type },
    entityLabel(type),
    h('span', { class: 'latin' }, type),
  );
}

export function relationBadge(type: string): HTMLElement {
  return h(
    'span',
    { class: 'badge rel-badge', style: { background: relationColor(type) }, title: type },
    relationLabel(type),
    h('span', { class: 'latin' }, type),
  );
}

/** A link to an entity, or plain text for an argument that is only text. */
export function entityLink(ref: EntityRef | { id: string; name: string }, type?: string, latin?: string): HTMLElement {
  if (!ref.id) return h('span', { class: 'ent ent-text' }, bdi(ref.name));
  return h(
    'a',
    { class: 'ent', href: entityHref(ref.id), dataset: { entity: ref.id } },
    type ? typeDot(type) : null,
    bdi(ref.name),
    latin && latin !== ref.name ? h('span', { class: 'latin', dir: 'ltr' }, latin) : null,
  );
}

/** A document id is often a path: its last component is what a reader needs. */
export function shortDocId(doc: string): string {
  const slash = doc.lastIndexOf('/');
  return slash >= 0 && slash < doc.length - 1 ? doc.slice(slash + 1) : doc;
}

export function docLink(doc: string, title?: string, start?: number, end?: number): HTMLElement {
  return h('a', { class: 'doc-link', href: docHref(doc, start, end), title: doc }, bdi(title || shortDocId(doc)));
}

/** A date with its precision visible: "26 سبتمبر 2023 · يوم". */
export function dateBadge(date: DateValue | null): HTMLElement | null {
  if (!date) return null;
  const shown = date.value
    ? formatIsoDate(date.value) + (date.end_value ? ` – ${formatIsoDate(date.end_value)}` : '')
    : date.text;
  return h(
    'span',
    { class: `date-badge prec-${date.precision}`, title: date.text ? `«${date.text}»` : undefined },
    h('span', { class: 'date-value' }, shown),
    h('span', { class: 'prec' }, precisionLabel(date.precision)),
  );
}

export function confidenceMeter(c: number): HTMLElement {
  const pct = Math.round(Math.max(0, Math.min(1, c)) * 100);
  return h(
    'span',
    { class: 'confidence', title: `الثقة · confidence ${pct}%` },
    h('span', { class: 'meter' }, h('span', { class: 'fill', style: { width: `${pct}%` } })),
    `${pct}%`,
  );
}

/** Who reports a relation: a resolved entity, the words used, or the outlet. */
export function attribution(r: Relation): HTMLElement | null {
  if (r.attribution) return h('span', { class: 'attr' }, 'حسب ', entityLink(r.attribution));
  if (r.attribution_text) return h('span', { class: 'attr' }, 'حسب ', bdi(r.attribution_text));
  return null;
}

/** Evidence text of a relation, linking to the reader at that sentence. */
export function evidenceQuote(doc: string, ev: { start: number; end: number; text: string }): HTMLElement {
  return h(
    'a',
    { class: 'evidence', href: docHref(doc, ev.start, ev.end), title: 'افتح الدليل في النص · open in reader' },
    h('span', { class: 'quote', dir: 'auto' }, dataText(ev.text)),
  );
}

export function relationArgs(r: Relation): HTMLElement {
  const el = h('span', { class: 'args' });
  let first = true;
  for (const [role, refs] of Object.entries(r.args).sort((x, y) => compareRoles(x[0], y[0]))) {
    if (!first) el.appendChild(h('span', { class: 'arrow', aria: { hidden: 'true' } }, '←'));
    first = false;
    el.appendChild(
      h(
        'span',
        { class: 'arg' },
        h('span', { class: 'role' }, argRoleLabel(role)),
        refs.map((ref, i) => [i > 0 ? '، ' : null, entityLink(ref)]),
      ),
    );
  }
  return el;
}

export function relationCard(r: Relation, opts: { showType?: boolean } = {}): HTMLElement {
  return h(
    'article',
    { class: 'rel-card', dataset: { relation: String(r.id), type: r.type } },
    h(
      'header',
      null,
      opts.showType === false ? null : relationBadge(r.type),
      relationArgs(r),
    ),
    h(
      'div',
      { class: 'rel-meta' },
      dateBadge(r.date),
      r.place ? h('span', { class: 'place' }, 'في ', entityLink(r.place)) : null,
      h('span', { class: `modality mod-${r.modality}`, title: r.modality }, modalityLabel(r.modality)),
      attribution(r),
      confidenceMeter(r.confidence),
    ),
    evidenceQuote(r.doc, r.evidence),
    h(
      'footer',
      null,
      docLink(r.doc),
      r.publisher ? h('span', { class: 'publisher' }, bdi(r.publisher)) : null,
      r.published ? h('span', { class: 'published' }, formatIsoDate(r.published)) : null,
    ),
  );
}

/** One relation on one line (popups, lists): type, arguments, date, evidence link. */
export function relationLine(r: Relation): HTMLElement {
  return h(
    'li',
    { class: 'rel-line', dataset: { relation: String(r.id), type: r.type } },
    relationBadge(r.type),
    relationArgs(r),
    dateBadge(r.date),
    h('a', { class: 'small', href: docHref(r.doc, r.evidence.start, r.evidence.end), title: r.evidence.text }, 'الدليل'),
  );
}
