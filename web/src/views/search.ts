// Search results: entities (with their type, both scripts and document
// counts) and documents (snippets with the matches marked).

import { api, type EntitySummary, type SearchHit } from '../api';
import { bdi, clear, empty, h, snippet } from '../dom';
import { entityColor } from '../theme';
import type { View } from '../view';
import { docHref, entityHref, shortDocId, typeBadge } from '../widgets';

function entityResult(hit: SearchHit | null, e: EntitySummary | undefined): HTMLElement {
  const id = e?.id ?? hit!.id;
  const name = e?.name ?? hit!.title;
  return h(
    'li',
    { class: 'result result-entity', style: { borderInlineStartColor: e ? entityColor(e.type) : '#94a3b8' }, dataset: { entity: id } },
    h(
      'a',
      { class: 'result-title', href: entityHref(id) },
      bdi(name, 'name-ar'),
      e?.name_latin && e.name_latin !== name ? h('span', { class: 'latin name-latin', dir: 'ltr' }, e.name_latin) : null,
    ),
    h(
      'div',
      { class: 'result-meta' },
      e ? typeBadge(e.type) : null,
      e ? h('span', { class: 'muted small' }, `${e.doc_count} وثيقة · ${e.mention_count} إشارة`) : null,
      e && e.aliases.length > 1
        ? h(
            'span',
            { class: 'aliases small' },
            e.aliases.slice(0, 6).map((a) => h('span', { class: 'chip' }, bdi(a))),
          )
        : null,
    ),
    // Entity hits carry "TYPE · Latin name" as snippet, already shown above.
    hit?.snippet && hit.snippet.includes('[[') ? h('p', { class: 'result-snippet' }, snippet(hit.snippet)) : null,
  );
}

function documentResult(hit: SearchHit): HTMLElement {
  return h(
    'li',
    { class: 'result result-doc', dataset: { doc: hit.id } },
    h('a', { class: 'result-title', href: docHref(hit.id) }, bdi(hit.title || shortDocId(hit.id))),
    h('div', { class: 'result-meta muted small doc-id', dir: 'ltr', title: hit.id }, bdi(shortDocId(hit.id))),
    hit.snippet ? h('p', { class: 'result-snippet' }, snippet(hit.snippet)) : null,
  );
}

const search: View = async (container, ctx) => {
  const q = (ctx.params.get('q') ?? '').trim();
  if (!q) {
    clear(container);
    container.appendChild(empty('اكتب في مربع البحث أعلاه: اسم شخص أو مكان أو منظمة، بالعربية أو بالحروف اللاتينية.'));
    return;
  }
  // The full-text search ranks; the entity list adds type, Latin name and
  // counts for the entity hits, and names that only match as an alias.
  const [hits, entities] = await Promise.all([
    api.search(q, 40),
    api.entities({ q, limit: 40 }).catch(() => [] as EntitySummary[]),
  ]);
  if (!ctx.isCurrent()) return;
  clear(container);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const entityHits = hits.filter((x) => x.kind === 'entity');
  const docHits = hits.filter((x) => x.kind !== 'entity');
  const seen = new Set(entityHits.map((x) => x.id));
  const extra = entities.filter((e) => !seen.has(e.id)).sort((a, b) => b.doc_count - a.doc_count);

  container.appendChild(
    h(
      'div',
      { class: 'page-head' },
      h('h1', null, 'نتائج البحث', h('span', { class: 'latin' }, 'Search')),
      h('p', { class: 'muted' }, '«', bdi(q), `» — ${entityHits.length + extra.length} كيان، ${docHits.length} وثيقة`),
    ),
  );
  const entityList = h('ul', { class: 'results', id: 'entity-results' }, [
    ...entityHits.map((x) => entityResult(x, byId.get(x.id))),
    ...extra.map((e) => entityResult(null, e)),
  ]);
  const docList = h('ul', { class: 'results', id: 'document-results' }, docHits.map(documentResult));
  container.appendChild(
    h(
      'div',
      { class: 'grid-2 results-grid' },
      h(
        'section',
        { class: 'card' },
        h('h3', null, 'الكيانات', h('span', { class: 'latin' }, 'Entities')),
        entityList.childElementCount ? entityList : empty('لا كيانات مطابقة'),
      ),
      h(
        'section',
        { class: 'card' },
        h('h3', null, 'الوثائق', h('span', { class: 'latin' }, 'Documents')),
        docList.childElementCount ? docList : empty('لا وثائق مطابقة'),
      ),
    ),
  );
};

export default search;
