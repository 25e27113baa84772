/**
 * Static assets, read into memory once at start (no file reads per request) and served under
 * content-hashed or versioned addresses, so browsers may cache them for a year.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';

interface Asset { body: Uint8Array; type: string }

const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
};
const typeOf = (name: string) => TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream';

const here = dirname(fileURLToPath(import.meta.url));
// resolve('katex') names dist/katex.js; its folder holds the stylesheet and fonts.
const katexDist = dirname(createRequire(import.meta.url).resolve('katex'));
const katexVersion = (JSON.parse(readFileSync(join(katexDist, '..', 'package.json'), 'utf8')) as { version: string }).version;

/** Keyed by the path after /static/. */
const files = new Map<string, Asset>();

/**
 * Adds one of our files under name.<hash>.ext and returns its address. A file may be made of
 * `parts` joined in order: the scripts are small separate sources (keyboard shortcuts, search as
 * you type) but one request and one script tag, which the CSP and the tests expect.
 */
function ours(name: string, parts: string[] = [name]): string {
  const sources = parts.map((part) => readFileSync(join(here, part)));
  const body = sources.length === 1 ? sources[0]! : Buffer.concat(sources.flatMap((src) => [src, Buffer.from('\n')]));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  const dot = name.lastIndexOf('.');
  const hashed = `${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
  files.set(hashed, { body, type: typeOf(name) });
  return `/static/${hashed}`;
}

// KaTeX's stylesheet finds its fonts at fonts/…, relative to itself, so both sit under one
// folder named for the KaTeX version: upgrading KaTeX changes every address.
const katexBase = `katex-${katexVersion}`;
files.set(`${katexBase}/katex.min.css`, { body: readFileSync(join(katexDist, 'katex.min.css')), type: TYPES.css });
for (const font of readdirSync(join(katexDist, 'fonts'))) {
  files.set(`${katexBase}/fonts/${font}`, { body: readFileSync(join(katexDist, 'fonts', font)), type: typeOf(font) });
}

/** Addresses of the assets the layout links to. */
export const ASSETS = {
  css: ours('app.css'),
  js: ours('app.js', ['app.js', 'suggest.js', 'upvote.js']),
  icon: ours('icon.svg'),
  katexCss: `/static/${katexBase}/katex.min.css`,
} as const;

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** GET /static/* from memory; every address carries a hash or version, so it never changes. */
export function registerStatic(app: Hono): void {
  app.get('/static/*', (c, next) => {
    const asset = files.get(c.req.path.slice('/static/'.length));
    if (!asset) return next();
    return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': asset.type, 'Cache-Control': IMMUTABLE });
  });
}
