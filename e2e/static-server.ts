// A deliberately plain static file server for dist/: no SPA rewrite. A path is served as the file
// it names, or as the index.html of the directory it names; anything else gets dist/404.html with
// status 404 — what GitHub Pages, S3 or `python -m http.server` style hosts do.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// E2E_DIST (as in playwright.config.ts) lets a build outside dist/ be served
export const distDir = process.env.E2E_DIST
  ? path.resolve(process.env.E2E_DIST) + path.sep
  : fileURLToPath(new URL('../dist/', import.meta.url));

const types: Record<string, string> = {
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

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

/** The file a request path maps to, or null; never outside dist/. */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.join(root, path.normalize(decoded));
  if (!file.startsWith(root)) return null;
  if (isFile(file)) return file;
  const index = path.join(file, 'index.html');
  if (isFile(index)) return index;
  return null;
}

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export async function startStaticServer(
  port: number,
  root = distDir,
  /** Extra response headers, e.g. a Content-Security-Policy. */
  headers: Record<string, string> = {},
): Promise<StaticServer> {
  if (!isFile(path.join(root, 'index.html'))) {
    throw new Error(`${root} has no index.html: run "npx vite build" first`);
  }
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const found = resolveStatic(root, pathname);
    const file = found ?? path.join(root, '404.html');
    response.writeHead(found ? 200 : 404, {
      ...headers,
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => resolve());
  });
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
