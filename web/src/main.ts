import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { html } from './html.js';
import { ArticleView } from './views/article.js';
import { DocumentsView, IngestView, PeopleView, SearchView, SpeakerView, StoriesView } from './views/pages.js';
import { TimelineView } from './views/timeline.js';

function useRoute(): string {
  const [route, setRoute] = useState(location.hash.slice(1) || '/timeline');
  useEffect(() => {
    const update = () => {
      setRoute(location.hash.slice(1) || '/timeline');
      document.querySelector<HTMLElement>('main')?.focus();
    };
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}

const NAV: Array<[string, string]> = [
  ['/timeline', 'Timeline'],
  ['/stories', 'Stories'],
  ['/pages', 'Pages'],
  ['/people', 'People'],
  ['/search', 'Search'],
  ['/ingest', 'Ingest'],
];

function App() {
  const route = useRoute();
  const [path = '', queryString = ''] = route.split('?');
  const params = new URLSearchParams(queryString);
  const [, section = '', id = ''] = path.split('/');
  let view: unknown;
  if (section === 'doc' && id) view = html`<${ArticleView} id=${decodeURIComponent(id)} />`;
  else if (section === 'speaker' && id) view = html`<${SpeakerView} id=${decodeURIComponent(id)} />`;
  else if (section === 'stories') view = html`<${StoriesView} />`;
  else if (section === 'pages') view = html`<${DocumentsView} />`;
  else if (section === 'people') view = html`<${PeopleView} />`;
  else if (section === 'search') view = html`<${SearchView} initial=${params.get('q') ?? ''} />`;
  else if (section === 'ingest') view = html`<${IngestView} />`;
  else view = html`<${TimelineView} />`;
  return html`<a class="skip" href="#main" onClick=${(e: Event) => {
    e.preventDefault();
    document.querySelector<HTMLElement>('main')?.focus();
  }}>Skip to content</a>
    <header><span class="brand">dateline</span>
      <nav aria-label="Main">${NAV.map(([href, label]) => html`<a href=${`#${href}`} aria-current=${path.startsWith(href) ? 'page' : undefined}>${label}</a>`)}</nav>
    </header>
    <main id="main" tabindex="-1">${view}</main>`;
}

render(html`<${App} />`, document.getElementById('app') as HTMLElement);
