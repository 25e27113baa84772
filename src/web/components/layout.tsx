import type { Child } from 'hono/jsx';
import { FEED_FORMATS, FEED_MIME, feedUrl, type FeedFormat } from '../feeds/urls.ts';
import { ASSETS } from '../static/assets.ts';
import type { NavItem, PageMeta } from '../view/meta.ts';
import { feedTitle } from './feed-links.tsx';
import { ICON_SPRITE, ICONS } from './icons.tsx';
import { UserMenu } from './user-menu.tsx';
import { FooterSubscribe } from './subscribe-form.tsx';

export const SITE_NAME = 'Paperboy';

const NAV: Array<{ id: NavItem; href: string; label: string }> = [
  { id: 'daily', href: '/', label: 'Daily' },
  { id: 'weekly', href: '/week', label: 'Weekly' },
  { id: 'monthly', href: '/month', label: 'Monthly' },
  { id: 'trending', href: '/trending', label: 'Trending' },
  { id: 'results', href: '/results', label: 'Results' },
];

const FORMAT_NAME: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' };

function Head({ meta, baseUrl }: { meta: PageMeta; baseUrl: string }) {
  const title = meta.title === SITE_NAME ? SITE_NAME : `${meta.title} · ${SITE_NAME}`;
  const canonical = `${baseUrl}${meta.path}`;
  return (
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title}</title>
      <meta name="description" content={meta.description} />
      <link rel="canonical" href={canonical} />
      {meta.noindex ? <meta name="robots" content="noindex" /> : null}
      <meta name="color-scheme" content="light dark" />
      <meta name="theme-color" media="(prefers-color-scheme: light)" content="#ffffff" />
      <meta name="theme-color" media="(prefers-color-scheme: dark)" content="#111318" />
      <link rel="icon" href={ASSETS.icon} type="image/svg+xml" />
      <link rel="stylesheet" href={ASSETS.css} />
      <link rel="stylesheet" href={ASSETS.katexCss} />
      {meta.feed ? FEED_FORMATS.map((f) => (
        <link rel="alternate" type={FEED_MIME[f]} title={`${feedTitle(meta.feed!)} (${FORMAT_NAME[f]})`} href={`${baseUrl}${feedUrl(meta.feed!, f)}`} />
      )) : null}
      {(meta.alternates ?? []).map((a) => <link rel="alternate" type={a.type} title={a.title} href={`${baseUrl}${a.href}`} />)}
      <meta property="og:site_name" content={SITE_NAME} />
      <meta property="og:type" content={meta.ogType ?? 'website'} />
      <meta property="og:title" content={meta.title} />
      <meta property="og:description" content={meta.description} />
      <meta property="og:url" content={canonical} />
      <meta property="og:image" content={`${baseUrl}${ASSETS.icon}`} />
      <meta name="twitter:card" content="summary" />
      <script src={ASSETS.js} defer />
    </head>
  );
}

function Header({ meta }: { meta: PageMeta }) {
  return (
    <header class="site-header">
      <div class="wrap header-inner">
        <a class="brand" href="/">
          <img src={ASSETS.icon} alt="" width="28" height="28" />
          <span>{SITE_NAME}</span>
        </a>
        <nav class="main-nav" aria-label="Main">
          {NAV.map((n) => <a href={n.href} aria-current={meta.nav === n.id ? 'page' : undefined}>{n.label}</a>)}
        </nav>
        <form class="search-box" action="/search" method="get" role="search">
          <label for="site-search" class="sr-only">Search papers</label>
          {ICONS.search}
          <input id="site-search" type="search" name="q" value={meta.query ?? ''} placeholder="Search papers, authors…" maxlength={250} autocomplete="off" />
          <button type="submit">Search</button>
        </form>
        <UserMenu path={meta.path} />
      </div>
    </header>
  );
}

function Footer() {
  return (
    <footer class="site-footer">
      <div class="wrap footer-inner">
        <p><strong>{SITE_NAME}</strong> — a self-hosted home for the papers people are reading today.</p>
        <p class="footer-links">
          <a href="/">Daily</a> <a href="/trending">Trending</a> <a href="/search">Search</a>{' '}
          <a href={feedUrl({ kind: 'daily' }, 'rss')}>RSS</a>
        </p>
        <FooterSubscribe />
        <p class="kbd-hint">Keyboard: <kbd>j</kbd>/<kbd>k</kbd> move between papers, <kbd>o</kbd> opens, <kbd>h</kbd>/<kbd>l</kbd> previous and next day, <kbd>/</kbd> searches.</p>
      </div>
    </footer>
  );
}

/** The page shell every HTML page shares: head tags, skip link, header, main, footer. */
export function Layout({ meta, baseUrl, children }: { meta: PageMeta; baseUrl: string; children?: Child }) {
  return (
    <html lang="en">
      <Head meta={meta} baseUrl={baseUrl} />
      <body>
        {ICON_SPRITE}
        <a class="skip-link" href="#main">Skip to content</a>
        <Header meta={meta} />
        <main id="main" class="wrap" tabindex={-1}>{children}</main>
        <Footer />
      </body>
    </html>
  );
}
