import type { Paper } from '../../core/paper.ts';
import type { TrendingScore } from '../../core/trending.ts';
import { formatCount, mediumDay, plural } from '../view/format.ts';
import { authorLine, cardDate, categoryHref, orgHref, outboundLinks, paperHref } from '../view/paper-view.ts';
import { snippet } from '../view/snippet.ts';
import { Highlighted, SnippetText } from './highlighted.tsx';
import { ICONS } from './icons.tsx';
import { RichText } from './rich-text.tsx';
import { Upvote } from './upvote.tsx';

/** Cards show this many categories; the paper page shows them all. */
const MAX_CATEGORIES = 3;

function Authors({ paper }: { paper: Paper }) {
  const line = authorLine(paper);
  if (line.countOnly !== null) return <span>{plural(line.countOnly, 'author')}</span>;
  if (line.shown.length === 0) return null;
  return (
    <span>
      {line.shown.join(', ')}
      {line.more > 0 ? <span class="more" title={`and ${plural(line.more, 'more author')}`}> +{formatCount(line.more)}</span> : null}
    </span>
  );
}

/** The trending score, its explanation on hover (title) and, opened, in words. */
function Why({ t }: { t: TrendingScore }) {
  return (
    <details class="why">
      <summary title={t.explanation}>{ICONS.flame} Score {t.score.toPrecision(3)}</summary>
      <p><code>{t.explanation}</code></p>
    </details>
  );
}

export interface PaperCardProps {
  paper: Paper;
  /** A position to show ("#1") on ranked lists. */
  rank?: number;
  trending?: TrendingScore;
  /** Search results: the query's words, marked in the title and in an excerpt of the abstract. */
  terms?: string[];
}

/** One paper in a list: votes, title, authors, organization, date, categories, comments, code. */
export function PaperCard({ paper: p, rank, trending, terms }: PaperCardProps) {
  const date = cardDate(p);
  const hasCode = outboundLinks(p).code.length > 0;
  return (
    <article class="card" data-card>
      <Upvote paper={p} />
      <div class="card-body">
        <h2 class="card-title">
          {rank !== undefined ? <span class="rank">#{rank}</span> : null}
          <a href={paperHref(p.id)} data-card-link>{terms ? <Highlighted text={p.title} terms={terms} /> : <RichText text={p.title} inline />}</a>
        </h2>
        <p class="card-authors">
          <Authors paper={p} />
          {p.organization ? <> <span class="sep" aria-hidden="true">·</span> <a class="org" href={orgHref(p.organization)}>{p.organization}</a></> : null}
        </p>
        <div class="card-meta">
          {date ? <time datetime={date}>{mediumDay(date)}</time> : null}
          {p.categories.slice(0, MAX_CATEGORIES).map((c) => <a class="tag" href={categoryHref(c)}>{c}</a>)}
          {hasCode ? <span class="badge badge-code">{ICONS.code} Code</span> : null}
          {p.withdrawnAt ? <span class="badge badge-warn">Withdrawn</span> : null}
          <span class="comments" title={plural(p.numComments, 'comment')}>
            {ICONS.comment} {formatCount(p.numComments)}<span class="sr-only"> comments</span>
          </span>
        </div>
        {terms && p.abstract ? <SnippetText snippet={snippet(p.abstract, terms)} terms={terms} /> : null}
        {trending ? <Why t={trending} /> : null}
      </div>
    </article>
  );
}

export interface PaperListProps {
  papers: Paper[];
  firstRank?: number;
  scores?: TrendingScore[];
  /** Search results: words to mark (see PaperCard). */
  terms?: string[];
}

/** A list of cards, ranked from `firstRank` when given. */
export function PaperList({ papers, firstRank, scores, terms }: PaperListProps) {
  return (
    <ol class="cards">
      {papers.map((p, i) => (
        <li><PaperCard paper={p} rank={firstRank !== undefined ? firstRank + i : undefined} trending={scores?.[i]} terms={terms} /></li>
      ))}
    </ol>
  );
}
