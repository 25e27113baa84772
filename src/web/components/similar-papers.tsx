import type { SimilarItem, SimilarResult, SimilarSort } from '../../search/similar.ts';
import { formatCount, mediumDay, plural } from '../view/format.ts';
import { authorLine, cardDate, paperHref } from '../view/paper-view.ts';
import { ICONS } from './icons.tsx';
import { RichText } from './rich-text.tsx';

const SORTS: Array<[SimilarSort, string]> = [['similarity', 'Most similar'], ['date', 'Newest'], ['upvotes', 'Most upvoted']];

/** The address of the paper page with its similar papers in `sort` order, scrolled to them. */
export const similarHref = (id: string, sort: SimilarSort) =>
  `${paperHref(id)}${sort === 'similarity' ? '' : `?similar=${sort}`}#similar`;

/** "shared: quantization, kernels · cs.AR": the words and categories both papers have. */
export function reasonText(item: Pick<SimilarItem, 'reason'>): string {
  const parts = [item.reason.terms.join(', '), item.reason.categories.join(', ')].filter(Boolean);
  return parts.length ? `shared: ${parts.join(' · ')}` : '';
}

function Item({ item }: { item: SimilarItem }) {
  const p = item.paper;
  const line = authorLine(p, 3);
  const authors = line.countOnly !== null ? plural(line.countOnly, 'author') : `${line.shown.join(', ')}${line.more > 0 ? ` +${formatCount(line.more)}` : ''}`;
  const date = cardDate(p);
  const reason = reasonText(item);
  return (
    <li class="similar-item">
      <a class="similar-title" href={paperHref(p.id)}><RichText text={p.title} inline /></a>
      {authors ? <p class="similar-authors" title={authors}>{authors}</p> : null}
      <p class="similar-meta">
        {date ? <time datetime={date}>{mediumDay(date)}</time> : null}
        <span class="similar-votes" title={plural(p.upvotes, 'upvote')}>{ICONS.up} {formatCount(p.upvotes)}<span class="sr-only"> upvotes</span></span>
        {reason ? <span class="similar-reason">{reason}</span> : null}
      </p>
    </li>
  );
}

/**
 * "Similar papers" on a paper page, with sort links that work without script. Left out entirely
 * until a search index exists (similarity needs paper vectors) or when nothing is similar.
 */
export function SimilarPapers({ result, sort }: { result: SimilarResult; sort: SimilarSort }) {
  if (!result.available || result.items.length === 0) return null;
  const id = result.paper.id;
  return (
    <section class="similar" id="similar" aria-labelledby="similar-h">
      <div class="similar-head">
        <h2 id="similar-h">Similar papers</h2>
        <nav class="sort-links" aria-label="Sort similar papers">
          {SORTS.map(([s, label]) => <a href={similarHref(id, s)} aria-current={s === sort ? 'true' : undefined}>{label}</a>)}
        </nav>
      </div>
      <ol class="similar-list">
        {result.items.map((item) => <Item item={item} />)}
      </ol>
    </section>
  );
}
