import type { Paging } from '../view/paging.ts';
import { formatCount } from '../view/format.ts';
import { ICONS } from './icons.tsx';

/** Previous/next page links with rel=prev/next; nothing when the list fits on one page. */
export function Pager({ paging }: { paging: Paging }) {
  if (paging.pages <= 1) return null;
  return (
    <nav class="pager" aria-label="Pages">
      {paging.prevHref ? <a rel="prev" href={paging.prevHref}>{ICONS.prev} Previous</a> : <span class="pager-gap" />}
      <span class="pager-pos">Page {formatCount(paging.page)} of {formatCount(paging.pages)}</span>
      {paging.nextHref ? <a rel="next" href={paging.nextHref}>Next {ICONS.next}</a> : <span class="pager-gap" />}
    </nav>
  );
}
