// Overview: what the knowledge base holds, the most cited entities of each
// type, the latest documents, and the exports.

import { api, type EntitySummary } from '../api';
import { bdi, clear, empty, h } from '../dom';
import { ENTITY_TYPES, entityColor, entityLabel } from '../theme';
import { formatIsoDate } from '../text';
import type { View } from '../view';
import { docLink, entityLink } from '../widgets';

const STAT_LABELS: [keyof Awaited<ReturnType<typeof api.stats>>, string, string][] = [
  ['documents', 'وثيقة', 'documents'],
  ['entities', 'كيان', 'entities'],
  ['mentions', 'إشارة', 'mentions'],
  ['relations', 'علاقة', 'relations'],
  ['quantities', 'رقم', 'quantities'],
];

function entityColumn(type: string, entities: EntitySummary[]): HTMLElement {
  return h(
    'section',
    { class: 'card top-entities', style: { borderTopColor: entityColor(type) } },
    h('h3', null, entityLabel(type), h('span', { class: 'latin' }, type)),
    entities.length === 0
      ? empty('لا شيء بعد')
      : h(
          'ol',
          { class: 'entity-list' },
          entities.map((e) =>
            h(
              'li',
              null,
              entityLink(e, e.type, e.name_latin),
              h('span', { class: 'count', title: 'عدد الوثائق · documents' }, String(e.doc_count)),
            ),
          ),
        ),
  );
}

const home: View = async (container, ctx) => {
  const [stats, docs, ...byType] = await Promise.all([
    api.stats(),
    api.documents(12, 0),
    ...ENTITY_TYPES.map((type) => api.entities({ type, limit: 200 })),
  ]);
  if (!ctx.isCurrent()) return;
  clear(container);
  container.appendChild(
    h(
      'div',
      { class: 'page-head' },
      h('h1', null, 'نظرة عامة', h('span', { class: 'latin' }, 'Overview')),
      h('p', { class: 'muted' }, 'قاعدة معارف مبنية من الأخبار: من فعل ماذا، مع من، أين ومتى — وكل معلومة تشير إلى دليلها.'),
    ),
  );
  container.appendChild(
    h(
      'div',
      { class: 'stats' },
      STAT_LABELS.map(([key, ar, en]) =>
        h('div', { class: 'stat' }, h('strong', null, stats[key].toLocaleString('en-US')), h('span', null, ar), h('small', { class: 'latin' }, en)),
      ),
    ),
  );
  if (stats.documents === 0) {
    container.appendChild(
      h('div', { class: 'card callout' }, 'قاعدة المعارف فارغة. ', h('a', { href: '#/ingest' }, 'أضف وثائق'), ' للبدء.'),
    );
    return;
  }
  const top = (list: EntitySummary[]) => [...list].sort((a, b) => b.doc_count - a.doc_count || b.mention_count - a.mention_count).slice(0, 8);
  container.appendChild(
    h('div', { class: 'grid-4' }, ENTITY_TYPES.map((type, i) => entityColumn(type, top(byType[i])))),
  );
  container.appendChild(
    h(
      'div',
      { class: 'grid-2' },
      h(
        'section',
        { class: 'card' },
        h('h3', null, 'أحدث الوثائق', h('span', { class: 'latin' }, 'Documents')),
        h(
          'ul',
          { class: 'doc-list' },
          docs.map((d) =>
            h(
              'li',
              null,
              docLink(d.id, d.title),
              h('span', { class: 'muted small' }, d.publisher ? bdi(d.publisher) : null, d.published ? ` · ${formatIsoDate(d.published)}` : ''),
            ),
          ),
        ),
        h('a', { href: '#/documents', class: 'more' }, 'كل الوثائق ←'),
      ),
      h(
        'section',
        { class: 'card' },
        h('h3', null, 'تصدير', h('span', { class: 'latin' }, 'Export')),
        h('p', { class: 'muted' }, 'نزّل الرسم البياني كاملًا لتحليله في أدوات أخرى (Gephi، yEd، …).'),
        h(
          'div',
          { class: 'export-links' },
          ['graphml', 'gexf', 'csv', 'csv-nodes', 'jsonl', 'ftm'].map((f) => h('a', { class: 'btn', href: api.exportUrl(f) }, f.toUpperCase())),
        ),
      ),
    ),
  );
};

export default home;
