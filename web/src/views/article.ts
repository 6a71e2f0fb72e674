import { useEffect, useState } from 'preact/hooks';
import { api, type Doc, type DocumentStory } from '../api.js';
import { collectMarks, type Mark, segment } from '../highlight.js';
import { formatDate, html, link, memberDate, storyDates } from '../html.js';

const LAYERS: Array<[Mark['kind'], string]> = [
  ['quote', 'Quotes'],
  ['entity', 'Entities'],
  ['event', 'Events'],
  ['date', 'Dates'],
];

/** The article view: clean text with highlighted spans, the resolution on hover or focus, and the removed furniture on demand. */
export function ArticleView({ id }: { id: string }) {
  const [doc, setDoc] = useState<Doc | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [showFurniture, setShowFurniture] = useState(false);
  const [shown, setShown] = useState<Record<string, boolean>>({ quote: true, entity: true, event: true, date: false });
  const [speakers, setSpeakers] = useState(new Map<string, string>());
  const [focus, setFocus] = useState<string>('');
  const [story, setStory] = useState<DocumentStory | null>(null);
  useEffect(() => {
    api
      .documentStory(id)
      .then(setStory)
      .catch(() => setStory(null));
    api
      .document(id, true)
      .then(setDoc)
      .catch((e: Error) => setError(e.message));
    api
      .entities()
      .then((r) => setSpeakers(new Map(r.items.map((e) => [e.name, `/speaker/${e.id}`]))))
      .catch(() => undefined);
  }, [id]);
  if (error) return html`<p role="alert" class="error">${error}</p>`;
  if (!doc) return html`<p>Loading…</p>`;
  const marks = collectMarks(doc, speakers).filter((m) => shown[m.kind]);
  const m = doc.meta;
  return html`<article aria-labelledby="doc-title">
    <p class="kicker">${m.outlet ?? 'outlet unknown'}${m.section ? ` · ${m.section}` : ''} · ${formatDate(m.published)}${m.dateline ? ` · dateline ${m.dateline.place}` : ''}</p>
    <h1 id="doc-title">${m.title ?? '(no title)'}</h1>
    ${m.standfirst && html`<p class="standfirst">${m.standfirst}</p>`}
    <fieldset class="toggles"><legend>Highlight</legend>
      ${LAYERS.map(([kind, label]) => html`<label class=${`key-${kind}`}><input type="checkbox" checked=${shown[kind]} onChange=${() => setShown({ ...shown, [kind]: !shown[kind] })} /> ${label}</label>`)}
      <label><input type="checkbox" checked=${showFurniture} onChange=${() => setShowFurniture(!showFurniture)} /> Removed furniture</label>
    </fieldset>
    <p class="explain" aria-live="polite">${focus || 'Hover or focus a highlighted passage to see what dateline read there.'}</p>
    <div class="text">
      ${(doc.layers.paragraphs ?? []).map((p) => {
        const parts = segment(p.start, p.end, marks).map((s) => {
          const text = doc.text.slice(s.start, s.end);
          if (s.marks.length === 0) return text;
          const label = s.marks.map((mk) => mk.label).join(' | ');
          const classes = s.marks.map((mk) => `mark-${mk.kind}${mk.kind === 'quote' ? ` speaker-${mk.colour}` : ''}`).join(' ');
          const href = s.marks.find((mk) => mk.href)?.href;
          const on = () => setFocus(label);
          return html`<mark class=${classes} data-kinds=${s.marks.map((mk) => mk.kind).join(' ')} title=${label} tabindex="0" onMouseEnter=${on} onFocus=${on}>${href ? html`<a href=${link(href)} tabindex="-1">${text}</a>` : text}</mark>`;
        });
        return p.kind === 'heading' ? html`<h2>${parts}</h2>` : html`<p>${parts}</p>`;
      })}
    </div>
    ${
      showFurniture &&
      html`<section class="furniture" aria-label="Removed furniture"><h2>Removed from the page</h2>
      <table><thead><tr><th>class</th><th>rule</th><th>text</th></tr></thead><tbody>
      ${(doc.layers.furniture ?? []).map((f) => html`<tr><td>${f.class}</td><td>${f.rule}</td><td>${(doc.source ?? '').slice(f.start, f.end)}</td></tr>`)}
      </tbody></table></section>`
    }
    ${
      doc.entities.length > 0 &&
      html`<section><h2>Who is who</h2><ul class="entities">${doc.entities.map(
        (e) =>
          html`<li>${speakers.get(e.name) ? html`<a href=${link(speakers.get(e.name) as string)}>${e.name}</a>` : e.name} <small>${e.type}${e.country ? `, ${e.country}` : ''}${e.roles.length ? ` — ${e.roles.join(', ')}` : ''}</small></li>`,
      )}</ul></section>`
    }
    ${story?.story && html`<${StorySection} id=${doc.id} placed=${story} />`}
    <p class="origin">Source file: ${doc.origin.name} · id ${doc.id}</p>
  </article>`;
}

/** The story the page belongs to: its other pages, oldest first, and which of them copy which. */
function StorySection({ id, placed }: { id: string; placed: DocumentStory }) {
  const story = placed.story;
  if (!story) return null;
  const others = story.members.filter((m) => m.id !== id);
  return html`<section aria-label="Story"><h2>Story ${story.id}</h2>
    <p>${story.pages} ${story.pages === 1 ? 'page' : 'pages'}${story.outlets.length ? ` from ${story.outlets.join(', ')}` : ''}${story.firstPublished || story.publishedRange ? `, ${storyDates(story)}` : ''}.
    ${placed.duplicateOf ? html` This page is a near-duplicate of <a href=${link(`/doc/${placed.duplicateOf}`)}>another page</a> (estimated overlap ${Math.round((placed.similarity ?? 0) * 100)}%).` : ''}</p>
    ${
      others.length > 0
        ? html`<ul class="story">${others.map(
            (m) =>
              html`<li><a href=${link(`/doc/${m.id}`)}>${m.title ?? m.id}</a> <small>${m.outlet ?? 'outlet unknown'} · ${memberDate(m)}${m.duplicateOf ? ' · near-duplicate' : ''}</small></li>`,
          )}</ul>`
        : html`<p>No other stored page tells this story yet.</p>`
    }
  </section>`;
}
