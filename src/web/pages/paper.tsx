import type { Context, Hono, Next } from 'hono';
import { z } from 'zod';
import type { Paper } from '../../core/paper.ts';
import { PaperboyError } from '../../errors.ts';
import { SIMILAR_SORTS, type SimilarResult, type SimilarSort } from '../../search/similar.ts';
import type { AppDeps } from '../deps.ts';
import { enumParam, parseParams } from '../api/params.ts';
import { ICONS } from '../components/icons.tsx';
import { Paragraphs, RichText } from '../components/rich-text.tsx';
import { SimilarPapers } from '../components/similar-papers.tsx';
import { VersionHistory } from '../components/version-history.tsx';
import type { PaperVersion } from '../../harvest/repo.ts';
import { formatCount, longDay, plural } from '../view/format.ts';
import { authorHref, categoryHref, dayHref, orgHref, outboundLinks, paperHref, repoLabel, summarize } from '../view/paper-view.ts';
import { pageCacheFor } from '../render/page-cache.ts';
import { renderPage } from './render.tsx';
import { Upvote } from '../components/upvote.tsx';
import { useViewer } from '../accounts/viewer.ts';
import { Comments } from '../components/comments.tsx';
import { PaperTools } from '../components/paper-tools.tsx';
import type { CommentView } from '../../comments/service.ts';
import { commentsFor } from '../accounts/comments-routes.tsx';
import { PaperResults } from '../results/paper-results.tsx';
import type { StoredClaim } from '../../results/repo.ts';
import type { Artifact } from '../../results/types.ts';

function Authors({ p }: { p: Paper }) {
  const extra = Math.max(0, (p.authorCount ?? 0) - p.authors.length);
  if (p.authors.length === 0) return p.authorCount ? <p class="paper-authors">{plural(p.authorCount, 'author')}</p> : null;
  return (
    <ul class="paper-authors" aria-label="Authors">
      {p.authors.map((a) => <li><a href={authorHref(a)}>{a}</a></li>)}
      {extra > 0 ? <li class="more">and {plural(extra, 'more author')}</li> : null}
    </ul>
  );
}

function Facts({ p }: { p: Paper }) {
  const row = (label: string, value: unknown) => <div><dt>{label}</dt><dd>{value}</dd></div>;
  return (
    <dl class="facts">
      {p.arxivId ? row('arXiv', `${p.arxivId}${p.version ? `v${p.version}` : ''}`) : null}
      {p.publishedAt ? row('Published', <time datetime={p.publishedAt}>{longDay(p.publishedAt)}</time>) : null}
      {p.updatedAt && p.updatedAt !== p.publishedAt ? row('Updated', <time datetime={p.updatedAt}>{longDay(p.updatedAt)}</time>) : null}
      {p.submittedOnDailyAt ? row('In the daily feed', <a href={dayHref(p.submittedOnDailyAt)}><time datetime={p.submittedOnDailyAt}>{longDay(p.submittedOnDailyAt)}</time></a>) : null}
      {p.submittedBy ? row('Submitted by', p.submittedBy) : null}
      {p.categories.length ? row('Categories', <span class="tags">{p.categories.map((c) => <a class="tag" href={categoryHref(c)}>{c}</a>)}</span>) : null}
    </dl>
  );
}

function Links({ p }: { p: Paper }) {
  const l = outboundLinks(p);
  if (!l.arxiv && !l.pdf && !l.code.length && !l.project) return null;
  const ext = { rel: 'noopener noreferrer nofollow' };
  return (
    <ul class="paper-links" aria-label="Links">
      {l.arxiv ? <li><a class="button" href={l.arxiv} {...ext}>{ICONS.external} arXiv page</a></li> : null}
      {l.pdf ? <li><a class="button button-primary" href={l.pdf} {...ext}>{ICONS.pdf} PDF</a></li> : null}
      {l.code.map((u) => <li><a class="button" href={u} {...ext} title={u}>{ICONS.code} {repoLabel(u)}</a></li>)}
      {l.project ? <li><a class="button" href={l.project} {...ext}>{ICONS.external} Project page</a></li> : null}
    </ul>
  );
}

/** Similar papers shown on a paper page. */
const SIMILAR_ON_PAGE = 10;
const PaperParams = z.object({ similar: enumParam<SimilarSort>(SIMILAR_SORTS).optional() });

/**
 * The similar papers, or null when they cannot be had: the page is about this paper, and a failing
 * index (logged) must not take the page down with it.
 */
async function similarTo(deps: AppDeps, p: Paper, sort: SimilarSort): Promise<SimilarResult | null> {
  try {
    return await deps.search.similar(p.id, { limit: SIMILAR_ON_PAGE, sort });
  } catch (err) {
    console.error(`similar papers for ${p.id}:`, err);
    return null;
  }
}

