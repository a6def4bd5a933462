// Turns a request's URL into a path of the built site, or says why it cannot be one. The dev
// server only ever looks paths up in its in-memory site, so no request can name a file on disk;
// these checks refuse traversal attempts early and plainly (403) instead of as a miss (404).
export type RequestPath = { path: string } | { refused: string };

export function requestPath(url: string): RequestPath {
  const raw = url.split(/[?#]/, 1)[0]!;
  if (!raw.startsWith('/')) return { refused: 'not an absolute path' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { refused: 'bad percent-encoding' };
  }
  if (/[\u0000-\u001f\\]/.test(decoded)) return { refused: 'control character or backslash' };
  const segments = decoded.slice(1).split('/');
  const last = segments.length - 1;
  if (segments.some((segment, index) => segment === '..' || segment === '.' || (segment === '' && index !== last))) return { refused: 'dot or empty segment' };
  if (decoded === '/') return { path: 'index.html' };
  return { path: decoded.slice(1) };
}

const types: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  woff2: 'font/woff2',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
};

export function contentType(path: string): string {
  return types[path.slice(path.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';
}
