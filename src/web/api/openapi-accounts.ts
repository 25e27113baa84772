import { error, json, ref } from './openapi-helpers.ts';

/**
 * The account API in the OpenAPI document: accounts, tokens, upvotes, comments, collections,
 * reading state and author claims. Each path carries x-tested-in: the conformance test that
 * exercises its every documented response with a signed-in user (test/accounts/openapi-accounts.test.ts).
 */
const TESTED = { 'x-tested-in': 'test/accounts/openapi-accounts.test.ts' };
const str = { type: 'string' };
const time = { type: 'string', format: 'date-time' };
const obj = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({ type: 'object', properties, required, additionalProperties: false });
const pathParam = (name: string, description: string, schema: unknown = str) => ({ name, in: 'path', required: true, description, schema });
const paper = pathParam('id', 'Paper id (2401.12345, hep-th_9901001, t-…).');
const numberId = (what: string) => pathParam('id', `The ${what} number.`, { type: 'integer', minimum: 1 });
const auth = [{ bearer: [] }, { session: [] }];
const body = (schema: unknown) => ({ required: true, content: json(schema) });
const noContent = (description: string) => ({ description });
const unauthorized = error('Not signed in, or the token is unknown, revoked or its account banned.');
const notFound = (what: string) => error(`No such ${what} (another user's private things are "not found" too).`);
const op = (summary: string, responses: Record<string, unknown>, more: Record<string, unknown> = {}) => ({ summary, tags: ['accounts'], security: auth, ...more, responses });

export const ACCOUNT_SCHEMAS = {
  Me: obj({ user: obj({ id: { type: 'integer' }, email: str, displayName: str, role: { enum: ['admin', 'moderator', 'member'] }, emailVerified: { type: 'boolean' }, createdAt: time }) }),
  ApiToken: obj({ id: { type: 'integer' }, name: str, createdAt: time, lastUsedAt: { type: ['string', 'null'], format: 'date-time' } }),
  UpvoteState: obj({ paperId: str, upvoted: { type: 'boolean' }, upvotes: { type: 'integer', minimum: 0 }, importedUpvotes: { type: 'integer', minimum: 0 }, localUpvotes: { type: 'integer', minimum: 0 } }),
  Comment: obj({
    id: { type: 'integer' }, parentId: { type: ['integer', 'null'] },
    author: { oneOf: [{ type: 'null' }, obj({ id: { type: 'integer' }, name: str })] },
    body: { type: ['string', 'null'], description: 'The Markdown source; null once deleted or hidden.' },
    state: { enum: ['visible', 'deleted', 'hidden'] }, createdAt: time, editedAt: { type: ['string', 'null'], format: 'date-time' },
    replies: { type: 'array', items: ref('Comment') },
  }),
  Collection: obj({ id: { type: 'integer' }, name: str, isPublic: { type: 'boolean' }, papers: { type: 'integer', minimum: 0 }, createdAt: time, url: { type: 'string', format: 'uri' } }, ['id', 'name', 'isPublic', 'papers', 'createdAt']),
  PaperState: obj({ readLater: { type: 'boolean' }, read: { type: 'boolean' }, notInterested: { type: 'boolean' }, note: str }),
};

const collectionWithPapers = obj({ collection: ref('Collection'), papers: { type: 'array', items: ref('Paper') } });
const paperList = { type: 'array', items: ref('Paper') };

const query = (name: string, description: string, schema: unknown) => ({ name, in: 'query', required: false, description, schema });
const recommendation = obj({
  paper: ref('Paper'),
  score: { type: ['number', 'null'], description: 'The reader model\'s score; null before a model ranked the feed.' },
  reason: obj({
    terms: { type: 'array', items: str, description: 'Words of the paper that weighed most for this reader.' },
    authors: { type: 'array', items: str, description: 'Authors whose papers the reader liked.' },
    near: { type: 'array', items: obj({ id: str, title: str, similarity: { type: 'number' } }), description: 'The reader\'s papers closest to this one.' },
    because: { ...str, description: 'Why it is listed before a model exists ("new", a picked category...).' },
  }, ['terms', 'authors', 'near']),
});
const recommendations = obj({
  status: { enum: ['ready', 'updating', 'training', 'cold', 'unavailable'] }, message: str,
  trainedAt: { type: ['string', 'null'], format: 'date-time' }, total: { type: 'integer', minimum: 0 },
  limit: { type: 'integer' }, offset: { type: 'integer' }, items: { type: 'array', items: recommendation },
});