function PaperView({ p, similar, sort, comments, now, deps, history, results }: { p: Paper; similar: SimilarResult | null; sort: SimilarSort; comments: CommentView[]; now: Date; deps: AppDeps; history: { versions: PaperVersion[]; deletedAt: string | null }; results: { claims: StoredClaim[]; artifacts: Artifact[] } }) {
  return (
    <article class="paper">
      {p.withdrawnAt ? (
        <p class="notice notice-warn" role="note"><strong>Withdrawn.</strong> This paper was withdrawn on {longDay(p.withdrawnAt.slice(0, 10))}.</p>
      ) : null}
      <header class="paper-head">
        {p.submittedOnDailyAt ? <p class="eyebrow"><a href={dayHref(p.submittedOnDailyAt)}>Daily papers · {longDay(p.submittedOnDailyAt)}</a></p> : null}
        <h1 class="paper-title"><RichText text={p.title} inline /></h1>
        <Authors p={p} />
        {p.organization ? <p class="paper-org">From <a href={orgHref(p.organization)}>{p.organization}</a></p> : null}
        <p class="paper-stats">
          <span class="stat">{ICONS.up} <strong data-upvote-count={useViewer() ? p.id : undefined}>{formatCount(p.upvotes)}</strong> {p.upvotes === 1 ? 'upvote' : 'upvotes'}</span>
          <Upvote paper={p} variant="page" />
          <span class="stat">{ICONS.comment} <strong>{formatCount(p.numComments)}</strong> {p.numComments === 1 ? 'comment' : 'comments'}</span>
        </p>
        <Links p={p} />
      </header>
      <div class="paper-grid">
        <section class="abstract" aria-labelledby="abstract-h">
          <h2 id="abstract-h">Abstract</h2>
          {p.abstract ? <Paragraphs text={p.abstract} /> : <p class="muted">No abstract is available for this paper.</p>}
        </section>
        <aside class="paper-aside" aria-label="About this paper">
          <Facts p={p} />
        </aside>
      </div>
      <PaperResults claims={results.claims} artifacts={results.artifacts} />
      <VersionHistory versions={history.versions} deletedAt={history.deletedAt} />
      {similar ? <SimilarPapers result={similar} sort={sort} /> : null}
      <PaperTools paper={p} deps={deps} />
      <Comments paper={p} comments={comments} now={now} />
    </article>
  );
}

/** The result claims extracted from this paper (src/results/). */
async function resultsOf(deps: AppDeps, p: Paper): Promise<{ claims: StoredClaim[]; artifacts: Artifact[] }> {
  const rowid = await deps.store.paperRowid(p.id);
  return rowid === null ? { claims: [], artifacts: [] } : deps.store.results.forPaper(rowid);
}

/** The arXiv version history Paperboy recorded (harvests and submissions). */
async function historyOf(deps: AppDeps, p: Paper): Promise<{ versions: PaperVersion[]; deletedAt: string | null }> {
  if (!p.arxivId) return { versions: [], deletedAt: null };
  const [versions, deletedAt] = await Promise.all([deps.store.harvest.versions(p.arxivId), deps.store.harvest.deletedAt(p.arxivId)]);
  return { versions, deletedAt };
}

async function showPaper(c: Context, deps: AppDeps, id: string): Promise<Response> {
  // ?similar= empty (a bare link) means the default order, as an empty form field would.
  const sort = parseParams(PaperParams, c.req.query('similar') ? { similar: c.req.query('similar')! } : {}).similar ?? 'similarity';
  const p = await deps.store.getPaper(id);
  if (!p) throw new PaperboyError('paper_not_found', `There is no paper with the id "${id.slice(0, 80)}".`);
  // Aliases, versioned and slash-style arXiv ids all resolve, but the page has one address.
  if (p.id !== id) return c.redirect(paperHref(p.id), 301);
  const names = p.authors.length ? `${p.authors.slice(0, 3).join(', ')}${p.authors.length > 3 ? ' et al.' : ''}. ` : '';
  return renderPage(c, deps, {
    title: p.title,
    description: summarize(`${names}${p.abstract || p.title}`, 200),
    path: paperHref(p.id),
    ogType: 'article',
    alternates: [{ type: 'text/markdown', href: `${paperHref(p.id)}.md`, title: 'This paper in Markdown' }],
  }, <PaperView p={p} similar={await similarTo(deps, p, sort)} sort={sort} comments={await commentsFor(deps).thread(p.id)} now={deps.now()} deps={deps} history={await historyOf(deps, p)} results={await resultsOf(deps, p)} />);
}

/** GET /papers/{id}; /papers/{id}.md belongs to the Markdown route, so it is passed on. */
export function registerPaper(app: Hono, deps: AppDeps): void {
  const cache = pageCacheFor(deps);
  app.get('/papers/:id', cache.wrap((c, next: Next) => {
    const id = c.req.param('id') ?? '';
    if (id.endsWith('.md')) return next() as Promise<void>;
    return showPaper(c, deps, id);
  }));
  // Old-style arXiv ids written with their slash (/papers/hep-th/9901001) redirect to hep-th_9901001.
  app.get('/papers/:archive/:number', (c, next: Next) => {
    const { archive, number } = c.req.param();
    if (!/^[a-z-]+(\.[A-Za-z]{2})?$/i.test(archive) || !/^\d{7}(v\d+)?$/.test(number)) return next() as Promise<void>;
    return showPaper(c, deps, `${archive}/${number}`);
  });
}
