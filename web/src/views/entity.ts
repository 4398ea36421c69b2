// Entity profile: names in both scripts, description, roles over time,
// relations grouped by type with dates, sources and confidence, why the
// names were merged, the documents, and the analyst's corrections.

import { api, type EntityProfile, type Relation } from '../api';
import { bdi, clear, dataText, empty, errorBox, h, route } from '../dom';
import { entityColor } from '../theme';
import { formatIsoDate } from '../text';
import type { View } from '../view';
import { docLink, entityLink, relationBadge, relationCard, typeBadge } from '../widgets';

function header(p: EntityProfile): HTMLElement {
  const e = p.entity;
  const hasPlace = e.lat !== undefined && e.lon !== undefined;
  return h(
    'section',
    { class: 'card entity-head', style: { borderTopColor: entityColor(e.type) } },
    h(
      'div',
      { class: 'entity-title' },
      h('h1', { id: 'entity-name' }, bdi(e.name)),
      e.name_latin && e.name_latin !== e.name
        ? h('span', { class: 'latin name-latin', dir: 'ltr', id: 'entity-latin' }, e.name_latin)
        : null,
    ),
    h(
      'div',
      { class: 'entity-facts' },
      typeBadge(e.type),
      e.kb_id ? h('span', { class: 'chip kb', title: 'معرّف قاعدة المعارف · knowledge-base id', dir: 'ltr' }, `KB: ${e.kb_id}`) : null,
      h('span', { class: 'muted' }, `${e.doc_count} وثيقة · ${e.mention_count} إشارة`),
      hasPlace ? h('span', { class: 'muted small', dir: 'ltr' }, `${e.lat!.toFixed(3)}, ${e.lon!.toFixed(3)}`) : null,
    ),
    p.description ? h('p', { class: 'description', dir: 'auto' }, dataText(p.description)) : null,
    h(
      'div',
      { class: 'actions' },
      h('a', { class: 'btn primary', href: route('network', { entity: e.id }) }, 'الشبكة · Network'),
      h('a', { class: 'btn', href: route('timeline', { entity: e.id }) }, 'الخط الزمني · Timeline'),
      hasPlace ? h('a', { class: 'btn', href: route('map', { focus: e.id }) }, 'على الخريطة · Map') : null,
    ),
  );
}

function names(p: EntityProfile): HTMLElement {
  return h(
    'section',
    { class: 'card' },
    h('h3', null, 'الأسماء والصيغ', h('span', { class: 'latin' }, 'Names & variants')),
    p.entity.aliases.length
      ? h('div', { class: 'chips', id: 'aliases' }, p.entity.aliases.map((a) => h('span', { class: 'chip' }, bdi(a))))
      : empty('لا صيغ أخرى'),
  );
}

function mergeReasons(p: EntityProfile): HTMLElement | null {
  if (!p.merge_reasons.length) return null;
  return h(
    'section',
    { class: 'card' },
    h('h3', null, 'لماذا دُمجت هذه الأسماء؟', h('span', { class: 'latin' }, 'Why merged')),
    h('ul', { class: 'reasons' }, p.merge_reasons.map((r) => h('li', { dir: 'auto' }, dataText(r)))),
  );
}

function roles(p: EntityProfile): HTMLElement | null {
  if (!p.roles.length) return null;
  return h(
    'section',
    { class: 'card' },
    h('h3', null, 'المناصب عبر الزمن', h('span', { class: 'latin' }, 'Roles over time')),
    h(
      'ol',
      { class: 'roles' },
      p.roles.map((r) =>
        h(
          'li',
          null,
          h('span', { class: 'role-date' }, r.published ? formatIsoDate(r.published) : '—'),
          h(
            'div',
            { class: 'role-body' },
            h('strong', null, bdi(r.title)),
            r.organization ? h('span', null, ' · ', entityLink(r.organization)) : null,
            r.evidence ? h('p', { class: 'quote small', dir: 'auto' }, dataText(r.evidence)) : null,
            docLink(r.doc),
          ),
        ),
      ),
    ),
  );
}

