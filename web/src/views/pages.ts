import { useEffect, useRef, useState } from 'preact/hooks';
import { api, type DocumentRow, type EntityRow, type QuoteRow, type SearchHit } from '../api.js';
import { html, link, memberDate, storyDates } from '../html.js';

/** The speaker page: everything a person said, over time. */
export function SpeakerView({ id }: { id: string }) {
  const [entity, setEntity] = useState<(EntityRow & { roles: string[]; kb: string | null; quotes: QuoteRow[] }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api
      .entity(id)
      .then(setEntity)
      .catch((e: Error) => setError(e.message));
  }, [id]);
  if (error) return html`<p role="alert" class="error">${error}</p>`;
  if (!entity) return html`<p>Loading…</p>`;
  return html`<section aria-labelledby="sp-h">
    <h1 id="sp-h">${entity.name}</h1>
    <p class="kicker">${entity.type}${entity.country ? ` · ${entity.country}` : ''}${entity.kb ? ` · ${entity.kb}` : ''} · in ${entity.documents} pages</p>
    ${entity.roles.length > 0 && html`<p>Roles seen: ${entity.roles.join('; ')}</p>`}
    <h2>What ${entity.name} said (${entity.quotes.length})</h2>
    <ol class="quotes">
      ${entity.quotes.map(
        (q) =>
          html`<li><span class="when">${q.saidStart ?? q.published ?? 'date unknown'}</span> <span class="badge">${q.kind}</span> <q>${q.content}</q> <a href=${link(`/doc/${q.documentId}`)}>${q.title ?? q.documentId}</a></li>`,
      )}
    </ol>
  </section>`;
}

/** People and organisations, most present first. */
export function PeopleView() {
  const [rows, setRows] = useState<EntityRow[]>([]);
  useEffect(() => {
    api.entities().then((r) => setRows(r.items));
  }, []);
  return html`<section aria-labelledby="pp-h"><h1 id="pp-h">People and organisations</h1>
    <table><thead><tr><th>name</th><th>type</th><th>country</th><th>pages</th></tr></thead><tbody>
    ${rows.map((r) => html`<tr><td><a href=${link(`/speaker/${r.id}`)}>${r.name}</a></td><td>${r.type}</td><td>${r.country ?? ''}</td><td>${r.documents}</td></tr>`)}
    </tbody></table></section>`;
}

/** The stored pages. */
export function DocumentsView() {
  const [rows, setRows] = useState<DocumentRow[]>([]);
  useEffect(() => {
    api.documents().then((r) => setRows(r.items));
  }, []);
  return html`<section aria-labelledby="dc-h"><h1 id="dc-h">Pages</h1>
    <table><thead><tr><th>published</th><th>outlet</th><th>title</th></tr></thead><tbody>
    ${rows.map(
      (r) =>
        html`<tr><td>${r.published ?? '—'}</td><td>${r.outlet ?? ''}</td><td>${r.status === 'article' ? html`<a href=${link(`/doc/${r.id}`)}>${r.title ?? r.origin}</a>` : html`<span class="muted">refused (${r.reason}): ${r.origin}</span>`}</td></tr>`,
    )}
    </tbody></table></section>`;
}

/** The stories ingest grouped pages into, newest first, each with its pages. */
export function StoriesView() {
  const [rows, setRows] = useState<Awaited<ReturnType<typeof api.stories>>['items'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api
      .stories()
      .then((r) => setRows(r.items))
      .catch((e: Error) => setError(e.message));
  }, []);
  if (error) return html`<p role="alert" class="error">${error}</p>`;
  if (!rows) return html`<p>Loading…</p>`;
  return html`<section aria-labelledby="st-h"><h1 id="st-h">Stories</h1>
    <p class="muted">Pages that tell the same story, across outlets; near-duplicates are marked. A story whose pages have no known day shows the range they fall in ("day open"), or "date open" when nothing is known.</p>
    <ol class="stories">${rows.map(
      (story) => html`<li><h2>${story.title ?? story.id}</h2>
        <p class="muted">${story.pages} ${story.pages === 1 ? 'page' : 'pages'}${story.duplicates ? `, ${story.duplicates} near-duplicate${story.duplicates === 1 ? '' : 's'}` : ''} · ${storyDates(story)} · ${story.outlets.join(', ')}</p>
        <ul>${(story.members ?? []).map(
          (m) =>
            html`<li><a href=${link(`/doc/${m.id}`)}>${m.title ?? m.id}</a> <small>${m.outlet ?? 'outlet unknown'} · ${memberDate(m)}${m.duplicateOf ? ' · near-duplicate' : ''}</small></li>`,
        )}</ul></li>`,
    )}</ol></section>`;
}

