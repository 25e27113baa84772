import type { Context } from 'hono';
import type { ModelView } from '../../recommendations/service.ts';
import type { SignalKind } from '../../recommendations/types.ts';
import type { AppDeps } from '../deps.ts';
import { accountPage, CsrfField, Notice } from '../pages/accounts/forms.tsx';
import { STATUS_TEXT } from './present.ts';

const KIND_LABEL: Record<SignalKind, string> = {
  upvote: 'Upvotes', collection: 'Papers in collections', read_later: 'Read later', note: 'Notes', read: 'Marked read (counts half)',
  not_interested: 'Not interested', skip: 'Skipped in this feed (counts half)', seed: 'Papers standing for your picks',
};

function Words({ words, empty }: { words: string[]; empty: string }) {
  return words.length ? <p class="rec-terms">{words.map((w) => <span class="tag">{w}</span>)}</p> : <p class="muted">{empty}</p>;
}

/** /for-you/model: what the model learned about the reader, with reset, digest and RSS controls. */
export function modelPage(c: Context, deps: AppDeps, v: ModelView, notice: { ok?: string; error?: string; rssUrl?: string } = {}) {
  const csrf = c.get('auth')?.csrf ?? '';
  const counts = Object.entries(v.counts) as Array<[SignalKind, number]>;
  return accountPage(c, deps, 'What the model learned', (
    <>
      <Notice ok={notice.ok} error={notice.error} />
      {notice.rssUrl ? <p class="notice" role="status">Your private feed address (shown once, copy it now): <code class="rss-url">{notice.rssUrl}</code></p> : null}
      <p class="muted" data-status={v.status}>{STATUS_TEXT[v.status]}{v.model ? ` Trained ${v.model.trainedAt.slice(0, 16).replace('T', ' ')} UTC on ${v.model.positives} liked and ${v.model.negatives} unwanted papers (and ${v.model.background} random ones as "everything else").` : ''}</p>
      <h2>Words and authors that count for a paper</h2>
      <Words words={v.liked} empty="None yet." />
      <h2>Words that count against</h2>
      <Words words={v.disliked} empty="None yet: use “Not interested” or “Skip” on papers you do not want." />
      <h2>Topics it leans to</h2>
      <Words words={v.topics} empty="None yet." />
      <h2>What it learned from</h2>
      {counts.length ? <ul>{counts.map(([k, n]) => <li>{KIND_LABEL[k]}: {n}</li>)}</ul> : <p class="muted">No signals yet.</p>}
      {v.seeds.length ? <p>Your picks: {v.seeds.map((s) => `${s.kind} ${s.value}`).join(', ')}. <a href="/for-you/start">Change</a></p> : <p><a href="/for-you/start">Pick categories, authors or papers to start from</a></p>}
      <h2>Start over</h2>
      <p class="muted">Forgets what was learned: earlier signals stop counting, your picks and skips go. Your upvotes, collections and notes stay.</p>
      <form method="post" action="/for-you/reset" class="inline-form">
        <CsrfField token={csrf} />
        <button type="submit" class="button" data-reset>Reset the model</button>
      </form>
      <h2>In your digest</h2>
      <form method="post" action="/for-you/digest" class="inline-form">
        <CsrfField token={csrf} />
        <input type="hidden" name="personal" value={v.settings.digestSection ? 'off' : 'on'} />
        <button type="submit" class="button">{v.settings.digestSection ? 'Leave “For you” out of my digest' : 'Add a “For you” section to my digest'}</button>
      </form>
      <p class="muted">The digest itself is set up in <a href="/settings#digest">settings</a>.</p>
      <h2>Private RSS feed</h2>
      <p class="muted">{v.settings.hasFeedSecret ? 'You have a private feed address. A new one replaces it (the old one stops working).' : 'Follow this feed in a feed reader at a secret address.'}</p>
      <form method="post" action="/for-you/rss" class="inline-form">
        <CsrfField token={csrf} />
        <button type="submit" class="button">{v.settings.hasFeedSecret ? 'Make a new address' : 'Make my feed address'}</button>
      </form>
    </>
  ));
}
