// Pure text helpers, free of the DOM so they can be unit-tested in Node
// (web/tests/unit.test.mjs).

/** A piece of a search snippet: `mark` when it was inside [[…]]. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

/**
 * Splits a server snippet whose matches are wrapped in [[…]] into parts.
 * The brackets are structure, never markup: the caller renders each part as
 * a text node (marked parts inside <mark>). An unclosed [[ marks to the end;
 * a stray ]] outside a mark is kept as text.
 */
export function splitMarks(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let i = 0;
  let inMark = false;
  let current = '';
  const flush = (mark: boolean) => {
    if (current) parts.push({ text: current, mark });
    current = '';
  };
  while (i < snippet.length) {
    if (!inMark && snippet.startsWith('[[', i)) {
      flush(false);
      inMark = true;
      i += 2;
    } else if (inMark && snippet.startsWith(']]', i)) {
      flush(true);
      inMark = false;
      i += 2;
    } else {
      current += snippet[i];
      i += 1;
    }
  }
  flush(inMark);
  return parts;
}

/**
 * Bidirectional formatting controls (embeddings, overrides, isolates, and the
 * implicit marks). Article text may carry them to disguise what it says
 * (an RLO reverses everything after it); the UI shows them as visible tokens.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;

export const BIDI_NAMES: Record<string, string> = {
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
};

/** Splits text into runs of ordinary text and single bidi control characters. */
export function splitBidiControls(text: string): { text: string; control: boolean }[] {
  if (!BIDI_CONTROLS.test(text)) return text ? [{ text, control: false }] : [];
  const out: { text: string; control: boolean }[] = [];
  let run = '';
  for (const ch of text) {
    if (ch in BIDI_NAMES) {
      if (run) out.push({ text: run, control: false });
      run = '';
      out.push({ text: ch, control: true });
    } else {
      run += ch;
    }
  }
  if (run) out.push({ text: run, control: false });
  return out;
}

/** A half-open span of code points with a payload. */
export interface Span<T> {
  start: number;
  end: number;
  data: T;
}

/** A maximal run of code points covered by the same set of spans. */
export interface Segment<T> {
  start: number;
  end: number;
  text: string;
  covering: T[];
}

/**
 * Cuts `text` into segments at every span boundary. Offsets are Unicode code
 * points (what the server counts), not UTF-16 units: the text is indexed
 * through Array.from so that characters outside the BMP count once. Spans
 * out of range are clipped; empty or inverted ones are ignored.
 */
export function segmentText<T>(text: string, spans: Span<T>[]): Segment<T>[] {
  const cps = Array.from(text);
  const n = cps.length;
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, Math.min(n, s.start)), end: Math.max(0, Math.min(n, s.end)) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, n]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Sweep: spans sorted by start enter, and leave once their end is passed.
  const byStart = [...valid].sort((a, b) => a.start - b.start || b.end - a.end);
  const active: Span<T>[] = [];
  let next = 0;
  const segments: Segment<T>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    while (next < byStart.length && byStart[next].start <= a) active.push(byStart[next++]);
    for (let k = active.length - 1; k >= 0; k--) if (active[k].end <= a) active.splice(k, 1);
    segments.push({ start: a, end: b, text: cps.slice(a, b).join(''), covering: active.map((s) => s.data) });
  }
  return segments;
}

/** The time interval a dated fact covers, in ms since the epoch (UTC). */
export interface Interval {
  start: number;
  end: number;
  /** A day (or finer) is drawn as a point; longer precisions as bars. */
  point: boolean;
}

function parseIsoPrefix(value: string): { y: number; m?: number; d?: number } | null {
  const m = /^(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(value.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : undefined;
  const d = m[3] ? Number(m[3]) : undefined;
  if ((mo !== undefined && (mo < 1 || mo > 12)) || (d !== undefined && (d < 1 || d > 31))) return null;
  return { y, m: mo, d };
}

/** The end (exclusive) of the period an ISO prefix names at its own precision. */
function periodEnd(p: { y: number; m?: number; d?: number }, precision: string): number {
  if (p.d !== undefined) return Date.UTC(p.y, (p.m ?? 1) - 1, p.d + 1);
  if (p.m !== undefined) {
    const months = precision === 'season' ? 3 : 1;
    return Date.UTC(p.y, p.m - 1 + months, 1);
  }
  const years = precision === 'decade' ? 10 : 1;
  return Date.UTC(p.y + years, 0, 1);
}

/**
 * Maps a date (ISO prefix "2023", "2023-09", "2023-09-26", optionally with an
 * end_value for ranges) and its precision to the interval it covers: a month
 * is the whole month, a year the whole year, a decade ten years. Null for an
 * unresolved date.
 */
export function dateInterval(value: string | null | undefined, precision: string, endValue?: string): Interval | null {
  if (!value || precision === 'unresolved') return null;
  const p = parseIsoPrefix(value);
  if (!p) return null;
  const start = Date.UTC(p.y, (p.m ?? 1) - 1, p.d ?? 1);
  let end = periodEnd(p, precision);
  if (endValue) {
    const q = parseIsoPrefix(endValue);
    if (q) end = Math.max(end, periodEnd(q, precision));
  }
  const point = !endValue && p.d !== undefined;
  return { start, end, point };
}

/** "2023-09-26" → "26 سبتمبر 2023"-style display in Arabic month names. */
const MONTHS_AR = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];

export function formatIsoDate(value: string | null | undefined): string {
  if (!value) return '';
  const p = parseIsoPrefix(value);
  if (!p) return value;
  if (p.m === undefined) return String(p.y);
  const month = MONTHS_AR[p.m - 1];
  if (p.d === undefined) return `${month} ${p.y}`;
  return `${p.d} ${month} ${p.y}`;
}

export function monthNameAr(month0: number): string {
  return MONTHS_AR[month0];
}

/** Whether [a1, a2] (ISO prefixes, either may be empty) meets the range [from, to]. */
export function overlapsRange(first: string, last: string, from: string, to: string): boolean {
  if (!from && !to) return true;
  if (!first && !last) return false;
  const lo = first || last;
  const hi = last || first;
  // ISO prefixes compare lexicographically; pad the range ends so that a
  // "to" of 2023-09 includes 2023-09-30.
  if (from && hi < from && !hi.startsWith(from) && !from.startsWith(hi)) return false;
  if (to && lo > to && !lo.startsWith(to)) return false;
  return true;
}
