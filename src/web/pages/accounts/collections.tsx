import type { Context, Hono } from 'hono';
import type { CollectionRecord } from '../../../collections/repo.ts';
import { PaperboyError } from '../../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import { collectionsFor } from '../../accounts/collections-api.ts';
import { mustAuth, requireUser } from '../../accounts/context.ts';
import { PaperList } from '../../components/paper-card.tsx';
import { paperHref } from '../../view/paper-view.ts';
import { renderPage } from '../render.tsx';
import { CsrfField, Field, formFields } from './forms.tsx';

function CollectionPage(c: Context, deps: AppDeps, col: CollectionRecord, papers: Awaited<ReturnType<ReturnType<typeof collectionsFor>['papers']>>, owner: boolean) {
  const csrf = c.get('auth')?.csrf ?? '';
  return renderPage(c, deps, { title: col.name, description: `A collection of ${col.papers} papers on Paperboy.`, path: c.req.path, noindex: !col.isPublic || owner }, (
    <>
      <header class="list-head">
        <h1>{col.name}</h1>
        <p class="muted">{col.isPublic ? <>Public: anyone with the address <a href={`/c/${col.shareToken}`}>{`${deps.baseUrl}/c/${col.shareToken}`}</a> can read it.</> : owner ? 'Private: only you can see it.' : null}</p>
      </header>
      {papers.length ? <PaperList papers={papers} /> : <p class="muted">No papers yet. Add them from a paper's page.</p>}
      {owner ? (
        <form method="post" action={`/collections/${col.id}`} class="account-form">
          <CsrfField token={csrf} />
          <Field label="Name" name="name" value={col.name} />
          <p><label><input type="checkbox" name="isPublic" checked={col.isPublic} /> Public (readable by anyone with its address)</label></p>
          <p><button type="submit" class="button">Save</button></p>
        </form>
      ) : null}
    </>
  ));
}

/** /collections, /collections/{id}, /c/{shared address}, /read-later, and the paper page's forms. */
export function registerCollectionPages(app: Hono, deps: AppDeps): void {
  const s = collectionsFor(deps);
  app.get('/collections', requireUser, async (c) => {
    const auth = mustAuth(c);
    const mine = await s.list(auth.user);
    return renderPage(c, deps, { title: 'Your collections', description: 'Your collections', path: '/collections', noindex: true }, (
      <section class="account-page">
        <h1>Your collections</h1>
        <p><a href="/read-later">Read later</a></p>
        <ul>{mine.map((col) => <li><a href={`/collections/${col.id}`}>{col.name}</a> <span class="muted">({col.papers}{col.isPublic ? ', public' : ''})</span></li>)}</ul>
        <form method="post" action="/collections" class="account-form">
          <CsrfField token={auth.csrf ?? ''} />
          <Field label="New collection" name="name" />
          <p><label><input type="checkbox" name="isPublic" /> Public</label></p>
          <p><button type="submit" class="button button-primary">Create</button></p>
        </form>
      </section>
    ));
  });
  app.post('/collections', requireUser, async (c) => {
    const col = await s.create(mustAuth(c).user, await formFields(c));
    return c.redirect(`/collections/${col.id}`, 303);
  });
  app.get('/collections/:id{[0-9]+}', requireUser, async (c) => {
    const col = await s.own(mustAuth(c).user, Number(c.req.param('id')));
    return CollectionPage(c, deps, col, await s.papers(col), true);
  });
  app.post('/collections/:id{[0-9]+}', requireUser, async (c) => {
    const f = await formFields(c);
    const col = await s.update(mustAuth(c).user, Number(c.req.param('id')), { name: f.name, isPublic: f.isPublic === 'on' });
    return c.redirect(`/collections/${col.id}`, 303);
  });
  app.get('/c/:token', async (c) => {
    const col = await s.shared(c.req.param('token'));
    return CollectionPage(c, deps, col, await s.papers(col), c.get('auth')?.user.id === col.userId);
  });
  app.get('/read-later', requireUser, async (c) => {
    const papers = await s.flagged(mustAuth(c).user, 'readLater');
    return renderPage(c, deps, { title: 'Read later', description: 'Papers you saved to read later', path: '/read-later', noindex: true }, (
      <>
        <header class="list-head"><h1>Read later</h1></header>
        {papers.length ? <PaperList papers={papers} /> : <p class="muted">Nothing saved yet: use "Read later" on a paper's page.</p>}
      </>
    ));
  });

  app.post('/papers/:id{.+}/state', requireUser, async (c) => {
    const f = await formFields(c);
    const change: Record<string, unknown> = {};
    for (const flag of ['readLater', 'read', 'notInterested']) {
      if (f[flag] === 'true' || f[flag] === 'false') change[flag] = f[flag] === 'true';
      else if (f[flag] !== undefined) throw new PaperboyError('invalid_argument', `${flag}: expected true or false`, flag);
    }
    if (f.note !== undefined) change.note = f.note;
    await s.setState(mustAuth(c).user, c.req.param('id'), change);
    return c.redirect(paperHref((await deps.store.getPaper(c.req.param('id')))!.id), 303);
  });
  app.post('/papers/:id{.+}/collect', requireUser, async (c) => {
    const f = await formFields(c);
    await s.add(mustAuth(c).user, Number(f.collection), c.req.param('id'));
    return c.redirect(`/collections/${Number(f.collection)}`, 303);
  });
}
