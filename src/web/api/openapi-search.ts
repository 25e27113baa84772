import { SEARCH_MODES, SEARCH_SORTS } from '../../search/types.ts';
import { SIMILAR_SORTS } from '../../search/similar.ts';
import { badRequest, error, intHeader, json, limitOf, query, ref } from './openapi-helpers.ts';
import { MAX_OFFSET, MAX_SUGGESTIONS, SEARCH_LIMIT } from './search.ts';
import { SIMILAR_LIMIT } from './similar.ts';

/** The search endpoints of the OpenAPI document: search, similar papers and suggestions. */
const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max });
const q = query('q', 'Words, "quoted phrases", -excluded words; the last word also matches as a prefix.', text(250), true);

const filters = [
  query('since', 'Published on or after this day.', { type: 'string', format: 'date' }),
  query('until', 'Published on or before this day (not before since).', { type: 'string', format: 'date' }),
  query('category', 'Only papers in this category, e.g. cs.LG.', text(200)),
  query('organization', 'Only papers of this organization (exact name).', text(200)),
  query('author', 'Only papers by this author (the whole name, accents and case aside).', text(200)),
  query('has_code', 'true: only papers with a code repository; false (as absent): no filter.', { enum: ['true', 'false'] }),
];

export const searchPaths = {
  '/api/papers/search': {
    get: {
      summary: 'Search papers by words, by meaning, or both, best first',
      description: 'hybrid (the default) fuses the word and meaning rankings. Until a search index is built, semantic and hybrid answer by words; X-Search-Mode says which mode answered. Semantic and hybrid results go at most 300 deep.',
      parameters: [
        q,
        query('mode', 'lexical: by words (full-text); semantic: by meaning; hybrid: both, fused.', { enum: SEARCH_MODES, default: 'hybrid' }),
        query('sort', 'relevance, or newest first, or most upvoted first.', { enum: SEARCH_SORTS, default: 'relevance' }),
        ...filters,
        query('limit', 'Results.', limitOf(SEARCH_LIMIT.max, SEARCH_LIMIT.default)),
        query('offset', 'Results to skip.', { type: 'integer', minimum: 0, maximum: MAX_OFFSET, default: 0 }),
      ],
      responses: {
        200: {
          description: 'Matching papers with their relevance. The body is the same array as ever; the rest is in headers.',
          headers: {
            'X-Total-Count': intHeader('Matches across all pages (lexical counting stops at 10,000).'),
            'X-Total-Is-Lower-Bound': { description: 'true when there are more matches than X-Total-Count.', schema: { enum: ['true', 'false'] } },
            'X-Search-Mode': { description: 'The mode that answered.', schema: { enum: SEARCH_MODES } },
          },
          content: json({ type: 'array', items: ref('SearchResult') }),
        },
        400: badRequest,
      },
    },
  },
  '/api/papers/{id}/similar': {
    get: {
      summary: 'Papers similar in meaning to one paper, each with its reason',
      parameters: [
        { name: 'id', in: 'path', required: true, description: 'Any id GET /api/papers/{id} takes.', schema: { type: 'string' } },
        query('limit', 'Papers.', limitOf(SIMILAR_LIMIT.max, SIMILAR_LIMIT.default)),
        query('sort', 'similarity, or newest or most upvoted among the 30 most similar.', { enum: SIMILAR_SORTS, default: 'similarity' }),
      ],
      responses: {
        200: { description: 'Similar papers; `available` is false until a search index is built.', content: json(ref('Similar')) },
        400: badRequest,
        404: error('No paper has this id.'),
      },
    },
  },
  '/api/search/suggest': {
    get: {
      summary: 'Title suggestions for a partly typed query (search as you type)',
      parameters: [q, query('limit', 'Suggestions.', limitOf(MAX_SUGGESTIONS, MAX_SUGGESTIONS))],
      responses: {
        200: { description: 'Papers whose titles match every word, the last as a prefix; cacheable for five minutes.', content: json({ type: 'array', maxItems: MAX_SUGGESTIONS, items: ref('Suggestion') }) },
        400: badRequest,
      },
    },
  },
};
