// A tiny static file server for the end-to-end tests (no dependencies).
// Usage: node tests/e2e/server.mjs <port> <root> [<root>...]
// A path is looked up in each root in turn. Pages named csp-*.html are served
// with the strict Content-Security-Policy header a careful host would send;
// tt-*.html with Trusted Types enforced as well. With GZIP=1 in the
// environment (the benchmark), bodies are sent gzipped, as a real host does.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const port = Number(process.argv[2] ?? 8091);
const gzip = process.env.GZIP === '1';
const gzipped = new Map();
const roots = process.argv.slice(3).map((r) => resolve(r));
const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const trustedTypes = `${csp}; require-trusted-types-for 'script'; trusted-types 'none'`;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // The browser's own favicon probe: answered, so it never logs a 404.
  if (url.pathname === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  const path = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
  for (const root of roots) {
    let file = join(root, path);
    if (!file.startsWith(root)) break;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const headers = {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      };
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
        body = gzipped.get(file);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      if (/(^|\/)csp-[^/]*\.html$/.test(file)) headers['content-security-policy'] = csp;
      if (/(^|\/)tt-[^/]*\.html$/.test(file)) headers['content-security-policy'] = trustedTypes;
      res.writeHead(200, headers);
      res.end(body);
      return;
    } catch {
      // not in this root
    }
  }
  res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
}).listen(port, '127.0.0.1', () => console.log(`serving ${roots.join(', ')} on http://127.0.0.1:${port}`));
