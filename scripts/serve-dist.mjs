// A static host for a built dist/ as the bench measures it: gzip for text, the headers of
// public/_headers (the CSP among them), long caching for hashed assets, no SPA rewrite (a route is
// its prerendered index.html; anything else is 404.html with status 404).
// `node scripts/serve-dist.mjs [dist] [port] [--no-site-headers]` serves until interrupted; the
// bench imports serveDist, and the e2e suite runs it as its web server.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);

/** The `/*` block of a Netlify-style _headers file as a header object ({} if there is none). */
export function readHeaders(root) {
  const file = path.join(root, '_headers');
  if (!existsSync(file)) return {};
  const headers = {};
  let inAll = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (inAll && match) headers[match[1]] = match[2];
  }
  return headers;
}

const isFile = (file) => existsSync(file) && statSync(file).isFile();

function resolve(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.join(root, path.normalize(decoded));
  if (!file.startsWith(root)) return null;
  if (isFile(file)) return file;
  const index = path.join(file, 'index.html');
  return isFile(index) ? index : null;
}

/**
 * Serves `dist` on 127.0.0.1:port; resolves to { url, close }. `siteHeaders: false` leaves out
 * the _headers file (the e2e suite's server: e2e/csp.spec.ts tests the policy on its own).
 */
export async function serveDist(dist, port, { siteHeaders: withHeaders = true } = {}) {
  const root = path.resolve(dist) + path.sep;
  if (!isFile(path.join(root, 'index.html'))) throw new Error(`${root} has no index.html`);
  const siteHeaders = withHeaders ? readHeaders(root) : {};
  const cache = new Map();
  const body = (file, gzip) => {
    const key = `${file}:${gzip}`;
    if (!cache.has(key)) {
      const raw = readFileSync(file);
      cache.set(key, gzip ? gzipSync(raw, { level: 9 }) : raw);
    }
    return cache.get(key);
  };
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const found = resolve(root, pathname);
    const file = found ?? path.join(root, '404.html');
    const ext = path.extname(file);
    const gzip =
      compressible.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(found ? 200 : 404, {
      ...siteHeaders,
      'content-type': types[ext] ?? 'application/octet-stream',
      'cache-control': pathname.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body(file, gzip));
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dist = 'dist', port = '4173'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const { url } = await serveDist(dist, Number(port), {
    siteHeaders: !process.argv.includes('--no-site-headers'),
  });
  console.log(`serving ${dist} at ${url}`);
}
