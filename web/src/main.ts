// The workspace shell: top bar with search, side navigation, and a hash
// router that renders one view at a time into <main>. Heavy views (network:
// cytoscape; map: leaflet and the world outline) are loaded on first use.

import './style.css';

import { clear, errorBox, h, loading } from './dom';
import type { View, ViewContext } from './view';

type Loader = () => Promise<{ default: View }>;

const ROUTES: Record<string, Loader> = {
  '': () => import('./views/home'),
  search: () => import('./views/search'),
  entity: () => import('./views/entity'),
  network: () => import('./views/network'),
  timeline: () => import('./views/timeline'),
  map: () => import('./views/map'),
  doc: () => import('./views/reader'),
  documents: () => import('./views/documents'),
  conflicts: () => import('./views/conflicts'),
  ingest: () => import('./views/ingest'),
};

interface NavItem {
  path: string;
  label: string;
  latin: string;
  icon: string; // an SVG path, drawn in a 24×24 box
}

const NAV: NavItem[] = [
  { path: '', label: 'نظرة عامة', latin: 'Overview', icon: 'M3 12l9-8 9 8M5 10v10h5v-6h4v6h5V10' },
  { path: 'network', label: 'الشبكة', latin: 'Network', icon: 'M6 6a2 2 0 1 0 0 .1M18 6a2 2 0 1 0 0 .1M12 18a2 2 0 1 0 0 .1M7.5 7.5l3.5 8.5M16.5 7.5L13 16M8 6h8' },
  { path: 'timeline', label: 'الخط الزمني', latin: 'Timeline', icon: 'M3 12h18M7 8v8M12 6v12M17 9v6' },
  { path: 'map', label: 'الخريطة', latin: 'Map', icon: 'M9 4L3 6v14l6-2 6 2 6-2V4l-6 2-6-2zM9 4v14M15 6v14' },
  { path: 'documents', label: 'الوثائق', latin: 'Documents', icon: 'M6 3h9l4 4v14H6zM14 3v5h5M9 12h7M9 16h7' },
  { path: 'conflicts', label: 'التناقضات', latin: 'Conflicts', icon: 'M12 3l10 18H2zM12 10v5M12 18v.5' },
  { path: 'ingest', label: 'إضافة وثائق', latin: 'Ingest', icon: 'M12 16V4M7 9l5-5 5 5M4 16v4h16v-4' },
];

function icon(path: string): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('icon');
  const p = document.createElementNS(ns, 'path');
  p.setAttribute('d', path);
  svg.appendChild(p);
  return svg;
}

function parseHash(): { path: string; rest: string[]; params: URLSearchParams } {
  const raw = window.location.hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const pathPart = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const segments = pathPart.split('/').map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  return { path: segments[0] ?? '', rest: segments.slice(1), params };
}

const searchInput = h('input', {
  type: 'search',
  id: 'search-input',
  placeholder: 'ابحث عن شخص أو مكان أو منظمة… (بالعربية أو اللاتينية)',
  dir: 'auto',
  aria: { label: 'بحث · Search' },
});

const main = h('main', { id: 'view', tabindex: -1 });
const navLinks = new Map<string, HTMLAnchorElement>();

function buildShell(): void {
  const app = document.getElementById('app')!;
  let debounce = 0;
  const form = h(
    'form',
    {
      class: 'search-form',
      role: 'search',
      on: {
        submit: (ev) => {
          ev.preventDefault();
          window.clearTimeout(debounce);
          const q = searchInput.value.trim();
          if (q) window.location.hash = `#/search?q=${encodeURIComponent(q)}`;
        },
      },
    },
    searchInput,
    h('button', { type: 'submit', class: 'btn primary' }, 'بحث'),
  );
  searchInput.addEventListener('input', () => {
    window.clearTimeout(debounce);
    debounce = window.setTimeout(() => {
      const q = searchInput.value.trim();
      // Only while the user is still in the box: a late timer must not pull
      // them back from the page they clicked through to.
      if (q.length >= 2 && document.activeElement === searchInput) {
        const target = `#/search?q=${encodeURIComponent(q)}`;
        if (window.location.hash === target) return;
        // Typing refines the same results page instead of piling up history.
        if (window.location.hash.startsWith('#/search')) window.history.replaceState(null, '', target);
        else window.history.pushState(null, '', target);
        void render();
      }
    }, 350);
  });

  const nav = h('nav', { class: 'sidenav', aria: { label: 'التنقل · Navigation' } });
  for (const item of NAV) {
    const a = h(
      'a',
      { href: `#/${item.path}`, class: 'nav-link' },
      icon(item.icon),
      h('span', { class: 'nav-label' }, item.label, h('small', { class: 'latin' }, item.latin)),
    );
    navLinks.set(item.path, a);
    nav.appendChild(a);
  }
  nav.appendChild(
    h(
      'div',
      { class: 'nav-foot' },
      h('span', null, 'راصد · Rased'),
      h('small', null, 'استخبارات الأخبار دون اتصال'),
    ),
  );

  const top = h(
    'header',
    { class: 'topbar' },
    h(
      'a',
      { class: 'brand', href: '#/' },
      h('span', { class: 'brand-mark', aria: { hidden: 'true' } }, icon('M12 12m-7 0a7 7 0 1 0 14 0a7 7 0 1 0-14 0M12 12l5-5')),
      h('span', { class: 'brand-name' }, 'راصد'),
      h('span', { class: 'brand-latin' }, 'Rased'),
    ),
    form,
  );
  app.appendChild(top);
  app.appendChild(h('div', { class: 'body' }, nav, main));
}

let generation = 0;
let cleanup: (() => void) | void;

async function render(): Promise<void> {
  const { path, rest, params } = parseHash();
  const gen = ++generation;
  if (cleanup) {
    try {
      cleanup();
    } catch {
      // A view that failed to tear down must not block the next one.
    }
    cleanup = undefined;
  }
  const navKey = path === 'doc' ? 'documents' : path === 'entity' || path === 'search' ? '' : path;
  for (const [p, a] of navLinks) a.classList.toggle('active', p === navKey && path !== 'entity' && path !== 'search');
  if (path === 'search' && document.activeElement !== searchInput) searchInput.value = params.get('q') ?? '';

  const loader = ROUTES[path];
  clear(main);
  main.appendChild(loading());
  if (!loader) {
    clear(main);
    main.appendChild(errorBox(`لا توجد صفحة بهذا العنوان · no such page: ${path}`));
    return;
  }
  try {
    const view = (await loader()).default;
    if (gen !== generation) return;
    const ctx: ViewContext = { rest, params, isCurrent: () => gen === generation };
    // Attached before the view renders: the graph and the map measure it.
    // data-route: the hash this view renders, so that a test (or anything
    // waiting for data-ready) can tell it from the view it replaces.
    const container = h('div', { class: `view view-${path || 'home'}`, dataset: { route: location.hash } }, loading());
    clear(main);
    main.appendChild(container);
    cleanup = await view(container, ctx);
    if (gen !== generation && cleanup) {
      cleanup();
      cleanup = undefined;
    }
    if (gen === generation) container.dataset.ready = 'true';
  } catch (err) {
    if (gen !== generation) return;
    clear(main);
    // data-ready="error" lets a waiting test fail at once with the message.
    main.appendChild(h('div', { class: `view view-${path || 'home'}`, dataset: { ready: 'error' } }, errorBox(err)));
  }
  if (gen === generation) document.body.dataset.view = path || 'home';
}

buildShell();
window.addEventListener('hashchange', () => {
  window.scrollTo(0, 0);
  void render();
});
void render();
