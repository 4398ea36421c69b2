// DOM construction without HTML strings. Every piece of data reaches the page
// through textContent or a text node: article text is hostile (it may carry
// <script>, event-handler attributes or bidi overrides), and the server's CSP
// is the second line of defence, not the first. Nothing in the UI uses
// innerHTML, insertAdjacentHTML or outerHTML.

import { BIDI_NAMES, splitBidiControls, splitMarks } from './text';

export type Child = Node | string | number | null | undefined | false | Child[];

export interface Attrs {
  class?: string;
  id?: string;
  title?: string;
  dir?: 'rtl' | 'ltr' | 'auto';
  lang?: string;
  href?: string;
  role?: string;
  type?: string;
  value?: string;
  placeholder?: string;
  for?: string;
  name?: string;
  hidden?: boolean;
  disabled?: boolean;
  checked?: boolean;
  tabindex?: number;
  style?: Partial<CSSStyleDeclaration>;
  dataset?: Record<string, string>;
  aria?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (ev: HTMLElementEventMap[K]) => void };
}

/** Links only ever point inside the app, to the API, or to http(s) pages. */
export function safeHref(href: string): string | null {
  if (href.startsWith('#') || href.startsWith('/api/')) return href;
  try {
    const u = new URL(href, window.location.href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(parent, ...c);
    else if (typeof c === 'string' || typeof c === 'number') parent.appendChild(document.createTextNode(String(c)));
    else parent.appendChild(c);
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    if (attrs.class) el.className = attrs.class;
    if (attrs.id) el.id = attrs.id;
    if (attrs.title) el.title = attrs.title;
    if (attrs.dir) el.dir = attrs.dir;
    if (attrs.lang) el.lang = attrs.lang;
    if (attrs.role) el.setAttribute('role', attrs.role);
    if (attrs.href !== undefined) {
      const href = safeHref(attrs.href);
      if (href) el.setAttribute('href', href);
      if (href && !href.startsWith('#') && !href.startsWith('/api/')) {
        el.setAttribute('rel', 'noopener noreferrer');
        el.setAttribute('target', '_blank');
      }
    }
    if (attrs.type) el.setAttribute('type', attrs.type);
    if (attrs.value !== undefined) (el as HTMLInputElement).value = attrs.value;
    if (attrs.placeholder) el.setAttribute('placeholder', attrs.placeholder);
    if (attrs.for) el.setAttribute('for', attrs.for);
    if (attrs.name) el.setAttribute('name', attrs.name);
    if (attrs.hidden) el.hidden = true;
    if (attrs.disabled) (el as HTMLButtonElement).disabled = true;
    if (attrs.checked) (el as HTMLInputElement).checked = true;
    if (attrs.tabindex !== undefined) el.tabIndex = attrs.tabindex;
    if (attrs.style) Object.assign(el.style, attrs.style);
    if (attrs.dataset) for (const [k, v] of Object.entries(attrs.dataset)) el.dataset[k] = v;
    if (attrs.aria) for (const [k, v] of Object.entries(attrs.aria)) el.setAttribute(`aria-${k}`, v);
    if (attrs.on) {
      for (const [ev, fn] of Object.entries(attrs.on)) el.addEventListener(ev, fn as EventListener);
    }
  }
  append(el, ...children);
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/**
 * Text as it was written, with bidi controls shown as visible tokens so an
 * override cannot silently reorder what follows it. The caller's element
 * should isolate (CSS unicode-bidi: isolate) so nothing leaks out.
 */
export function dataText(text: string): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const part of splitBidiControls(text)) {
    if (part.control) {
      const cp = part.text.codePointAt(0)!.toString(16).toUpperCase();
      frag.appendChild(
        h('span', { class: 'bidi-ctl', title: `U+${cp} ${BIDI_NAMES[part.text]}`, dir: 'ltr' }, `⟨${BIDI_NAMES[part.text]}⟩`),
      );
    } else {
      frag.appendChild(document.createTextNode(part.text));
    }
  }
  return frag;
}

/** A search snippet with its [[…]] matches as <mark>, built from text nodes. */
export function snippet(text: string): HTMLElement {
  const el = h('span', { class: 'snippet', dir: 'auto' });
  for (const part of splitMarks(text)) {
    if (part.mark) el.appendChild(h('mark', null, dataText(part.text)));
    else el.appendChild(dataText(part.text));
  }
  return el;
}

/** A name or other datum in its own bidi island. */
export function bdi(text: string, cls = ''): HTMLElement {
  return h('bdi', { class: cls || undefined }, dataText(text));
}

export function loading(label = 'جارٍ التحميل…'): HTMLElement {
  return h('div', { class: 'loading', role: 'status' }, h('span', { class: 'spinner' }), label);
}

export function errorBox(err: unknown): HTMLElement {
  const message = err instanceof Error ? err.message : String(err);
  const status = (err as { status?: number } | null)?.status;
  return h(
    'div',
    { class: 'error-box', role: 'alert' },
    h('strong', null, 'تعذّر التحميل · Error: '),
    h('bdi', null, message),
    // A server started with --token wants it once in the page's address;
    // it then becomes a cookie.
    status === 401 ? h('p', { class: 'small' }, 'هذا الخادم يطلب رمزًا: افتح العنوان الذي طبعه «rased serve» مع ‎?token=…') : null,
  );
}

export function empty(message: string): HTMLElement {
  return h('div', { class: 'empty' }, message);
}

/** Builds a hash route like #/doc?id=…&start=… with encoded parameters. */
export function route(path: string, params: Record<string, string | number | undefined | null> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return `#/${path}${s ? `?${s}` : ''}`;
}