export const accountPaths = {
  '/api/recommendations': {
    ...TESTED,
    get: op('Your For you feed, or one collection\'s', {
      200: { description: 'Papers ranked by a model of this reader alone; `status` says whether a trained model ranked them (docs/RECOMMENDATIONS.md).', content: json(recommendations) },
      400: error('`limit`, `offset` or `collection` out of range.'), 401: unauthorized, 404: notFound('collection'),
    }, { parameters: [query('limit', '1 to 100 (default 20).', { type: 'integer', minimum: 1, maximum: 100 }),
      query('offset', '0 to 10,000.', { type: 'integer', minimum: 0, maximum: 10000 }),
      query('collection', 'One of your collections: recommendations learned from its papers only.', { type: 'integer', minimum: 1 })] }),
  },
  '/api/me': { ...TESTED, get: op('The signed-in account', { 200: { description: 'The account.', content: json(ref('Me')) }, 401: unauthorized }) },
  '/api/me/tokens': {
    ...TESTED,
    get: op('Your personal access tokens', { 200: { description: 'Live tokens (never the secrets).', content: json(obj({ tokens: { type: 'array', items: ref('ApiToken') } })) }, 401: unauthorized }),
    post: op('Make a personal access token', { 201: { description: 'The token, shown this once.', content: json(obj({ id: { type: 'integer' }, token: str })) }, 400: error('`name` is missing or too long.') }, { requestBody: body(obj({ name: str })) }),
  },
  '/api/me/tokens/{id}': { ...TESTED, delete: op('Revoke a token', { 204: noContent('Revoked.'), 404: notFound('token') }, { parameters: [numberId('token')] }) },
  '/api/papers/{id}/upvote': {
    ...TESTED,
    post: op('Upvote a paper (again is a no-op)', { 200: { description: 'The counts after.', content: json(ref('UpvoteState')) }, 401: unauthorized, 404: error('No paper has this id.') }, { parameters: [paper] }),
    delete: op('Take back an upvote', { 200: { description: 'The counts after.', content: json(ref('UpvoteState')) } }, { parameters: [paper] }),
  },
  '/api/papers/{id}/comments': {
    ...TESTED,
    get: { summary: 'The discussion of a paper', tags: ['accounts'], parameters: [paper], responses: { 200: { description: 'Top-level comments oldest first, each with its replies.', content: json(obj({ comments: { type: 'array', items: ref('Comment') } })) }, 404: error('No paper has this id.') } },
    post: op('Comment, or reply with parentId', { 201: { description: 'The new comment.', content: json(obj({ id: { type: 'integer' }, parentId: { type: ['integer', 'null'] }, body: str, createdAt: time })) }, 400: error('`body` is empty or too long, or `parentId` is not a comment of this paper.') },
      { parameters: [paper], requestBody: body(obj({ body: str, parentId: { type: 'integer' } }, ['body'])) }),
  },
  '/api/comments/{id}': {
    ...TESTED,
    patch: op('Edit your comment (within 15 minutes)', { 204: noContent('Saved.'), 403: error('Not yours, or the edit window has passed.') }, { parameters: [numberId('comment')], requestBody: body(obj({ body: str })) }),
    delete: op('Delete your comment (moderators: any)', { 204: noContent('Deleted.'), 404: notFound('comment') }, { parameters: [numberId('comment')] }),
  },
  '/api/comments/{id}/report': { ...TESTED, post: op('Report a comment to the moderators', { 204: noContent('Reported.') }, { parameters: [numberId('comment')], requestBody: body(obj({ reason: str })) }) },
  '/api/comments/{id}/hide': { ...TESTED, post: op('Hide a comment (moderators)', { 204: noContent('Hidden.'), 403: error('Needs the moderator role.') }, { parameters: [numberId('comment')] }) },
  '/api/me/collections': {
    ...TESTED,
    get: op('Your collections', { 200: { description: 'Oldest first.', content: json(obj({ collections: { type: 'array', items: ref('Collection') } })) } }),
    post: op('Make a collection', { 201: { description: 'The collection.', content: json(ref('Collection')) }, 400: error('`name` is missing or too long.') }, { requestBody: body(obj({ name: str, isPublic: { type: 'boolean' } }, ['name'])) }),
  },
  '/api/me/collections/{id}': {
    ...TESTED,
    get: op('One of your collections with its papers', { 200: { description: 'Most recently added first.', content: json(collectionWithPapers) }, 404: notFound('collection') }, { parameters: [numberId('collection')] }),
    patch: op('Rename it or make it public or private', { 200: { description: 'The collection.', content: json(ref('Collection')) } }, { parameters: [numberId('collection')], requestBody: body(obj({ name: str, isPublic: { type: 'boolean' } }, [])) }),
    delete: op('Delete it', { 204: noContent('Deleted.') }, { parameters: [numberId('collection')] }),
  },
  '/api/me/collections/{id}/papers/{paper}': {
    ...TESTED,
    put: op('Add a paper', { 204: noContent('Added (again is a no-op).'), 404: notFound('collection or paper') }, { parameters: [numberId('collection'), pathParam('paper', 'Paper id.')] }),
    delete: op('Remove a paper', { 204: noContent('Removed.') }, { parameters: [numberId('collection'), pathParam('paper', 'Paper id.')] }),
  },
  '/api/collections/{address}': {
    ...TESTED,
    get: { summary: 'A public collection, for anyone', tags: ['accounts'], parameters: [pathParam('address', 'The random part of its shareable address.')], responses: { 200: { description: 'The collection and its papers.', content: json(collectionWithPapers) }, 404: error('No public collection has this address.') } },
  },
  '/api/me/papers/{id}/state': {
    ...TESTED,
    get: op('Your read later, read, not interested and note for a paper', { 200: { description: 'The state.', content: json(ref('PaperState')) } }, { parameters: [paper] }),
    put: op('Change some of them', { 200: { description: 'The state after.', content: json(ref('PaperState')) }, 400: error('A flag is not true or false, or the note is too long.') }, { parameters: [paper], requestBody: body(obj({ readLater: { type: 'boolean' }, read: { type: 'boolean' }, notInterested: { type: 'boolean' }, note: str }, [])) }),
  },
  '/api/me/read-later': { ...TESTED, get: op('Papers you saved to read later', { 200: { description: 'Most recent first.', content: json(paperList) } }) },
  '/api/me/read': { ...TESTED, get: op('Papers you marked read', { 200: { description: 'Most recent first.', content: json(paperList) } }) },
  '/api/me/not-interested': { ...TESTED, get: op('Papers you marked not interested', { 200: { description: 'Most recent first.', content: json(paperList) } }) },
  '/api/papers/{id}/claims': {
    ...TESTED,
    post: op('Claim one of the paper’s author names as you', { 202: { description: 'Waiting for a moderator.', content: json(obj({ status: { const: 'pending' } })) }, 400: error('`author` is not one of the paper’s authors.') }, { parameters: [paper], requestBody: body(obj({ author: str })) }),
  },
};

export const SECURITY_SCHEMES = {
  bearer: { type: 'http', scheme: 'bearer', description: 'A personal access token (paperboy token create EMAIL, or /settings).' },
  session: { type: 'apiKey', in: 'cookie', name: 'pb_session', description: 'A browser session; changes also need the X-CSRF-Token header.' },
};
