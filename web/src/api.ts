/** Typed calls to the dateline HTTP API. Every error becomes an ApiError with the server's code. */

export interface Span {
  start: number;
  end: number;
}
export interface DateValue {
  start: string;
  end: string;
  granularity: string;
  candidates?: DateValue[];
  inferred: boolean;
  evidence?: Span[];
  decidingClue?: string;
}
export interface Entity {
  id: string;
  name: string;
  type: string;
  country?: string;
  sector?: string;
  kb?: string;
  roles: string[];
  mentions: Span[];
}
export interface Quote extends Span {
  kind: string;
  cue: Span | null;
  speaker: Span | null;
  speakerId: string | null;
  speakerName: string | null;
  confidence: number;
}
export interface EventRecord extends Span {
  actionId: string;
  type: string;
  mode: string | null;
  status: string;
  actors: string[];
  recipients: string[];
  assertedBy: string | null;
  date: DateValue | null;
  location: string | null;
  evidence: Span | Span[];
}
export interface Mention extends Span {
  type: string;
  entityId?: string;
}
export interface Timex extends Span {
  value: DateValue | null;
}
export interface Furniture extends Span {
  class: string;
  rule: string;
}
export interface Doc {
  id: string;
  origin: { name: string };
  text: string;
  source?: string;
  meta: {
    outlet: string | null;
    title: string | null;
    standfirst: string | null;
    dateline: { place: string; month: number | null; day: number | null } | null;
    published: DateValue | null;
    language: string | null;
    section: string | null;
    pageTime: { text: string } | null;
    tags: Record<string, string[]>;
  };
  layers: {
    paragraphs?: (Span & { kind: string })[];
    quotes?: Quote[];
    events?: EventRecord[];
    mentions?: Mention[];
    timexes?: Timex[];
    furniture?: Furniture[];
  };
  entities: Entity[];
}
export interface TimelineEntry {
  id: string;
  type: string;
  mode: string | null;
  parties: string[];
  date: DateValue | null;
  sortDate: string | null;
  firstTold: string | null;
  status: string;
  location: string | null;
  statusHistory: {
    status: string;
    statedOn: string | null;
    documentId: string;
    title: string | null;
    assertedBy: string | null;
    evidence: string;
  }[];
  statementCount: number;
  sources: { documentId: string; title: string | null; published: string | null }[];
  quotes: { documentId: string; speakerName: string | null; content: string }[];
}
export interface EntityRow {
  id: number;
  name: string;
  type: string;
  country: string | null;
  documents: number;
  mentions: number;
}
export interface QuoteRow {
  documentId: string;
  title: string | null;
  published: string | null;
  speakerName: string | null;
  kind: string;
  content: string;
  saidStart: string | null;
}
export interface SearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  snippet: string;
}
export interface DocumentRow {
  id: string;
  status: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  reason: string | null;
  origin: string;
}

export interface StoryMember {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  publishedRange: { start: string; end: string } | null;
  duplicateOf: string | null;
}
export interface Story {
  id: string;
  pages: number;
  duplicates: number;
  firstPublished: string | null;
  lastPublished: string | null;
  /** When no page has a known day: the range its pages fall in. */
  publishedRange: { start: string; end: string } | null;
  outlets: string[];
  title: string | null;
  members: StoryMember[];
}
export interface DocumentStory {
  story: Story | null;
  duplicateOf: string | null;
  similarity: number | null;
}

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, init);
  const body = (await response.json().catch(() => null)) as (T & { error?: { code: string; message: string } }) | null;
  if (!response.ok || body === null) {
    throw new ApiError(body?.error?.code ?? 'HTTP', body?.error?.message ?? `request failed with status ${response.status}`);
  }
  return body;
}

function query(params: Record<string, string | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) if (v) search.append(key, v);
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}

export const api = {
  documents: () => call<{ items: DocumentRow[] }>('/api/documents?limit=500'),
  document: (id: string, furniture = false) => call<Doc>(`/api/documents/${encodeURIComponent(id)}${furniture ? '?furniture=1' : ''}`),
  stories: () => call<{ items: (Omit<Story, 'members'> & { members?: StoryMember[] })[] }>('/api/stories?limit=200&members=1'),
  documentStory: (id: string) => call<DocumentStory>(`/api/documents/${encodeURIComponent(id)}/story`),
  timeline: (filter: { actor?: string[]; type?: string; status?: string }) =>
    call<{ items: TimelineEntry[] }>(`/api/timeline${query(filter)}`),
  entities: (q?: string) => call<{ items: EntityRow[] }>(`/api/entities${query({ q, limit: '200' })}`),
  entity: (id: string) =>
    call<EntityRow & { roles: string[]; kb: string | null; documentIds: string[]; quotes: QuoteRow[] }>(
      `/api/entities/${encodeURIComponent(id)}`,
    ),
  search: (q: string) => call<{ items: SearchHit[] }>(`/api/search${query({ q, limit: '50' })}`),
  ingest: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return call<{
      stored: number;
      refused: number;
      unchanged: number;
      failures: { input: string; message: string; code: string }[];
      refusals: { input: string; reason: string }[];
    }>('/api/ingest', { method: 'POST', body: form });
  },
};