/** Renders an FTS snippet whose matches are bracketed, as text with <mark>s (never as HTML). */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\[[^\]]*\])/g);
  return html`<span>${parts.map((p) => (p.startsWith('[') && p.endsWith(']') ? html`<mark>${p.slice(1, -1)}</mark>` : p))}</span>`;
}

/** Full-text search. */
export function SearchView({ initial }: { initial: string }) {
  const [q, setQ] = useState(initial);
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = (value: string) => {
    if (!value.trim()) return;
    api
      .search(value)
      .then((r) => {
        setHits(r.items);
        setError(null);
      })
      .catch((e: Error) => setError(e.message));
  };
  useEffect(() => run(initial), [initial]);
  return html`<section aria-labelledby="se-h"><h1 id="se-h">Search</h1>
    <form role="search" onSubmit=${(e: Event) => {
      e.preventDefault();
      location.hash = `#/search?q=${encodeURIComponent(q)}`;
      run(q);
    }}>
      <label>Words or "a phrase" <input type="search" name="q" value=${q} onInput=${(e: Event) => setQ((e.target as HTMLInputElement).value)} /></label>
      <button type="submit">Search</button>
    </form>
    ${error && html`<p role="alert" class="error">${error}</p>`}
    ${hits && html`<p>${hits.length} pages</p>`}
    <ol class="hits">${(hits ?? []).map((h) => html`<li><a href=${link(`/doc/${h.id}`)}>${h.title ?? h.id}</a> <span class="muted">${h.outlet ?? ''} ${h.published ?? ''}</span><br /><${Snippet} text=${h.snippet} /></li>`)}</ol>
  </section>`;
}

interface Upload {
  name: string;
  state: 'waiting' | 'sending' | 'stored' | 'refused' | 'unchanged' | 'failed';
  detail: string;
}

/** Ingest by drag and drop (or a file picker), one upload per file so progress shows. */
export function IngestView() {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [over, setOver] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  const send = async (files: File[]) => {
    const list: Upload[] = files.map((f) => ({ name: f.name, state: 'waiting', detail: '' }));
    setUploads([...list]);
    for (const [i, file] of files.entries()) {
      list[i] = { ...(list[i] as Upload), state: 'sending' };
      setUploads([...list]);
      try {
        const r = await api.ingest(file);
        const state: Upload['state'] = r.failures.length ? 'failed' : r.stored ? 'stored' : r.refused ? 'refused' : 'unchanged';
        const detail = r.failures[0]?.message ?? r.refusals[0]?.reason ?? '';
        list[i] = { name: file.name, state, detail };
      } catch (e) {
        list[i] = { name: file.name, state: 'failed', detail: (e as Error).message };
      }
      setUploads([...list]);
    }
  };
  const done = uploads.filter((u) => u.state !== 'waiting' && u.state !== 'sending').length;
  return html`<section aria-labelledby="in-h"><h1 id="in-h">Ingest pages</h1>
    <div class=${`drop${over ? ' over' : ''}`} role="button" tabindex="0" aria-describedby="drop-help"
      onClick=${() => picker.current?.click()}
      onKeyDown=${(e: KeyboardEvent) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          picker.current?.click();
        }
      }}
      onDragOver=${(e: DragEvent) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave=${() => setOver(false)}
      onDrop=${(e: DragEvent) => {
        e.preventDefault();
        setOver(false);
        send([...(e.dataTransfer?.files ?? [])]);
      }}>
      <p id="drop-help">Drop HTML pages, text dumps or JSONL files here, or press Enter to choose files.</p>
      <input ref=${picker} type="file" multiple hidden onChange=${(e: Event) => send([...((e.target as HTMLInputElement).files ?? [])])} />
    </div>
    ${uploads.length > 0 && html`<progress max=${uploads.length} value=${done} aria-label="ingest progress">${done}/${uploads.length}</progress> <span>${done} of ${uploads.length}</span>`}
    <ul class="uploads">${uploads.map((u) => html`<li class=${`upload-${u.state}`}>${u.name}: ${u.state}${u.detail ? ` — ${u.detail}` : ''}</li>`)}</ul>
  </section>`;
}
