// Map of places and facilities (Leaflet) over an offline world outline from
// the world-atlas package: no tile server, nothing fetched from outside.
// Popups and the side list are built as DOM nodes (Leaflet would put a
// string popup in through innerHTML).

import 'leaflet/dist/leaflet.css';

import L from 'leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

import { api, type EntitySummary } from '../api';
import { bdi, clear, empty, errorBox, h, loading } from '../dom';
import { entityColor, entityLabel } from '../theme';
import type { View } from '../view';
import { entityHref, relationLine, typeDot } from '../widgets';

declare global {
  interface Window {
    __rasedMap?: L.Map;
  }
}

type Ring = number[][];

/**
 * Rings that cross the antimeridian (Russia's east, Fiji) jump from +180 to
 * -180 and would be drawn as lines across the whole map: such a ring is
 * moved east of 180° instead.
 */
function unwrapRing(ring: Ring): Ring {
  let jumps = false;
  for (let i = 1; i < ring.length && !jumps; i++) jumps = Math.abs(ring[i][0] - ring[i - 1][0]) > 180;
  return jumps ? ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : ring;
}

function unwrap(geometry: GeoJSON.Geometry): GeoJSON.Geometry {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  if (geometry.type === 'MultiPolygon') {
    return { ...geometry, coordinates: geometry.coordinates.map((poly) => poly.map(unwrapRing)) };
  }
  return geometry;
}

async function worldLayer(): Promise<L.GeoJSON> {
  // 1:50m outline: fine enough for a country's coast, loaded on first use.
  const topo = (await import('world-atlas/countries-50m.json')).default as unknown as Topology;
  const countries = feature(topo, topo.objects.countries as GeometryCollection) as GeoJSON.FeatureCollection;
  countries.features = countries.features
    .filter((f) => f.properties?.name !== 'Antarctica')
    .map((f) => ({ ...f, geometry: unwrap(f.geometry) }));
  return L.geoJSON(countries, {
    style: { color: '#94a3b8', weight: 0.8, fillColor: '#f8fafc', fillOpacity: 1 },
    interactive: false,
    // Thousands of coastline vertices: one canvas, not thousands of SVG paths.
    renderer: L.canvas({ padding: 0.5 }),
  } as L.GeoJSONOptions & L.PathOptions);
}

function popupFor(e: EntitySummary): HTMLElement {
  const facts = h('div', { class: 'popup-facts' }, loading('الأحداث…'));
  const el = h(
    'div',
    { class: 'map-popup', dir: 'rtl' },
    h('a', { class: 'popup-title', href: entityHref(e.id) }, bdi(e.name)),
    e.name_latin ? h('div', { class: 'latin', dir: 'ltr' }, e.name_latin) : null,
    h('div', { class: 'muted small' }, typeDot(e.type), ` ${entityLabel(e.type)} · ${e.doc_count} وثيقة`),
    facts,
  );
  let loaded = false;
  (el as HTMLElement & { loadFacts?: () => void }).loadFacts = () => {
    if (loaded) return;
    loaded = true;
    api
      .relations({ entity: e.id, limit: 30 })
      .then((rels) => {
        clear(facts);
        if (!rels.length) facts.appendChild(h('p', { class: 'muted small' }, 'لا أحداث مسجلة هنا'));
        facts.appendChild(h('ul', { class: 'rel-lines' }, rels.slice(0, 6).map(relationLine)));
        if (rels.length > 6) facts.appendChild(h('a', { href: entityHref(e.id), class: 'small' }, `و${rels.length - 6} أخرى ←`));
      })
      .catch((err) => {
        clear(facts);
        facts.appendChild(errorBox(err));
      });
  };
  return el;
}

