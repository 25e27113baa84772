/**
 * JSON Schemas (2020-12, as OpenAPI 3.1 uses) of every API response. additionalProperties is
 * false throughout, so the conformance test also catches a field the server sends but the
 * document does not describe. Optional fields are the ones we leave out when unknown.
 */
const str = { type: 'string' } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;
const url = { type: 'string', format: 'uri', pattern: '^https?://' } as const;
const count = { type: 'integer', minimum: 0 } as const;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const obj = (properties: Record<string, unknown>, required: string[], description?: string) => ({
  type: 'object', ...(description ? { description } : {}), properties, required, additionalProperties: false,
});

const paperProps = {
  id: { ...str, description: 'Paper id: an arXiv id (2401.12345, hep-th_9901001) or t-… for papers without one.' },
  title: str,
  summary: { ...str, description: 'The abstract as imported; LaTeX as written.' },
  authors: { type: 'array', items: ref('Author') },
  publishedAt: dateTime,
  submittedOnDailyAt: { ...dateTime, description: 'When the paper entered the daily feed (midnight UTC of that day).' },
  upvotes: count,
  githubRepo: { ...url, description: 'The first code repository.' },
  projectPage: url,
  withdrawnAt: dateTime,
  organization: ref('NameRef'),
  submittedOnDailyBy: ref('NameRef'),
};
const paperRequired = ['id', 'title', 'summary', 'authors', 'upvotes'];

const entryProps = {
  paper: ref('Paper'),
  title: str,
  summary: str,
  publishedAt: dateTime,
  numComments: count,
  submittedBy: ref('NameRef'),
  organization: ref('NameRef'),
  thumbnail: url,
};
const entryRequired = ['paper', 'title', 'summary', 'numComments'];

export const SCHEMAS = {
  Author: obj({ name: str }, ['name']),
  NameRef: obj({ name: str }, ['name'], 'A user or organization, by name.'),
  Paper: obj(paperProps, paperRequired, 'Shaped like the paper object of Hugging Face’s API.'),
  TrendingScore: obj({
    score: { type: 'number', minimum: 0 },
    ageHours: { type: 'number', minimum: 0 },
    points: { type: 'number', minimum: 0 },
    explanation: { ...str, description: 'The formula with this paper’s numbers filled in.' },
  }, ['score', 'ageHours', 'points', 'explanation']),
  DailyPaper: obj({ ...entryProps, trending: ref('TrendingScore') }, entryRequired,
    'One entry of the daily feed; `trending` is present with sort=trending.'),
  SearchResult: obj({ ...entryProps, score: { type: 'number', description: 'Relevance, higher is better.' } },
    [...entryRequired, 'score']),
  SimilarPaper: obj({
    ...paperProps,
    score: { type: 'number', minimum: -1, maximum: 1, description: 'Cosine similarity of the two papers, higher is closer.' },
    reason: obj({
      terms: { type: 'array', items: str, description: 'Words that weigh most in both papers.' },
      categories: { type: 'array', items: str, description: 'Categories both papers are in.' },
    }, ['terms', 'categories']),
  }, [...paperRequired, 'score', 'reason'], 'A paper object plus why it is similar.'),
  Similar: obj({
    paper: { ...str, description: 'The id of the paper asked about (canonical, whatever alias was asked).' },
    available: { type: 'boolean', description: 'False until a search index is built; items is then empty.' },
    items: { type: 'array', items: ref('SimilarPaper') },
  }, ['paper', 'available', 'items']),
  Suggestion: obj({ id: str, title: str }, ['id', 'title']),
  PaperLinks: obj({ arxiv: url, pdf: url, code: { type: 'array', items: url }, project: url }, ['code']),
  PaperDetail: obj({
    ...paperProps,
    numComments: count,
    categories: { type: 'array', items: str },
    links: ref('PaperLinks'),
    arxivId: { ...str, description: 'Canonical arXiv id without version (hep-th/9901001 keeps its slash).' },
    version: { type: 'integer', minimum: 1 },
    authorCount: { ...count, description: 'All authors, when a source lists only the first few.' },
    updatedAt: dateTime,
  }, [...paperRequired, 'numComments', 'categories', 'links']),
  Health: obj({ status: { const: 'ok' }, papers: count, database: { enum: ['sqlite', 'postgres'] } }, ['status', 'papers', 'database']),
  Error: obj({
    error: obj({
      code: { ...str, description: 'Stable error code, e.g. invalid_argument, paper_not_found, not_found.' },
      message: { ...str, description: 'What went wrong, for a person.' },
      parameter: { ...str, description: 'For invalid_argument: the parameter at fault.' },
    }, ['code', 'message']),
  }, ['error']),
} as const;
