import type { Context } from 'hono';
import type { Paper } from '../../core/paper.ts';
import type { Seed } from '../../recommendations/types.ts';
import type { AppDeps } from '../deps.ts';
import { accountPage, CsrfField, Notice } from '../pages/accounts/forms.tsx';

export interface StartState {
  seeds: Seed[];
  categories: string[];
  query: string;
  results: Paper[];
  error?: string;
}

/** /for-you/start: pick categories, authors and example papers (found with the search box). */
export function startPage(c: Context, deps: AppDeps, s: StartState, status: 200 | 400 = 200) {
  const csrf = c.get('auth')?.csrf ?? '';
  const picked = (kind: Seed['kind']) => s.seeds.filter((x) => x.kind === kind).map((x) => x.value);
  const pickedCategories = new Set(picked('category'));
  return accountPage(c, deps, 'Start your feed', (
    <>
      <Notice error={s.error} />
      <p class="muted">Pick a few categories, authors or papers you like: your For you feed starts from them at once and learns from what you do next.</p>
      <form method="get" action="/for-you/start" class="account-form" role="search">
        <label for="start-q">Find example papers</label>
        <input id="start-q" type="search" name="q" value={s.query} maxlength={250} />
        <button type="submit" class="button">Search</button>
      </form>
      <form method="post" action="/for-you/start" class="account-form">
        <CsrfField token={csrf} />
        {s.results.length ? (
          <fieldset>
            <legend>Papers like these</legend>
            {s.results.map((p) => <p><label><input type="checkbox" name="paper" value={p.id} /> {p.title}</label></p>)}
          </fieldset>
        ) : null}
        {s.categories.length ? (
          <fieldset>
            <legend>Categories</legend>
            {s.categories.map((cat) => <label class="inline-check"><input type="checkbox" name="category" value={cat} checked={pickedCategories.has(cat)} /> {cat} </label>)}
          </fieldset>
        ) : null}
        <p class="field"><label for="f-categories">More categories (comma separated)</label>
          <input id="f-categories" name="categories" value={picked('category').filter((x) => !s.categories.includes(x)).join(', ')} maxlength={2000} /></p>
        <p class="field"><label for="f-authors">Authors, one per line</label>
          <textarea id="f-authors" name="authors" rows={3}>{picked('author').join('\n')}</textarea></p>
        <p class="field"><label for="f-papers">Example papers: arXiv ids, one per line</label>
          <textarea id="f-papers" name="papers" rows={3}>{picked('paper').join('\n')}</textarea></p>
        <p><button type="submit" class="button button-primary">Start my feed</button></p>
      </form>
    </>
  ), status);
}
