// Live reload over Server-Sent Events: the server tells open pages what changed after each
// rebuild; a small script, injected into pages by the dev server only (never into built
// output), swaps in the page's new body when the page is affected, reloads the style sheet in
// place when the CSS changed, and falls back to a full reload (keeping the scroll position).
import type { ServerResponse } from 'node:http';

export const clientPath = '_dev/client.js';
export const eventsPath = '_dev/events';

export interface ReloadEvent {
  /** Increases with every rebuild that changed something a page can show. */
  version: number;
  /** Site paths whose bytes changed. */
  changed: string[];
  /** The list of content errors changed (the overlay appears, changes or goes). */
  problemsChanged: boolean;
}

export class EventHub {
  readonly #clients = new Set<ServerResponse>();
  readonly #keepAlive: NodeJS.Timeout;

  constructor() {
    // Proxies and browsers close idle streams; a comment every 15 s keeps them open.
    this.#keepAlive = setInterval(() => {
      for (const client of this.#clients) client.write(': \n\n');
    }, 15_000);
    this.#keepAlive.unref();
  }

  get size(): number {
    return this.#clients.size;
  }

  /** Takes over a request to the events path; `hello` tells a (re)connecting page the version. */
  connect(response: ServerResponse, version: number): void {
    response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    response.write(`retry: 500\nevent: hello\ndata: ${JSON.stringify({ version })}\n\n`);
    this.#clients.add(response);
    response.on('close', () => this.#clients.delete(response));
  }

  send(event: ReloadEvent): void {
    const message = `event: reload\ndata: ${JSON.stringify(event)}\n\n`;
    for (const client of this.#clients) client.write(message);
  }

  close(): void {
    clearInterval(this.#keepAlive);
    for (const client of this.#clients) client.end();
    this.#clients.clear();
  }
}

/**
 * Adds the live-reload script (and `extra` markup, e.g. the error overlay) to a page of the dev
 * server, just before `</body>`. `always`: reload on every change (404 and preview pages).
 */
export function injectClient(html: string, version: number, options: { extra?: string; always?: boolean } = {}): string {
  const tag = `${options.extra ?? ''}<script src="/${clientPath}" async data-version="${version}"${options.always ? ' data-always' : ''}></script>`;
  const at = html.lastIndexOf('</body>');
  return at === -1 ? html + tag : html.slice(0, at) + tag + html.slice(at);
}

export const clientScript = `// glossar dev: live reload (served by the dev server only)
(() => {
  const script = document.currentScript;
  let version = Number(script.dataset.version);
  const always = 'always' in script.dataset;
  const here = decodeURIComponent(location.pathname).replace(/^[/]/, '') || 'index.html';
  const scrollKey = 'glossar-dev-scroll:' + location.pathname;
  const saved = sessionStorage.getItem(scrollKey);
  if (saved !== null) {
    sessionStorage.removeItem(scrollKey);
    window.scrollTo(0, Number(saved));
    addEventListener('load', () => window.scrollTo(0, Number(saved)));
  }
  const reload = () => {
    sessionStorage.setItem(scrollKey, String(window.scrollY));
    location.reload();
  };
  const watchOverlay = () => {
    const overlay = document.getElementById('glossar-fehler');
    overlay?.querySelector('button')?.addEventListener('click', () => overlay.remove());
  };
  // Swaps in the new body and title instead of navigating: style sheets, fonts and the scroll
  // position stay, so the change shows at once. (Scripts in the new body stay inert.)
  let queue = Promise.resolve();
  const refresh = () => {
    queue = queue.then(async () => {
      try {
        const response = await fetch(location.pathname + location.search, { cache: 'no-store' });
        if (!(response.headers.get('content-type') || '').startsWith('text/html')) throw new Error('not a page');
        const next = new DOMParser().parseFromString(await response.text(), 'text/html');
        document.title = next.title;
        document.body.replaceWith(document.adoptNode(next.body));
        watchOverlay();
      } catch {
        reload();
      }
    });
  };
  const events = new EventSource('/${eventsPath}');
  events.addEventListener('hello', (event) => {
    if (JSON.parse(event.data).version !== version) reload();
  });
  events.addEventListener('reload', (event) => {
    const data = JSON.parse(event.data);
    if (data.version <= version) return;
    version = data.version;
    if (data.changed.some((path) => path.endsWith('.css'))) {
      for (const link of document.querySelectorAll('link[rel="stylesheet"]')) link.href = link.href.split('?')[0] + '?v=' + data.version;
    }
    if (data.problemsChanged || always || data.changed.includes(here)) refresh();
  });
  watchOverlay();
})();
`;
