// Network around one entity (cytoscape): nodes coloured by entity type,
// edges by relation type, filters by relation type and date range. A click on
// a node opens its profile; a click on an edge lists its relations with their
// evidence, each linking to the reader.

import cytoscape from 'cytoscape';

import { api, type EntitySummary, type Network, type NetworkEdge, type Relation } from '../api';
import { bdi, clear, empty, errorBox, h, loading, route } from '../dom';
import { overlapsRange } from '../text';
import { ENTITY_TYPES, entityColor, entityLabel, relationColor, relationLabel } from '../theme';
import type { View } from '../view';
import { entityHref, entityLink, relationCard } from '../widgets';

declare global {
  interface Window {
    /** The live graph, for tests and the browser console. */
    __rasedCy?: cytoscape.Core;
  }
}

const FONT = '"Noto Sans Arabic", "Noto Naskh Arabic", sans-serif';

async function picker(container: HTMLElement): Promise<void> {
  const people = await api.entities({ type: 'PERSON', limit: 200 });
  const orgs = await api.entities({ type: 'ORGANIZATION', limit: 200 });
  const top = [...people, ...orgs].sort((a, b) => b.doc_count - a.doc_count).slice(0, 24);
  clear(container);
  container.appendChild(
    h(
      'div',
      { class: 'page-head' },
      h('h1', null, 'الشبكة', h('span', { class: 'latin' }, 'Network')),
      h('p', { class: 'muted' }, 'اختر كيانًا لعرض شبكة علاقاته، أو ابحث عنه في الأعلى.'),
    ),
  );
  container.appendChild(
    top.length
      ? h(
          'div',
          { class: 'card' },
          h(
            'div',
            { class: 'chips' },
            top.map((e) =>
              h(
                'a',
                { class: 'chip chip-link', href: route('network', { entity: e.id }) },
                h('span', { class: 'dot', style: { background: entityColor(e.type) } }),
                bdi(e.name),
                e.name_latin ? h('span', { class: 'latin' }, e.name_latin) : null,
              ),
            ),
          ),
        )
      : empty('لا كيانات بعد'),
  );
}

function legendItem(color: string, label: string, latin: string, shape: 'dot' | 'line'): HTMLElement {
  return h(
    'span',
    { class: 'legend-item' },
    h('span', { class: shape === 'dot' ? 'dot' : 'line-swatch', style: { background: color } }),
    label,
    h('span', { class: 'latin' }, latin),
  );
}

const network: View = async (container, ctx) => {
  const id = ctx.params.get('entity') ?? '';
  if (!id) {
    await picker(container);
    return;
  }
  const depth = Math.max(1, Math.min(3, Number(ctx.params.get('depth') ?? '1') || 1));
  const [net, profile] = await Promise.all([api.network(id, depth), api.entity(id)]);
  // The canvas draws labels itself: the Arabic font must be ready first.
  await document.fonts?.load(`14px ${FONT}`, 'حفتر').catch(() => undefined);
  if (!ctx.isCurrent()) return;
  clear(container);
  return renderNetwork(container, net, profile.entity, depth);
};

