// Typed access to the JSON API of `rased serve` (src/serve/routes.cc). The
// shapes mirror src/store/store_json.cc exactly; every string in them is
// untrusted article data and is only ever put into the page as text.

export interface MentionRef {
  doc: string;
  start: number;
  end: number;
  text: string;
}

export interface EntitySummary {
  id: string;
  type: string;
  name: string;
  name_latin: string;
  kb_id: string | null;
  aliases: string[];
  doc_count: number;
  mention_count: number;
  lat?: number;
  lon?: number;
  mentions?: MentionRef[];
}

export interface EntityRef {
  id: string | null;
  name: string;
}

export interface DateValue {
  value: string | null;
  precision: string;
  text: string;
  end_value?: string;
}

export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface Relation {
  id: number;
  type: string;
  args: Record<string, EntityRef[]>;
  date: DateValue | null;
  place: EntityRef | null;
  attribution: EntityRef | null;
  attribution_text: string;
  modality: string;
  confidence: number;
  doc: string;
  publisher: string;
  published: string;
  evidence: Evidence;
}

export interface Role {
  title: string;
  organization: EntityRef | null;
  doc: string;
  published: string;
  evidence: string;
}

export interface DocumentSummary {
  id: string;
  title: string;
  published: string;
  publisher: string;
  url: string;
  mention_count: number;
  near_duplicate_of: string | null;
}

export interface EntityProfile {
  entity: EntitySummary;
  description: string;
  roles: Role[];
  relations: Relation[];
  documents: DocumentSummary[];
  merge_reasons: string[];
}

export interface NetworkEdge {
  source: string;
  target: string;
  type: string;
  count: number;
  relations: number[];
  first_date: string;
  last_date: string;
}

export interface Network {
  nodes: EntitySummary[];
  edges: NetworkEdge[];
}

export interface Claim {
  value: string;
  low: number;
  high: number;
  rate: string;
  doc: string;
  publisher: string;
  published: string;
  source: EntityRef | null;
  source_text: string;
  evidence: Evidence;
}

export interface Conflict {
  kind: string;
  about: string;
  subject: EntityRef | null;
  claims: Claim[];
}

export interface SearchHit {
  kind: 'entity' | 'document' | string;
  id: string;
  title: string;
  snippet: string;
  score: number;
}

export interface Annotation {
  start: number;
  end: number;
  kind: string; // "mention" or a relation type
  entity: string | null;
  type: string | null; // mentions: the entity's type
  relation: number | null; // relations: the relation id (GET /api/relations?ids=)
  label: string;
}

export interface DocumentView {
  document: DocumentSummary;
  text: string;
  boilerplate_removed: string[];
  annotations: Annotation[];
}

export interface Counts {
  documents: number;
  entities: number;
  mentions: number;
  relations: number;
  quantities: number;
}

export interface IngestResult {
  documents: string[];
  stored: number;
  skipped: number;
  errors: { doc: string; error: string }[];
  totals: Record<string, unknown>;
}

/** An API failure: the server's {"error", "code"} body and HTTP status. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}

type Params = Record<string, string | number | undefined | null>;

function url(path: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') query.set(k, String(v));
  }
  const q = query.toString();
  return q ? `${path}?${q}` : path;
}

async function parse<T>(res: Response): Promise<T> {
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // A proxy or a crash may answer with HTML; report the status instead.
  }
  if (!res.ok) {
    const err = body as { error?: string; code?: string } | null;
    throw new ApiError(err?.error ?? `HTTP ${res.status}`, res.status, err?.code ?? '');
  }
  return body as T;
}

async function get<T>(path: string, params?: Params, signal?: AbortSignal): Promise<T> {
  // credentials: same-origin carries the rased_token cookie when the server has a token.
  const res = await fetch(url(path, params), { credentials: 'same-origin', signal });
  return parse<T>(res);
}

export const api = {
  stats: () => get<Counts>('/api/stats'),
  entities: (p: { type?: string; q?: string; min_docs?: number; limit?: number }) =>
    get<EntitySummary[]>('/api/entities', p),
  entity: (id: string) => get<EntityProfile>(`/api/entities/${encodeURIComponent(id)}`),
  relations: (p: { entity?: string; type?: string; from?: string; to?: string; limit?: number; ids?: string }) =>
    get<Relation[]>('/api/relations', p),
  timeline: (entity?: string) => get<Relation[]>('/api/timeline', { entity }),
  network: (entity: string, depth: number) => get<Network>('/api/network', { entity, depth }),
  path: (from: string, to: string) => get<Network>('/api/path', { from, to }),
  conflicts: () => get<Conflict[]>('/api/conflicts'),
  search: (q: string, limit = 30, signal?: AbortSignal) =>
    get<SearchHit[]>('/api/search', { q, limit }, signal),
  documents: (limit = 100, offset = 0) => get<DocumentSummary[]>('/api/documents', { limit, offset }),
  document: (id: string) => get<DocumentView>('/api/document', { id }),
  exportUrl: (format: string) => url('/api/export', { format }),

  async ingestFile(file: File): Promise<IngestResult> {
    const form = new FormData();
    form.append('files', file, file.name);
    const res = await fetch('/api/ingest', { method: 'POST', body: form, credentials: 'same-origin' });
    return parse<IngestResult>(res);
  },
  async ingestText(text: string, title: string): Promise<IngestResult> {
    const body: Record<string, string> = { text };
    if (title) body.title = title;
    const res = await fetch('/api/ingest', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
    return parse<IngestResult>(res);
  },
  async merge(keep: string, other: string): Promise<void> {
    const res = await fetch(url(`/api/entities/${encodeURIComponent(keep)}/merge`, { other }), {
      method: 'POST',
      credentials: 'same-origin',
    });
    await parse<unknown>(res);
  },
  async split(id: string): Promise<void> {
    const res = await fetch(`/api/entities/${encodeURIComponent(id)}/split`, {
      method: 'POST',
      credentials: 'same-origin',
    });
    await parse<unknown>(res);
  },
};