function relationsByType(rels: Relation[]): HTMLElement {
  const groups = new Map<string, Relation[]>();
  for (const r of rels) {
    if (!groups.has(r.type)) groups.set(r.type, []);
    groups.get(r.type)!.push(r);
  }
  const section = h(
    'section',
    { class: 'card', id: 'relations' },
    h('h3', null, 'العلاقات والأحداث', h('span', { class: 'latin' }, 'Relations'), h('span', { class: 'count' }, String(rels.length))),
  );
  if (!rels.length) {
    section.appendChild(empty('لا علاقات مستخرجة'));
    return section;
  }
  // A table of contents only when there is something to skip over.
  const toc = h('div', { class: 'chips rel-toc', hidden: groups.size < 4 });
  section.appendChild(toc);
  for (const [type, list] of groups) {
    const anchor = `rel-${type}`;
    toc.appendChild(
      h(
        'a',
        {
          href: '#',
          class: 'toc-link',
          on: {
            click: (ev) => {
              ev.preventDefault();
              document.getElementById(anchor)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
            },
          },
        },
        relationBadge(type),
        h('span', { class: 'count' }, String(list.length)),
      ),
    );
    section.appendChild(
      h(
        'div',
        { class: 'rel-group', id: anchor, dataset: { type } },
        h('h4', null, relationBadge(type), h('span', { class: 'count' }, String(list.length))),
        list.map((r) => relationCard(r, { showType: false })),
      ),
    );
  }
  return section;
}

function documents(p: EntityProfile): HTMLElement {
  return h(
    'section',
    { class: 'card' },
    h('h3', null, 'الوثائق', h('span', { class: 'latin' }, 'Documents'), h('span', { class: 'count' }, String(p.documents.length))),
    h(
      'ul',
      { class: 'doc-list' },
      p.documents.map((d) =>
        h(
          'li',
          null,
          docLink(d.id, d.title),
          h(
            'span',
            { class: 'muted small' },
            d.publisher ? bdi(d.publisher) : null,
            d.published ? ` · ${formatIsoDate(d.published)}` : '',
            d.near_duplicate_of ? ' · نسخة مكررة' : '',
          ),
        ),
      ),
    ),
  );
}

function corrections(p: EntityProfile): HTMLElement {
  const status = h('div', { class: 'small', role: 'status' });
  const other = h('input', { type: 'text', placeholder: 'معرّف الكيان الآخر · other entity id', dir: 'ltr' });
  const act = async (fn: () => Promise<void>, done: string) => {
    status.textContent = '…';
    try {
      await fn();
      status.textContent = done;
      window.setTimeout(() => window.dispatchEvent(new HashChangeEvent('hashchange')), 400);
    } catch (err) {
      status.textContent = '';
      status.appendChild(errorBox(err));
    }
  };
  return h(
    'details',
    { class: 'card corrections' },
    h('summary', null, 'تصحيحات المحلل', h('span', { class: 'latin' }, 'Analyst corrections')),
    h('p', { class: 'muted small' }, 'الدمج والفصل محفوظان ويُعاد تطبيقهما بعد إعادة الإدخال.'),
    h(
      'form',
      {
        class: 'inline-form',
        on: {
          submit: (ev) => {
            ev.preventDefault();
            const id = other.value.trim();
            if (id && window.confirm(`دمج «${id}» في هذا الكيان؟`)) void act(() => api.merge(p.entity.id, id), 'تم الدمج');
          },
        },
      },
      other,
      h('button', { class: 'btn', type: 'submit' }, 'دمج · Merge'),
    ),
    h(
      'button',
      {
        class: 'btn danger',
        type: 'button',
        on: {
          click: () => {
            if (window.confirm('فصل الأسماء المدموجة في هذا الكيان؟')) void act(() => api.split(p.entity.id), 'تم الفصل');
          },
        },
      },
      'فصل · Split',
    ),
    status,
  );
}

const entity: View = async (container, ctx) => {
  const id = ctx.rest[0] ?? '';
  const p = await api.entity(id);
  if (!ctx.isCurrent()) return;
  clear(container);
  container.appendChild(header(p));
  container.appendChild(
    h(
      'div',
      { class: 'entity-grid' },
      h('div', { class: 'entity-main' }, relationsByType(p.relations)),
      h('aside', { class: 'entity-side' }, names(p), mergeReasons(p), roles(p), documents(p), corrections(p)),
    ),
  );
};

export default entity;
