// A tiny static server for a built site, on 127.0.0.1 and a random free port, under a base
// path (`/` or e.g. `/world/explainers/`), the way a static host serves `dist/`:
// folders answer with their index.html, a folder without its trailing slash redirects,
// text is gzipped when the client asks for it, and unknown paths get 404.html with status 404.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.csv', '.svg', '.webmanifest']);

/** '/world/explainers' or 'world/explainers/' -> '/world/explainers/'; '' -> '/'. */
export function normalizeBase(base = '/') {
  const trimmed = String(base).replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Serves `root` under `base`. Resolves to { origin, base, url(path), close() } where
 * url('explainers/x/') is the absolute address of a page relative to the base.
 */
export async function serve(root, { base = '/' } = {}) {
  const prefix = normalizeBase(base);
  const server = createServer((req, res) => handle(root, prefix, req, res));
  server.keepAliveTimeout = 1000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    base: prefix,
    url: (path = '') => `${origin}${prefix}${String(path).replace(/^\/+/, '')}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve(undefined));
      }),
  };
}

function handle(root, prefix, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  if (pathname === prefix.slice(0, -1) && prefix !== '/') return redirect(res, prefix);
  if (!pathname.startsWith(prefix)) return notFound(root, req, res);
  const relative = pathname.slice(prefix.length);
  const file = normalize(join(root, relative));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return notFound(root, req, res);

  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!pathname.endsWith('/')) return redirect(res, `${pathname}/`);
    const index = join(file, 'index.html');
    if (existsSync(index)) return send(req, res, 200, index);
    return notFound(root, req, res);
  }
  if (existsSync(file) && statSync(file).isFile()) return send(req, res, 200, file);
  // Some hosts serve /page for page.html; Astro's 'file' format needs it.
  if (existsSync(`${file}.html`)) return send(req, res, 200, `${file}.html`);
  return notFound(root, req, res);
}

function redirect(res, location) {
  res.writeHead(301, { location, 'content-type': 'text/plain; charset=utf-8' }).end(`Moved to ${location}`);
}

function notFound(root, req, res) {
  const page = join(root, '404.html');
  if (existsSync(page)) return send(req, res, 404, page);
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
}

function send(req, res, status, file) {
  const ext = extname(file).toLowerCase();
  const headers = {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  };
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (gzip) {
    const body = gzipSync(readFileSync(file));
    res.writeHead(status, {
      ...headers,
      'content-encoding': 'gzip',
      vary: 'Accept-Encoding',
      'content-length': body.length,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(status, { ...headers, 'content-length': statSync(file).size });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}