function renderNetwork(container: HTMLElement, net: Network, center: EntitySummary, depth: number): () => void {
  const nodeIds = new Set(net.nodes.map((n) => n.id));
  const edges = net.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target));
  const relTypes = [...new Set(edges.map((e) => e.type))].sort();
  const nodeTypes = ENTITY_TYPES.filter((t) => net.nodes.some((n) => n.type === t));

  const depthSelect = h(
    'select',
    {
      aria: { label: 'العمق · depth' },
      on: {
        change: () => {
          window.location.hash = route('network', { entity: center.id, depth: depthSelect.value });
        },
      },
    },
    [1, 2, 3].map((d) => h('option', { value: String(d) }, `العمق ${d}`)),
  );
  depthSelect.value = String(depth);

  const typeBoxes = new Map<string, HTMLInputElement>();
  const fromInput = h('input', { type: 'text', placeholder: '2023-01', dir: 'ltr', aria: { label: 'من تاريخ · from' }, class: 'date-input' });
  const toInput = h('input', { type: 'text', placeholder: '2024-12', dir: 'ltr', aria: { label: 'إلى تاريخ · to' }, class: 'date-input' });
  const undated = h('input', { type: 'checkbox', checked: true, id: 'net-undated' });
  const detail = h('div', { class: 'edge-detail', id: 'edge-detail' }, h('p', { class: 'muted' }, 'انقر على عقدة لفتح ملفها، أو على ضلع لعرض العلاقات وأدلتها.'));

  const graphBox = h('div', { class: 'graph', id: 'network-graph', dir: 'ltr' });
  const summary = h('span', { class: 'muted small', id: 'network-summary' });

  container.appendChild(
    h(
      'div',
      { class: 'page-head row' },
      h('h1', null, 'شبكة ', entityLink(center, center.type, center.name_latin)),
      h('div', { class: 'toolbar' }, depthSelect, h('button', { class: 'btn', type: 'button', on: { click: () => cy.fit(undefined, 40) } }, 'ملاءمة · Fit'), summary),
    ),
  );
  const legend = h(
    'div',
    { class: 'card legend' },
    h('h4', null, 'أنواع الكيانات', h('span', { class: 'latin' }, 'Entities')),
    h('div', { class: 'legend-row' }, nodeTypes.map((t) => legendItem(entityColor(t), entityLabel(t), t, 'dot'))),
    h('h4', null, 'أنواع العلاقات', h('span', { class: 'latin' }, 'Relations')),
    h(
      'div',
      { class: 'legend-col', id: 'relation-filters' },
      relTypes.map((t) => {
        const box = h('input', { type: 'checkbox', checked: true, dataset: { type: t } });
        typeBoxes.set(t, box);
        box.addEventListener('change', applyFilters);
        const n = edges.filter((e) => e.type === t).length;
        return h('label', { class: 'legend-item filter' }, box, h('span', { class: 'line-swatch', style: { background: relationColor(t) } }), relationLabel(t), h('span', { class: 'latin' }, t), h('span', { class: 'count' }, String(n)));
      }),
    ),
    h('h4', null, 'الفترة', h('span', { class: 'latin' }, 'Date range')),
    h('div', { class: 'date-range' }, h('label', null, h('span', { class: 'small muted' }, 'من'), fromInput), h('label', null, h('span', { class: 'small muted' }, 'إلى'), toInput)),
    h('p', { class: 'small muted' }, 'سنة أو شهر أو يوم: 2023 أو 2023-09 أو 2023-09-26'),
    h('label', { class: 'legend-item filter', for: 'net-undated' }, undated, 'إظهار العلاقات غير المؤرخة'),
  );
  container.appendChild(h('div', { class: 'network-layout' }, h('div', { class: 'graph-wrap card' }, graphBox), h('div', { class: 'network-side' }, legend, h('div', { class: 'card' }, detail))));

  const maxCount = Math.max(1, ...edges.map((e) => e.count));
  const cy = cytoscape({
    container: graphBox,
    elements: [
      ...net.nodes.map((n) => ({
        data: { id: n.id, label: n.name, latin: n.name_latin, type: n.type, color: entityColor(n.type), docs: n.doc_count },
        classes: n.id === center.id ? 'center' : '',
      })),
      ...edges.map((e, i) => ({
        data: {
          id: `e${i}`,
          source: e.source,
          target: e.target,
          type: e.type,
          color: relationColor(e.type),
          count: e.count,
          width: 1.5 + (4 * e.count) / maxCount,
          first: e.first_date,
          last: e.last_date,
          label: relationLabel(e.type),
        },
      })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(color)',
          label: 'data(label)',
          'font-family': FONT,
          'font-size': 15,
          color: '#1e293b',
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-outline-color': '#ffffff',
          'text-outline-width': 2,
          width: 22,
          height: 22,
          'border-width': 2,
          'border-color': '#ffffff',
        },
      },
      { selector: 'node.center', style: { width: 38, height: 38, 'font-size': 16, 'font-weight': 'bold', 'border-color': '#0f172a', 'border-width': 3 } },
      {
        selector: 'edge',
        style: {
          'line-color': 'data(color)',
          'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.8,
          'curve-style': 'bezier',
          width: 'data(width)',
          opacity: 0.85,
        },
      },
      {
        // Edge names only where the eye is: the colours and the legend say the rest.
        selector: 'edge:selected, edge.hover',
        style: {
          width: 6,
          opacity: 1,
          label: 'data(label)',
          'font-family': FONT,
          'font-size': 12,
          color: '#0f172a',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.9,
          'text-background-padding': '2px',
          'overlay-opacity': 0,
        },
      },
      { selector: '.hidden', style: { display: 'none' } },
      { selector: 'node:active', style: { 'overlay-opacity': 0.1 } },
    ],
    layout: { name: 'preset' },
    minZoom: 0.2,
    maxZoom: 3,
  });
  // An ego network reads best in rings: the entity in the middle, its
  // neighbours around it, theirs further out. Crowded rings spread out.
  const level = new Map<string, number>([[center.id, 0]]);
  const queue = [center.id];
  while (queue.length) {
    const id = queue.shift()!;
    for (const e of edges) {
      const other = e.source === id ? e.target : e.target === id ? e.source : null;
      if (other && !level.has(other)) {
        level.set(other, level.get(id)! + 1);
        queue.push(other);
      }
    }
  }
  cy.layout({
    name: 'concentric',
    concentric: (node: cytoscape.NodeSingular) => 10 - (level.get(node.id()) ?? 4),
    levelWidth: () => 1,
    minNodeSpacing: 70,
    spacingFactor: 1.1,
    animate: false,
    padding: 50,
  } as cytoscape.LayoutOptions).run();
  // A handful of nodes would otherwise be blown up to the maximum zoom.
  if (cy.zoom() > 1.2) {
    cy.zoom(1.2);
    cy.center();
  }
  window.__rasedCy = cy;

  function applyFilters(): void {
    const from = fromInput.value.trim();
    const to = toInput.value.trim();
    const keepUndated = undated.checked;
    cy.batch(() => {
      cy.edges().forEach((edge) => {
        const type = edge.data('type') as string;
        const first = edge.data('first') as string;
        const last = edge.data('last') as string;
        let visible = typeBoxes.get(type)?.checked ?? true;
        if (visible && (from || to)) {
          visible = !first && !last ? keepUndated : overlapsRange(first, last, from, to);
        } else if (visible && !keepUndated && !first && !last) {
          visible = false;
        }
        edge.toggleClass('hidden', !visible);
      });
      cy.nodes().forEach((node) => {
        const connected = node.connectedEdges().filter((e) => !e.hasClass('hidden')).length > 0;
        node.toggleClass('hidden', !connected && node.id() !== center.id);
      });
    });
    const shownEdges = cy.edges().filter((e) => !e.hasClass('hidden')).length;
    const shownNodes = cy.nodes().filter((n) => !n.hasClass('hidden')).length;
    summary.textContent = `${shownNodes} كيان · ${shownEdges} ضلع`;
  }
  for (const input of [fromInput, toInput]) input.addEventListener('input', applyFilters);
  undated.addEventListener('change', applyFilters);
  applyFilters();

  // An edge carries the ids of its relations; the server caps one request at 1000 ids.
  const relationsOf = async (ids: number[]): Promise<Relation[]> => {
    const out: Relation[] = [];
    for (let i = 0; i < ids.length; i += 1000) {
      const chunk = ids.slice(i, i + 1000);
      out.push(...(await api.relations({ ids: chunk.join(','), limit: chunk.length })));
    }
    return out;
  };

  async function showEdge(edge: NetworkEdge): Promise<void> {
    clear(detail);
    detail.appendChild(loading());
    try {
      const rels = await relationsOf(edge.relations);
      const source = net.nodes.find((n) => n.id === edge.source);
      const target = net.nodes.find((n) => n.id === edge.target);
      clear(detail);
      detail.appendChild(
        h(
          'h4',
          null,
          source ? entityLink(source, source.type) : edge.source,
          h('span', { class: 'arrow' }, ' ← '),
          target ? entityLink(target, target.type) : edge.target,
        ),
      );
      detail.appendChild(h('p', { class: 'muted small' }, `${relationLabel(edge.type)} · ${edge.type} · ${edge.count} علاقة`));
      if (!rels.length) detail.appendChild(empty('لم تُعثر على العلاقات'));
      for (const r of rels) detail.appendChild(relationCard(r));
    } catch (err) {
      clear(detail);
      detail.appendChild(errorBox(err));
    }
  }

  cy.on('tap', 'node', (ev) => {
    window.location.hash = entityHref(ev.target.id());
  });
  cy.on('tap', 'edge', (ev) => {
    const i = Number(String(ev.target.id()).slice(1));
    void showEdge(edges[i]);
  });
  cy.on('mouseover', 'node, edge', (ev) => {
    graphBox.classList.add('pointer');
    if (ev.target.isEdge()) ev.target.addClass('hover');
  });
  cy.on('mouseout', 'node, edge', (ev) => {
    graphBox.classList.remove('pointer');
    if (ev.target.isEdge()) ev.target.removeClass('hover');
  });

  return () => {
    cy.destroy();
    if (window.__rasedCy === cy) delete window.__rasedCy;
  };
}

export default network;
