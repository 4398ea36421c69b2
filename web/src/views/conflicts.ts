// Conflicting claims: the same quantity or event reported differently by
// independent documents or sources, shown side by side with who says it,
// when, and the evidence.

import { api, type Claim, type Conflict } from '../api';
import { bdi, clear, dataText, empty, h } from '../dom';
import { formatIsoDate } from '../text';
import { CONFLICT_KIND_LABELS, modalityLabel } from '../theme';
import type { View } from '../view';
import { docLink, entityLink, evidenceQuote } from '../widgets';

function claimSource(c: Claim): HTMLElement {
  if (c.source) return h('span', { class: 'claim-source' }, entityLink(c.source));
  if (c.source_text) return h('span', { class: 'claim-source' }, bdi(c.source_text));
  return h('span', { class: 'claim-source muted' }, c.publisher ? bdi(c.publisher) : 'غير منسوب');
}

function claimValue(c: Claim, kind: string): HTMLElement {
  if (kind === 'modality') {
    // The value is the modality of the same event in each source.
    return h('div', { class: `claim-value mod-text-${c.value}` }, modalityLabel(c.value), h('span', { class: 'latin' }, c.value));
  }
  return h('div', { class: 'claim-value', dir: 'auto' }, dataText(c.value));
}

function claimCard(c: Claim, kind: string): HTMLElement {
  const details: string[] = [];
  if (c.low !== c.high && c.high > 0) details.push(`${c.low.toLocaleString('en-US')} – ${c.high.toLocaleString('en-US')}`);
  if (c.rate) details.push(`/ ${c.rate}`);
  return h(
    'div',
    { class: 'claim' },
    claimValue(c, kind),
    details.length ? h('div', { class: 'muted small', dir: 'auto' }, details.join(' ')) : null,
    h('div', { class: 'claim-who' }, h('span', { class: 'muted small' }, 'المصدر: '), claimSource(c)),
    h(
      'div',
      { class: 'claim-doc small' },
      c.publisher ? h('span', null, bdi(c.publisher)) : null,
      c.published ? h('span', null, ` · ${formatIsoDate(c.published)}`) : null,
    ),
    evidenceQuote(c.doc, c.evidence),
    docLink(c.doc),
  );
}

function conflictCard(c: Conflict): HTMLElement {
  return h(
    'article',
    { class: `card conflict kind-${c.kind}` },
    h(
      'header',
      null,
      h('span', { class: 'badge conflict-kind' }, CONFLICT_KIND_LABELS[c.kind] ?? c.kind),
      h('h3', { dir: 'auto' }, dataText(c.about)),
      c.subject ? h('span', { class: 'muted' }, 'بشأن ', entityLink(c.subject)) : null,
    ),
    h('div', { class: 'claims' }, c.claims.map((claim) => claimCard(claim, c.kind))),
  );
}

const conflicts: View = async (container, ctx) => {
  const list = await api.conflicts();
  if (!ctx.isCurrent()) return;
  clear(container);
  container.appendChild(
    h(
      'div',
      { class: 'page-head' },
      h('h1', null, 'التناقضات', h('span', { class: 'latin' }, 'Conflicts')),
      h('p', { class: 'muted' }, 'أرقام وروايات تختلف بين المصادر المستقلة، جنبًا إلى جنب مع أدلتها.'),
    ),
  );
  if (!list.length) {
    container.appendChild(h('div', { class: 'card' }, empty('لم يُعثر على تناقضات بين المصادر.')));
    return;
  }
  const kinds = [...new Set(list.map((c) => c.kind))];
  const filters = h('div', { class: 'chips' });
  const cards = list.map(conflictCard);
  let active = '';
  const apply = () => cards.forEach((card, i) => (card.hidden = !!active && list[i].kind !== active));
  for (const k of ['', ...kinds]) {
    const btn = h('button', { type: 'button', class: `chip chip-btn${k === '' ? ' active' : ''}` }, k ? CONFLICT_KIND_LABELS[k] ?? k : `الكل (${list.length})`);
    btn.addEventListener('click', () => {
      active = k;
      for (const b of Array.from(filters.children)) b.classList.remove('active');
      btn.classList.add('active');
      apply();
    });
    filters.appendChild(btn);
  }
  container.appendChild(filters);
  container.appendChild(h('div', { class: 'conflicts', id: 'conflicts' }, cards));
};

export default conflicts;
