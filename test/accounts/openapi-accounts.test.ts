import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { Validator } from '@seriousme/openapi-schema-validator';
import { accountsFor } from '../../src/web/accounts/context.ts';
import { accountsApp, makeUser } from '../helpers/accounts.ts';
import { startSmtpCapture } from '../helpers/smtp-capture.ts';
import { storeDialects } from '../helpers/store.ts';
import { BASE_URL } from '../helpers/web-api.ts';

const plugin = addFormatsModule as unknown as { default?: unknown };
const addFormats = (typeof plugin === 'function' ? plugin : plugin.default) as (ajv: Ajv2020) => Ajv2020;
const smtp = await startSmtpCapture();

for (const dialect of await storeDialects()) describe(dialect.name, { skip: dialect.skip }, () => {
  test('every documented account response is real and matches the OpenAPI document', async () => {
    const t = await accountsApp(smtp, dialect);
    const doc = await (await t.get('/api/openapi.json')).json();
    const valid = await new Validator().validate(doc);
    assert.equal(valid.valid, true, JSON.stringify(valid.errors));
    const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
    const member = await makeUser(t.store, 'spec@example.org');
    const other = await makeUser(t.store, 'spec-other@example.org');
    const mod = await makeUser(t.store, 'spec-mod@example.org', 'moderator');
    const tokenOf = async (id: number) => (await accountsFor(t.deps).createApiToken(id, 'spec')).token;
    const as = { member: await tokenOf(member.id), other: await tokenOf(other.id), mod: await tokenOf(mod.id), nobody: '' };
    const covered = new Set<string>();
    const ids: Record<string, number | string> = {};

    async function call(method: string, path: string, url: string, status: number, who: keyof typeof as = 'member', body?: unknown): Promise<any> {
      const headers: Record<string, string> = {};
      if (as[who]) headers.authorization = `Bearer ${as[who]}`;
      if (body !== undefined) headers['content-type'] = 'application/json';
      const res = await t.app.request(`${BASE_URL}${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      assert.equal(res.status, status, `${method} ${url}: ${res.status} ${await res.clone().text()}`);
      const documented = doc.paths[path]?.[method.toLowerCase()]?.responses?.[status];
      assert.ok(documented, `${method} ${path} ${status} is not documented`);
      covered.add(`${method.toLowerCase()} ${path} ${status}`);
      if (!documented.content) return null;
      const data = await res.json();
      const validate = ajv.compile({ ...documented.content['application/json'].schema, components: doc.components });
      assert.ok(validate(data), `${method} ${url}: ${ajv.errorsText(validate.errors)}`);
      return data;
    }

    await call('GET', '/api/me', '/api/me', 200);
    await call('GET', '/api/me', '/api/me', 401, 'nobody');
    await call('GET', '/api/me/tokens', '/api/me/tokens', 200);
    await call('GET', '/api/me/tokens', '/api/me/tokens', 401, 'nobody');
    const made = await call('POST', '/api/me/tokens', '/api/me/tokens', 201, 'member', { name: 'spare' });
    await call('POST', '/api/me/tokens', '/api/me/tokens', 400, 'member', { name: '' });
    await call('DELETE', '/api/me/tokens/{id}', `/api/me/tokens/${made.id}`, 204);
    await call('DELETE', '/api/me/tokens/{id}', `/api/me/tokens/${made.id}`, 404);
    await call('POST', '/api/papers/{id}/upvote', '/api/papers/2501.00001/upvote', 200);
    await call('POST', '/api/papers/{id}/upvote', '/api/papers/2501.00001/upvote', 401, 'nobody');
    await call('POST', '/api/papers/{id}/upvote', '/api/papers/0000.00000/upvote', 404);
    await call('DELETE', '/api/papers/{id}/upvote', '/api/papers/2501.00001/upvote', 200);
    const c1 = await call('POST', '/api/papers/{id}/comments', '/api/papers/2501.00001/comments', 201, 'member', { body: 'Spec comment' });
    await call('POST', '/api/papers/{id}/comments', '/api/papers/2501.00001/comments', 201, 'other', { body: 'A reply', parentId: c1.id });
    await call('POST', '/api/papers/{id}/comments', '/api/papers/2501.00001/comments', 400, 'member', { body: '' });
    await call('GET', '/api/papers/{id}/comments', '/api/papers/2501.00001/comments', 200, 'nobody');
    await call('GET', '/api/papers/{id}/comments', '/api/papers/0000.00000/comments', 404, 'nobody');
    await call('PATCH', '/api/comments/{id}', `/api/comments/${c1.id}`, 204, 'member', { body: 'Edited' });
    await call('PATCH', '/api/comments/{id}', `/api/comments/${c1.id}`, 403, 'other', { body: 'Not mine' });
    await call('POST', '/api/comments/{id}/report', `/api/comments/${c1.id}/report`, 204, 'other', { reason: 'test' });
    await call('POST', '/api/comments/{id}/hide', `/api/comments/${c1.id}/hide`, 403, 'other');
    await call('POST', '/api/comments/{id}/hide', `/api/comments/${c1.id}/hide`, 204, 'mod');
    await call('GET', '/api/papers/{id}/comments', '/api/papers/2501.00001/comments', 200, 'nobody');
    const c2 = await call('POST', '/api/papers/{id}/comments', '/api/papers/2501.00002/comments', 201, 'member', { body: 'To delete' });
    await call('DELETE', '/api/comments/{id}', `/api/comments/${c2.id}`, 204);
    await call('DELETE', '/api/comments/{id}', `/api/comments/${c2.id}`, 404);

    const col = await call('POST', '/api/me/collections', '/api/me/collections', 201, 'member', { name: 'Spec list', isPublic: true });
    ids.col = col.id;
    await call('POST', '/api/me/collections', '/api/me/collections', 400, 'member', { name: '' });
    await call('GET', '/api/me/collections', '/api/me/collections', 200);
    await call('PUT', '/api/me/collections/{id}/papers/{paper}', `/api/me/collections/${col.id}/papers/2501.00001`, 204);
    await call('PUT', '/api/me/collections/{id}/papers/{paper}', `/api/me/collections/${col.id}/papers/2501.00001`, 404, 'other');
    await call('GET', '/api/me/collections/{id}', `/api/me/collections/${col.id}`, 200);
    await call('GET', '/api/me/collections/{id}', `/api/me/collections/${col.id}`, 404, 'other');
    await call('GET', '/api/collections/{address}', `/api/collections/${String(col.url).split('/c/')[1]}`, 200, 'nobody');
    await call('PATCH', '/api/me/collections/{id}', `/api/me/collections/${col.id}`, 200, 'member', { isPublic: false });
    await call('GET', '/api/collections/{address}', `/api/collections/${String(col.url).split('/c/')[1]}`, 404, 'nobody');
    await call('DELETE', '/api/me/collections/{id}/papers/{paper}', `/api/me/collections/${col.id}/papers/2501.00001`, 204);
    await call('DELETE', '/api/me/collections/{id}', `/api/me/collections/${col.id}`, 204);

    await call('PUT', '/api/me/papers/{id}/state', '/api/me/papers/2501.00001/state', 200, 'member', { readLater: true, read: true, notInterested: true, note: 'n' });
    await call('PUT', '/api/me/papers/{id}/state', '/api/me/papers/2501.00001/state', 400, 'member', { read: 1 });
    await call('GET', '/api/me/papers/{id}/state', '/api/me/papers/2501.00001/state', 200);
    for (const list of ['/api/me/read-later', '/api/me/read', '/api/me/not-interested']) await call('GET', list, list, 200);
    await call('POST', '/api/papers/{id}/claims', '/api/papers/2501.00001/claims', 202, 'member', { author: 'Alan Turing' });
    await call('POST', '/api/papers/{id}/claims', '/api/papers/2501.00001/claims', 400, 'member', { author: 'Nobody' });

    for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
      if (!item['x-tested-in']) continue;
      for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
        for (const status of Object.keys(item[method]?.responses ?? {})) assert.ok(covered.has(`${method} ${path} ${status}`), `${method} ${path} ${status} is not exercised`);
      }
    }
  });
});
