import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A running static file server. */
export interface StaticServer {
  /** Where it answers, without a trailing slash: `http://127.0.0.1:43127`. */
  readonly url: string;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
};

/**
 * Text types, sent gzipped to a client that accepts it, as static hosts do: measured on this server, the
 * site loads as its readers get it. Fonts and pictures are compressed already.
 */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);

export interface ServeOptions {
  /** Port to listen on; 0 (the default) takes any free one, so two runs never collide. */
  readonly port?: number;
}

/**
 * Serves the files under `dir` on 127.0.0.1: `GET` and `HEAD` only, `index.html` for a folder, 404 for
 * anything missing or outside `dir`, text gzipped when the client accepts it. Resolves once it is
 * listening; rejects when it cannot listen, saying so when the port is taken.
 */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const server = createServer(createStaticHandler(dir));
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      rejectListen(listenError(error, options.port ?? 0)),
    );
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        // A browser keeps connections alive; without this, close() waits for it to let go.
        server.closeAllConnections();
      }),
  };
}

/**
 * The request handler of `serveStatic`, for a server that answers other paths itself (the live server):
 * `GET` and `HEAD` of the files under `dir`, 404 for anything missing or outside it.
 */
export function createStaticHandler(
  dir: string,
): (request: IncomingMessage, response: ServerResponse) => void {
  const root = resolve(dir);
  const gzipCache: GzipCache = new Map();
  return (request, response) => {
    handleRequest(root, gzipCache, request, response).catch(() => sendStatus(response, 500));
  };
}

/**
 * Gzipped bodies by path, each kept with the digest of the bytes it was made from, as a static host keeps
 * them: compressing on every request would take the machine's cores from the browser while the bench
 * times a page load. A file that changed is compressed again.
 */
type GzipCache = Map<string, { readonly digest: string; readonly body: Buffer }>;

async function gzipped(cache: GzipCache, path: string): Promise<Buffer> {
  const bytes = await readFile(path);
  const digest = createHash('sha256').update(bytes).digest('hex');
  const cached = cache.get(path);
  if (cached?.digest === digest) return cached.body;
  const body = gzipSync(bytes);
  cache.set(path, { digest, body });
  return body;
}

async function handleRequest(
  root: string,
  gzipCache: GzipCache,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return sendStatus(response, 405);
  }
  const file = await findFile(root, request.url ?? '/');
  if (!file) return sendStatus(response, 404);
  const extension = extname(file.path).toLowerCase();
  const headers = {
    'Content-Type': MIME_TYPES[extension] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    Vary: 'Accept-Encoding',
  };
  if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
    const body = await gzipped(gzipCache, file.path);
    response.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': body.length });
    return void response.end(request.method === 'HEAD' ? undefined : body);
  }
  response.writeHead(200, { ...headers, 'Content-Length': file.size });
  if (request.method === 'HEAD') return void response.end();
  createReadStream(file.path)
    .on('error', () => response.destroy())
    .pipe(response);
}

/** The file a request URL names under `root`, or undefined when there is none or it lies outside. */
async function findFile(root: string, url: string): Promise<{ path: string; size: number } | undefined> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  const path = resolve(join(root, pathname));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  const stats = await stat(path).catch(() => undefined);
  if (stats?.isFile()) return { path, size: stats.size };
  if (!stats?.isDirectory()) return undefined;
  const index = join(path, 'index.html');
  const indexStats = await stat(index).catch(() => undefined);
  return indexStats?.isFile() ? { path: index, size: indexStats.size } : undefined;
}

function listenError(error: NodeJS.ErrnoException, port: number): Error {
  if (error.code !== 'EADDRINUSE') return error;
  return new Error(`Port ${port} on 127.0.0.1 is in use.`, { cause: error });
}

function sendStatus(response: ServerResponse, status: number): void {
  if (response.headersSent) return void response.destroy();
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(`${status}\n`);
}
