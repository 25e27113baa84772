import type { Paper } from '../../core/paper.ts';
import type { AppDeps } from '../deps.ts';
import { useViewer } from '../accounts/viewer.ts';
import { collectionsFor } from '../accounts/collections-api.ts';
import { paperHref } from '../view/paper-view.ts';

/**
 * A signed-in reader's own tools on a paper page: read later, read, not interested, a private
 * note, and adding it to a collection. Plain forms (no JavaScript needed) that come back here.
 */
export async function PaperTools({ paper, deps }: { paper: Paper; deps: AppDeps }) {
  // The viewer is read before the first await, while the render context is current.
  const v = useViewer();
  if (!v) return null;
  const s = collectionsFor(deps);
  const [state, collections] = await Promise.all([s.state(v.user, paper.id), s.list(v.user)]);
  const action = `${paperHref(paper.id)}/state`;
  const Toggle = ({ name, on, label, off }: { name: string; on: boolean; label: string; off: string }) => (
    <form method="post" action={action} class="inline-form">
      <input type="hidden" name="_csrf" value={v.csrf} />
      <input type="hidden" name={name} value={on ? 'false' : 'true'} />
      <button type="submit" class="button" aria-pressed={on ? 'true' : 'false'}>{on ? off : label}</button>
    </form>
  );
  return (
    <section class="paper-tools" aria-labelledby="tools-h">
      <h2 id="tools-h">Your copy</h2>
      <div class="tool-row">
        <Toggle name="readLater" on={state.readLater} label="Read later" off="In read later ✓" />
        <Toggle name="read" on={state.read} label="Mark as read" off="Read ✓" />
        <Toggle name="notInterested" on={state.notInterested} label="Not interested" off="Not interested ✓" />
      </div>
      <form method="post" action={action} class="comment-form">
        <input type="hidden" name="_csrf" value={v.csrf} />
        <label for="paper-note">Private note (only you see it)</label>
        <textarea id="paper-note" name="note" rows={3} maxlength={10000}>{state.note}</textarea>
        <p><button type="submit" class="button">Save note</button></p>
      </form>
      {paper.authors.length ? (
        <form method="post" action={`${paperHref(paper.id)}/claim`} class="inline-form">
          <input type="hidden" name="_csrf" value={v.csrf} />
          <label for="claim-author">I am the author</label>
          <select id="claim-author" name="author">{paper.authors.map((a) => <option value={a}>{a}</option>)}</select>
          <button type="submit" class="button">Claim</button>
        </form>
      ) : null}
      {collections.length ? (
        <form method="post" action={`${paperHref(paper.id)}/collect`} class="inline-form">
          <input type="hidden" name="_csrf" value={v.csrf} />
          <label for="collect-to">Add to collection</label>
          <select id="collect-to" name="collection">{collections.map((c) => <option value={String(c.id)}>{c.name}</option>)}</select>
          <button type="submit" class="button">Add</button>
        </form>
      ) : <p class="muted"><a href="/collections">Make a collection</a> to save papers in named lists.</p>}
    </section>
  );
}
