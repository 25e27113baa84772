import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { accountsApp, makeUser, type Client } from '../helpers/accounts.ts';
import { startSmtpCapture } from '../helpers/smtp-capture.ts';
import { storeDialects } from '../helpers/store.ts';
import { scriptVectors } from '../helpers/web-pages.ts';
import { renderCommentMarkdown } from '../../src/web/render/comment-markdown.ts';

const smtp = await startSmtpCapture();

async function comment(c: Client, paper: string, body: string, parentId?: number): Promise<number> {
  const res = await c.submit(`/papers/${paper}/comments`, { body, ...(parentId ? { parentId: String(parentId) } : {}) }, `/papers/${paper}`);
  assert.equal(res.status, 303, await res.text());
  return Number(/#c-(\d+)$/.exec(res.headers.get('location') ?? '')![1]);
}

test('the comment Markdown subset renders; everything else is inert text', () => {
  assert.equal(renderCommentMarkdown('**bold** and *it* and `x<y`'), '<p><strong>bold</strong> and <em>it</em> and <code>x&lt;y</code></p>');
  assert.equal(renderCommentMarkdown('see [the code](https://github.com/a/b).'),
    '<p>see <a href="https://github.com/a/b" rel="nofollow ugc noopener noreferrer">the code</a>.</p>');
  assert.equal(renderCommentMarkdown('at https://example.org/x, ok'),
    '<p>at <a href="https://example.org/x" rel="nofollow ugc noopener noreferrer">https://example.org/x</a>, ok</p>');
  assert.equal(renderCommentMarkdown('[x](javascript:alert(1))'), '<p>[x](javascript:alert(1))</p>');
  assert.equal(renderCommentMarkdown('one\ntwo\n\nthree'), '<p>one<br>two</p><p>three</p>');
  assert.match(renderCommentMarkdown('energy $E = mc^2$'), /^<p>energy <span class="katex">/);
  for (const attack of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[a](data:text/html,<script>alert(1)</script>)',
    '$\\href{javascript:alert(1)}{x}$', '**<b onmouseover=alert(1)>x</b>**', '"><svg onload=alert(1)>', '[x](https://ok.example/"onmouseover="alert(1))']) {
    const html = renderCommentMarkdown(attack);
    assert.deepEqual(scriptVectors(html), [], `${attack} -> ${html}`);
    assert.doesNotMatch(html, /<(script|img|svg|b)\b/i, attack);
  }
});

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('comments and replies one level deep, exact counts, edit window, delete, report and hide', async () => {
    const t = await accountsApp(smtp, dialect);
    await makeUser(t.store, 'ann@example.org');
    await makeUser(t.store, 'bob@example.org');
    await makeUser(t.store, 'mod@example.org', 'moderator');
    const ann = t.client();
    const bob = t.client();
    const mod = t.client();
    await ann.logIn('ann@example.org');
    await bob.logIn('bob@example.org');
    await mod.logIn('mod@example.org');
    // Beta has no imported comments: its count is all local.
    const first = await comment(ann, '2501.00002', 'Nice **kernels**: $O(n \\log n)$ <script>alert(1)</script>');
    const reply = await comment(bob, '2501.00002', 'Agreed, see https://example.org/x', first);
    const nested = await comment(ann, '2501.00002', 'A reply to the reply', reply);
    const api = await (await t.get('/api/papers/2501.00002/comments')).json();
    assert.equal(api.comments.length, 1);
    assert.deepEqual(api.comments[0].replies.map((r: { id: number }) => r.id), [reply, nested]);
    assert.equal((await (await t.get('/api/papers/2501.00002')).json()).numComments, 3);

    const page = await (await bob.get('/papers/2501.00002')).text();
    assert.deepEqual(scriptVectors(page), []);
    assert.match(page, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(page, /<a href="https:\/\/example\.org\/x" rel="nofollow ugc noopener noreferrer">/);
    assert.match(page, /Discussion <span class="muted">\(3 comments\)/);
    // The card on the day's page counts them too.
    const day = await (await t.client().get('/date/2025-01-17')).text();
    const card = day.split('<article class="card"').find((part) => part.includes('2501.00002'))!;
    assert.match(card.slice(0, card.indexOf('</article>')), /title="3 comments"/);

    // Only the author edits, and only within 15 minutes.
    assert.equal((await bob.submit(`/comments/${first}/edit`, { body: 'hijacked' }, '/settings')).status, 403);
    assert.equal((await ann.submit(`/comments/${first}/edit`, { body: 'Nice kernels (edited)' }, `/comments/${first}/edit`)).status, 303);
    const start = t.deps.now();
    t.deps.now = () => new Date(start.getTime() + 16 * 60_000);
    const late = await ann.submit(`/comments/${first}/edit`, { body: 'too late' }, '/settings');
    assert.equal(late.status, 403);
    assert.match(await late.text(), /can be edited for 15 minutes/);

    // Report, then a moderator hides the reply; the count drops by exactly one.
    assert.equal((await ann.submit(`/comments/${reply}/report`, { reason: 'spam link' }, '/settings')).status, 200);
    assert.equal((await bob.request('POST', `/api/comments/${nested}/hide`, { headers: { 'x-csrf-token': await bob.csrf('/settings') } })).status, 403);
    assert.equal((await mod.request('POST', `/api/comments/${reply}/hide`, { headers: { 'x-csrf-token': await mod.csrf('/settings') } })).status, 204);
    assert.equal((await (await t.get('/api/papers/2501.00002')).json()).numComments, 2);
    // The author deletes the top comment: it keeps its place (it has a reply) without its text.
    assert.equal((await ann.submit(`/comments/${first}/delete`, {}, '/settings')).status, 303);
    assert.equal((await ann.submit(`/comments/${first}/delete`, {}, '/settings')).status, 404);
    const after = await (await t.get('/api/papers/2501.00002/comments')).json();
    assert.deepEqual([after.comments[0].state, after.comments[0].body, after.comments[0].replies.length], ['deleted', null, 1]);
    assert.equal((await (await t.get('/api/papers/2501.00002')).json()).numComments, 1);
    // Imported comment counts stay apart: Alpha shows its 4 imported plus one local.
    await comment(bob, '2501.00001', 'first local comment');
    assert.equal((await (await t.get('/api/papers/2501.00001')).json()).numComments, 5);
  });

  test('comment API with a token: post, reply, edit, delete; bad input names the field', async () => {
    const t = await accountsApp(smtp, dialect);
    const u = await makeUser(t.store, 'api-commenter@example.org');
    const { token } = await (await import('../../src/web/accounts/context.ts')).accountsFor(t.deps).createApiToken(u.id, 'test');
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const post = (path: string, body: unknown, method = 'POST') => t.app.request(`http://paperboy.test${path}`, { method, headers: auth, body: JSON.stringify(body) });
    const created = await post('/api/papers/2501.00004/comments', { body: 'From a script' });
    assert.equal(created.status, 201);
    const { id } = await created.json();
    const empty = await post('/api/papers/2501.00004/comments', { body: '   ' });
    assert.equal(empty.status, 400);
    assert.equal((await empty.json()).error.parameter, 'body');
    assert.equal((await post('/api/papers/2501.00004/comments', { body: 'x', parentId: 99999 })).status, 400);
    assert.equal((await post(`/api/comments/${id}`, { body: 'Edited by script' }, 'PATCH')).status, 204);
    assert.equal((await post(`/api/comments/${id}`, {}, 'DELETE')).status, 204);
    assert.equal((await (await t.get('/api/papers/2501.00004')).json()).numComments, 0);
    // Signed out: reading works, writing does not.
    assert.equal((await t.get('/api/papers/2501.00004/comments')).status, 200);
    assert.equal((await t.app.request('http://paperboy.test/api/papers/2501.00004/comments', { method: 'POST', body: '{}' })).status, 401);
  });

  test('comment flooding hits the per-account limit', async () => {
    const t = await accountsApp(smtp, dialect);
    const u = await makeUser(t.store, 'flood@example.org');
    const { token } = await (await import('../../src/web/accounts/context.ts')).accountsFor(t.deps).createApiToken(u.id, 'flood');
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const res = await t.app.request('http://paperboy.test/api/papers/2501.00001/comments', {
        method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ body: `comment ${i}` }),
      });
      statuses.push(res.status);
    }
    assert.deepEqual([statuses[19], statuses[20]], [201, 429]);
    assert.equal((await (await t.get('/api/papers/2501.00001')).json()).numComments, 4 + 20);
  });
});
