import { scaleTime } from 'd3-scale';
import { useEffect, useState } from 'preact/hooks';
import { api, type TimelineEntry } from '../api.js';
import { formatDate, html, link, STATUSES, StatusBadge } from '../html.js';

/** The server keeps the first three statements of a long history and the latest ones (timeline.ts HISTORY_HEAD). */
const HISTORY_HEAD = 3;

const TYPES = [
  '',
  'CONSULT',
  'AGREE',
  'REQUEST',
  'REJECT',
  'ACCUSE',
  'THREATEN',
  'SANCTION',
  'SUPPORT',
  'MOBILIZE',
  'COOPERATE',
  'AID',
  'CONCEDE',
  'RETREAT',
  'PROTEST',
  'COERCE',
  'ASSAULT',
];

function dayOf(entry: TimelineEntry): Date | null {
  const iso = entry.date?.start ?? entry.sortDate;
  return iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null;
}

/** The strip above the list: one marker per entry on a time axis, coloured by status. */
function Strip({ entries }: { entries: TimelineEntry[] }) {
  const dated = entries.map((e) => [e, dayOf(e)] as const).filter((p): p is readonly [TimelineEntry, Date] => p[1] !== null);
  if (dated.length === 0) return null;
  const times = dated.map(([, d]) => d.getTime());
  const min = new Date(Math.min(...times) - 86400000 * 60);
  const max = new Date(Math.max(...times) + 86400000 * 60);
  const width = 1000;
  const x = scaleTime()
    .domain([min, max])
    .range([20, width - 20]);
  const ticks = x.ticks(8);
  return html`<svg class="strip" viewBox="0 0 ${width} 70" role="img" aria-label="Timeline overview, ${dated.length} entries">
    <line x1="10" x2=${width - 10} y1="40" y2="40" class="axis" />
    ${ticks.map((t) => html`<g transform="translate(${x(t)},0)"><line y1="36" y2="44" class="axis" /><text y="62" text-anchor="middle" class="tick">${x.tickFormat(8)(t)}</text></g>`)}
    ${dated.map(
      ([e, d], i) =>
        html`<a href=${`#entry-${e.id}`}><circle cx=${x(d)} cy=${28 - (i % 3) * 8} r="6" class=${`dot status-${e.status}`}><title>${`${formatDate(e.date)} ${e.type} ${e.parties.join('–')}: ${STATUSES[e.status] ?? e.status}`}</title></circle></a>`,
    )}
  </svg>`;
}

/** The timeline: actions across pages, filterable by actor, type and status. */
export function TimelineView() {
  const [actors, setActors] = useState('');
  const [type, setType] = useState('');
  const [status, setStatus] = useState('');
  const [entries, setEntries] = useState<TimelineEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const actor = actors
      .split(/[\s,]+/)
      .map((a) => a.trim().toUpperCase())
      .filter(Boolean);
    api
      .timeline({ actor, type, status })
      .then((r) => {
        setEntries(r.items);
        setError(null);
      })
      .catch((e: Error) => setError(e.message));
  }, [actors, type, status]);
  return html`<section aria-labelledby="tl-h">
    <h1 id="tl-h">Timeline</h1>
    <form class="filters" onSubmit=${(e: Event) => e.preventDefault()}>
      <label>Actors <input name="actors" placeholder="RUS, USA" value=${actors} onChange=${(e: Event) => setActors((e.target as HTMLInputElement).value)} /></label>
      <label>Type <select name="type" value=${type} onChange=${(e: Event) => setType((e.target as HTMLSelectElement).value)}>${TYPES.map((t) => html`<option value=${t}>${t || 'any'}</option>`)}</select></label>
      <label>Status <select name="status" value=${status} onChange=${(e: Event) => setStatus((e.target as HTMLSelectElement).value)}>
        <option value="">any</option>${Object.entries(STATUSES).map(([k, v]) => html`<option value=${k}>${v}</option>`)}
      </select></label>
    </form>
    <p class="legend" aria-hidden="true">${Object.keys(STATUSES).map((s) => html`<${StatusBadge} status=${s} /> `)}</p>
    ${error && html`<p role="alert" class="error">${error}</p>`}
    ${entries === null ? html`<p>Loading…</p>` : entries.length === 0 ? html`<p>No actions match. Ingest pages first (Ingest tab).</p>` : null}
    ${entries && html`<${Strip} entries=${entries} />`}
    <ol class="timeline">
      ${(entries ?? []).map(
        (e) => html`<li id=${`entry-${e.id}`} class=${`entry status-${e.status}`} tabindex="-1">
          <div class="entry-head">
            <span class="when">${e.date ? formatDate(e.date) : `told ${e.firstTold ?? e.sortDate ?? '?'}`}</span>
            <strong>${e.type}${e.mode ? ` / ${e.mode}` : ''}</strong>
            <span class="parties">${e.parties.join(' – ')}</span>
            <${StatusBadge} status=${e.status} />
            ${e.location && html`<span class="where">in ${e.location}</span>`}
          </div>
          <ul class="history" aria-label="status history">
            ${e.statusHistory.map(
              (s, i) =>
                html`${i === HISTORY_HEAD && e.statementCount > e.statusHistory.length ? html`<li class="muted">… ${e.statementCount - e.statusHistory.length} more statements …</li>` : ''}<li><${StatusBadge} status=${s.status} /> <span class="when">${s.statedOn ?? 'date unknown'}</span> ${s.assertedBy ? html`<em>${s.assertedBy}:</em> ` : ''}<a href=${link(`/doc/${s.documentId}`)}>${s.evidence}</a></li>`,
            )}
          </ul>
          ${e.quotes.length > 0 && html`<ul class="key-quotes" aria-label="key quotes">${e.quotes.map((q) => html`<li><q>${q.content}</q> — ${q.speakerName ?? 'unknown'}</li>`)}</ul>`}
          <p class="sources">Sources: ${e.sources.map((s, i) => html`${i ? ', ' : ''}<a href=${link(`/doc/${s.documentId}`)}>${s.title ?? s.documentId}</a> (${s.published ?? 'date unknown'})`)}</p>
        </li>`,
      )}
    </ol>
  </section>`;
}