const map: View = async (container, ctx) => {
  const [locations, facilities, world] = await Promise.all([
    api.entities({ type: 'LOCATION', limit: 10000 }),
    api.entities({ type: 'FACILITY', limit: 10000 }),
    worldLayer(),
  ]);
  if (!ctx.isCurrent()) return;
  clear(container);
  const places = [...locations, ...facilities]
    .filter((e) => typeof e.lat === 'number' && typeof e.lon === 'number')
    .sort((a, b) => b.doc_count - a.doc_count);

  const mapBox = h('div', { class: 'map', id: 'map', dir: 'ltr' });
  const filter = h('input', { type: 'search', placeholder: 'تصفية الأماكن…', dir: 'auto', aria: { label: 'تصفية · filter' } });
  const list = h('ul', { class: 'place-list', id: 'place-list' });
  container.appendChild(
    h(
      'div',
      { class: 'page-head' },
      h('h1', null, 'الخريطة', h('span', { class: 'latin' }, 'Map')),
      h('p', { class: 'muted' }, `${places.length} مكانًا ومنشأة لها إحداثيات. `, h('span', { class: 'legend-row inline' }, ['LOCATION', 'FACILITY'].map((t) => h('span', { class: 'legend-item' }, typeDot(t), entityLabel(t))))),
    ),
  );
  container.appendChild(h('div', { class: 'map-layout' }, h('div', { class: 'card map-wrap' }, mapBox), h('aside', { class: 'card map-side' }, filter, places.length ? list : empty('لا أماكن بإحداثيات'))));

  const m = L.map(mapBox, { worldCopyJump: true, zoomSnap: 0.5, attributionControl: false, minZoom: 2, maxZoom: 12 });
  window.__rasedMap = m;
  mapBox.style.background = '#dbeafe';
  // Vector layers need a view before they can be added.
  m.setView([25, 30], 3);
  world.addTo(m);

  const markers = new Map<string, L.CircleMarker>();
  const maxDocs = Math.max(1, ...places.map((p) => p.doc_count));
  for (const p of places) {
    const marker = L.circleMarker([p.lat!, p.lon!], {
      radius: 5 + 9 * Math.sqrt(p.doc_count / maxDocs),
      color: '#ffffff',
      weight: 1.5,
      fillColor: entityColor(p.type),
      fillOpacity: 0.9,
      className: `place-marker type-${p.type}`,
    });
    const popup = popupFor(p);
    marker.bindPopup(popup, { maxWidth: 420, minWidth: 280, maxHeight: 320, autoPanPadding: [30, 30] });
    marker.on('popupopen', () => (popup as HTMLElement & { loadFacts?: () => void }).loadFacts?.());
    const tip = h('span', { dir: 'auto' }, bdi(p.name));
    marker.bindTooltip(tip, { direction: 'top', offset: [0, -6] });
    marker.addTo(m);
    markers.set(p.id, marker);
  }

  for (const p of places) {
    list.appendChild(
      h(
        'li',
        { dataset: { entity: p.id, name: `${p.name} ${p.name_latin} ${p.aliases.join(' ')}`.toLowerCase() } },
        h(
          'button',
          {
            type: 'button',
            class: 'place-btn',
            on: {
              click: () => {
                const mk = markers.get(p.id)!;
                m.flyTo(mk.getLatLng(), Math.max(m.getZoom(), 6), { duration: 0.6 });
                mk.openPopup();
              },
            },
          },
          typeDot(p.type),
          bdi(p.name),
          p.name_latin ? h('span', { class: 'latin' }, p.name_latin) : null,
          h('span', { class: 'count' }, String(p.doc_count)),
        ),
      ),
    );
  }
  filter.addEventListener('input', () => {
    const q = filter.value.trim().toLowerCase();
    for (const li of Array.from(list.children) as HTMLElement[]) li.hidden = !!q && !(li.dataset.name ?? '').includes(q);
  });

  const focus = ctx.params.get('focus');
  if (focus && markers.has(focus)) {
    const mk = markers.get(focus)!;
    m.setView(mk.getLatLng(), 6);
    mk.openPopup();
  } else if (places.length) {
    m.fitBounds(L.latLngBounds(places.map((p) => [p.lat!, p.lon!] as L.LatLngTuple)).pad(0.25), { maxZoom: 6 });
  }

  return () => {
    m.remove();
    if (window.__rasedMap === m) delete window.__rasedMap;
  };
};

export default map;
