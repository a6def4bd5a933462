// Test helpers for the dev server: raw HTTP requests (no URL normalising, any Host header) and a
// Server-Sent Events client that waits, with a deadline, for the event a test expects.
import { get, request, type IncomingMessage } from 'node:http';

export interface Answer {
  status: number;
  type: string;
  body: string;
}

/** A GET exactly as written: `path` goes on the request line untouched; the body as bytes. */
export function rawGetBytes(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Omit<Answer, 'body'> & { body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, timeout: 20_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type'] ?? ''), body: Buffer.concat(chunks) }));
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${path} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

/** rawGetBytes with the body as UTF-8 text. */
export async function rawGet(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  const answer = await rawGetBytes(port, path, headers, method);
  return { ...answer, body: answer.body.toString('utf8') };
}

export interface ServerEvent {
  event: string;
  data: unknown;
  /** performance.now() when it arrived. */
  at: number;
}

export interface EventStream {
  /** Resolves with the first event (already received or coming) that matches, or rejects after `timeoutMs`. */
  next(matches: (event: ServerEvent) => boolean, timeoutMs?: number): Promise<ServerEvent>;
  close(): void;
}

export function openEvents(url: string): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const received: ServerEvent[] = [];
    const waiters = new Set<() => void>();
    let buffer = '';
    const req = get(url, (response: IncomingMessage) => {
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) received.push({ event, data: JSON.parse(data), at: performance.now() });
          for (const wake of waiters) wake();
        }
      });
      resolve({
        next(matches, timeoutMs = 10_000) {
          return new Promise((found, failed) => {
            const check = () => {
              const index = received.findIndex(matches);
              if (index === -1) return false;
              cleanup();
              found(received.splice(index, 1)[0]!);
              return true;
            };
            const timer = setTimeout(() => {
              cleanup();
              failed(new Error(`no matching event within ${timeoutMs} ms; received: ${JSON.stringify(received)}`));
            }, timeoutMs);
            const cleanup = () => {
              clearTimeout(timer);
              waiters.delete(wake);
            };
            const wake = () => void check();
            if (!check()) waiters.add(wake);
          });
        },
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
  });
}
