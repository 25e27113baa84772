import type { Paper } from '../../core/paper.ts';
import { useViewer } from '../accounts/viewer.ts';
import { formatCount, plural } from '../view/format.ts';
import { paperHref } from '../view/paper-view.ts';
import { ICONS } from './icons.tsx';

/**
 * The upvote control. Signed out: the count alone (as before accounts). Signed in: a form that
 * posts to /papers/{id}/upvote and comes back (works without JavaScript); upvote.js turns it into
 * a fetch to the API so the page does not reload. `action` says what a submit does, so a
 * resubmitted form cannot undo itself.
 */
export function Upvote({ paper: p, variant = 'card' }: { paper: Paper; variant?: 'card' | 'page' }) {
  const viewer = useViewer();
  if (!viewer) {
    return variant === 'card' ? (
      <div class="votes" title={plural(p.upvotes, 'upvote')}>
        {ICONS.up}
        <span class="votes-n">{formatCount(p.upvotes)}</span>
        <span class="sr-only"> upvotes</span>
      </div>
    ) : null;
  }
  const voted = viewer.voted.has(p.id);
  return (
    <form class={variant === 'card' ? 'votes upvote-form' : 'upvote-form upvote-page'} method="post" action={`${paperHref(p.id)}/upvote`} data-upvote={p.id}>
      <input type="hidden" name="_csrf" value={viewer.csrf} />
      <input type="hidden" name="action" value={voted ? 'remove' : 'add'} />
      <button type="submit" class="upvote-btn" aria-pressed={voted ? 'true' : 'false'} title={voted ? 'Remove your upvote' : 'Upvote'}>
        {ICONS.up}
        {variant === 'card' ? <span class="votes-n" data-upvote-count={p.id}>{formatCount(p.upvotes)}</span> : null}
        <span class={variant === 'card' ? 'sr-only' : 'upvote-label'} data-upvote-label>{voted ? 'Upvoted' : 'Upvote'}</span>
      </button>
    </form>
  );
}
