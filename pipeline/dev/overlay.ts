// The error overlay of the dev server: German furniture around each content error as
// `file:line:column  reason`, laid over the last good page so the editor keeps their place.
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { VFile } from 'vfile';

/** Each error (with `strict`, also each warning) of the content as `file:line:column  reason`. */
export function problemLines(files: readonly VFile[], strict: boolean): string[] {
  return files.flatMap((file) =>
    [...file.messages]
      .filter((message) => message.fatal === true || (strict && message.fatal === false))
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
      .map((message) => `${file.path}${message.line ? `:${message.line}:${message.column ?? 1}` : ''}  ${message.reason}`),
  );
}

const style = `#glossar-fehler{position:fixed;inset:auto 0 0 0;max-height:70vh;overflow:auto;z-index:2147483647;margin:0;padding:1rem 1.25rem 1.25rem;
background:#2b0d12;color:#fff;font:15px/1.45 system-ui,sans-serif;box-shadow:0 -4px 24px rgba(0,0,0,.4);border-top:4px solid #f28b9b}
#glossar-fehler h2{margin:0 0 .25rem;font-size:1.15rem}#glossar-fehler p{margin:.25rem 0 .75rem;color:#f6d6db}
#glossar-fehler ol{margin:0;padding-left:1.25rem}#glossar-fehler li{margin:.3rem 0;white-space:pre-wrap}
#glossar-fehler code{font:13px/1.4 ui-monospace,monospace;color:#ffd479}#glossar-fehler button{float:right;font:inherit;cursor:pointer}`;

export function overlayHtml(problems: readonly string[]): string {
  const count = problems.length === 1 ? '1 Fehler' : `${problems.length} Fehler`;
  const tree = h('div', { id: 'glossar-fehler', role: 'alert', lang: 'de' }, [
    h('style', style),
    h('button', { type: 'button' }, 'Ausblenden'),
    h('h2', `Der Inhalt enthält ${count}`),
    h('p', 'Die Vorschau zeigt den letzten fehlerfreien Stand. Sobald die Datei korrigiert und gespeichert ist, verschwindet dieser Hinweis.'),
    h('ol', problems.map((line) => {
      const [place, ...reason] = line.split('  ');
      return h('li', [h('code', place), `  ${reason.join('  ')}`]);
    })),
  ]);
  return toHtml(tree);
}
