import { METRICS } from '../../results/types.ts';
import { RESULT_SORTS } from '../../results/repo.ts';
import { badRequest, error, intHeader, json, query, ref } from './openapi-helpers.ts';

/** The results endpoints of the OpenAPI document (docs/RESULTS.md). */
const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max });
const nullableText = { type: ['string', 'null'] };

export const RESULT_SCHEMAS = {
  Claim: {
    type: 'object',
    description: 'A numeric result read from a title or abstract: value for a number, min and max for a range; span is the sentence it came from.',
    additionalProperties: false,
    required: ['metric', 'unit', 'direction', 'qualifier', 'baseline', 'hardware', 'benchmark', 'span', 'source', 'valueStart', 'valueEnd'],
    properties: {
      metric: { enum: METRICS },
      value: { type: 'number' },
      min: { type: 'number' },
      max: { type: 'number' },
      unit: { type: 'string', description: 'x, %, pp, tokens/s, TOPS/W, W, ms, GB, mm2, ... ("" for a bare score).' },
      direction: { enum: ['better', 'worse', null] },
      qualifier: { enum: ['up to', 'average', 'at least', 'at most', 'about', null] },
      baseline: nullableText,
      hardware: nullableText,
      benchmark: nullableText,
      span: { type: 'string' },
      source: { enum: ['title', 'abstract'] },
      valueStart: { type: 'integer', minimum: 0 },
      valueEnd: { type: 'integer', minimum: 0 },
      paper: {
        type: 'object', additionalProperties: false, required: ['id', 'title', 'publishedAt'],
        properties: { id: { type: 'string' }, title: { type: 'string' }, publishedAt: { type: ['string', 'null'], format: 'date' } },
      },
    },
    oneOf: [{ required: ['value'] }, { required: ['min', 'max'] }],
  },
};

export const resultsPaths = {
  '/api/results': {
    get: {
      summary: 'Result claims across papers (the results explorer), as JSON or CSV',
      parameters: [
        query('metric', 'Only this metric.', { enum: METRICS }),
        query('unit', 'Only this unit, e.g. x or %.', text(30)),
        query('hardware', 'Only claims on this hardware (its canonical name, any case), e.g. NVIDIA H100.', text(100)),
        query('benchmark', 'Only claims on this benchmark (any case).', text(100)),
        query('baseline', 'Only claims whose baseline contains these words (any case).', text(100)),
        query('since', 'Papers published on or after this day.', { type: 'string', format: 'date' }),
        query('until', 'Papers published on or before this day.', { type: 'string', format: 'date' }),
        query('category', 'Only papers in this category, e.g. cs.AR.', text(40)),
        query('sort', 'Default: newest papers first.', { enum: RESULT_SORTS, default: 'date_desc' }),
        query('limit', 'Claims.', { type: 'integer', minimum: 1, maximum: 1000, default: 100 }),
        query('offset', 'Claims to skip.', { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 }),
        query('format', 'csv: a CSV download of the same claims.', { enum: ['json', 'csv'], default: 'json' }),
      ],
      responses: {
        200: {
          description: 'Matching claims, each with its paper.',
          headers: { 'X-Total-Count': intHeader('Claims across all pages.') },
          content: { ...json({ type: 'array', items: ref('Claim') }), 'text/csv': { schema: { type: 'string' } } },
        },
        400: badRequest,
      },
    },
  },
  '/api/papers/{id}/results': {
    get: {
      summary: 'The result claims of one paper, in the order they appear',
      parameters: [{ name: 'id', in: 'path', required: true, description: '2401.12345, 2401.12345v2, hep-th_9901001 or t-…', schema: { type: 'string' } }],
      responses: { 200: { description: 'Its claims (an empty array when it has none).', content: json({ type: 'array', items: ref('Claim') }) }, 404: error('No paper has this id.') },
    },
  },
};
