/**
 * The built-in demo corpus behind `paperboy demo`: synthetic but plausible papers across a dozen
 * fields, spread over the ~120 days ending at an anchor date. Every record has arxivId null (so the
 * store gives it a title id and nothing pretends to be on arXiv) and isDemo true. Same options,
 * byte-identical output: all randomness comes from one seeded generator, never the clock.
 */
import type { PaperInput } from '../core/paper.ts';
import { invalidArgument } from '../errors.ts';
import { normalizeTitle } from '../core/title-key.ts';
import { apportion, formatDay, parseDay, weekdaysBetween } from './calendar.ts';
import type { Field } from './field.ts';
import { pickField } from './fields.ts';
import { coinName, composeAbstract, composeTitle, drawTheme, type Theme } from './paper-text.ts';
import { AUTHORS, CURATORS, ORGANIZATIONS, authorHandle, orgSlug, teamOf } from './people.ts';
import { createRng, type Rng } from './rng.ts';

/** Options of demoCorpus. */
export interface DemoCorpusOptions {
  /** The newest day of the corpus, YYYY-MM-DD (usually today). */
  anchorDate: string;
  /** Number of papers; default 3000. */
  count?: number;
  /** Generator seed; default DEFAULT_DEMO_SEED. */
  seed?: number;
}

/** The seed used when none is given. */
export const DEFAULT_DEMO_SEED = 20240611;
/** Days covered, counting the anchor day. */
export const DEMO_SPAN_DAYS = 120;

/** Share of papers with an organization, a code link, a project page. */
const ORG_SHARE = 0.6;
const CODE_SHARE = 0.3;
const PROJECT_SHARE = 0.1;
/** Authors per paper, 1..12: most papers have 3 to 6, as on arXiv's cs listings. */
const AUTHOR_COUNT_WEIGHTS = [4, 9, 15, 17, 15, 12, 9, 7, 5, 3, 2, 2];

/**
 * Builds the demo corpus. Papers are ordered by feed day, oldest first. Weekdays get the feed;
 * the last weeks get about a third more papers per day than the first ones, as a growing site would.
 */
export function demoCorpus(opts: DemoCorpusOptions): PaperInput[] {
  const anchor = anchorDay(opts.anchorDate);
  const count = opts.count ?? 3000;
  if (!Number.isInteger(count) || count < 0) throw invalidArgument('count', `count must be a non-negative integer, got ${count}`);
  const seed = opts.seed ?? DEFAULT_DEMO_SEED;
  if (!Number.isInteger(seed)) throw invalidArgument('seed', `seed must be an integer, got ${seed}`);
  const rng = createRng(seed);
  const days = weekdaysBetween(anchor - DEMO_SPAN_DAYS + 1, anchor);
  // Linear ramp from 0.85 to 1.15 plus +-6% jitter: recent days busier, days uneven, and with the
  // default 3000 papers every weekday stays within roughly 27..42 papers.
  const weights = days.map((_, i) => 0.85 + (0.3 * i) / Math.max(1, days.length - 1) + (rng.next() - 0.5) * 0.12);
  const perDay = apportion(count, weights);
  const ctx: Context = { rng, days, dayNames: days.map(formatDay), anchor, titleKeys: new Set() };
  const papers: PaperInput[] = [];
  perDay.forEach((n, dayIndex) => {
    for (let k = 0; k < n; k++) papers.push(makePaper(ctx, dayIndex));
  });
  return papers;
}

function anchorDay(iso: string): number {
  try {
    return parseDay(iso);
  } catch {
    throw invalidArgument('anchorDate', `anchorDate must be a date as YYYY-MM-DD, got "${iso}"`);
  }
}

/**
 * The store's notion of "same title" (normalizeTitle). Generated titles are plain ASCII, for which
 * lower-casing and dropping punctuation gives the same key without the cost of Unicode
 * normalization; anything else goes through normalizeTitle itself.
 */
function titleIdentity(title: string): string {
  if (!/^[\x20-\x5b\x5d-\x7e]*$/.test(title)) return normalizeTitle(title);
  return title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * A title not yet in the corpus (compared as the store compares them), with the name and theme it
 * was made from: same theme first, then new themes, then new names, then a numbered part.
 */
function uniqueTitle(rng: Rng, field: Field, name: string | null, seen: Set<string>): { title: string; name: string | null; theme: Theme } {
  let theme = drawTheme(rng, field);
  for (let attempt = 0; ; attempt++) {
    if (attempt >= 10) theme = drawTheme(rng, field);
    if (attempt >= 20 && name !== null) name = coinName(rng, field);
    let title = composeTitle(rng, field, name, theme);
    // Templates can run out for a small field; a numbered part keeps the loop finite.
    if (attempt >= 40) title += ` (Part ${attempt - 38})`;
    const key = titleIdentity(title);
    if (!seen.has(key)) {
      seen.add(key);
      return { title, name, theme };
    }
  }
}

function drawAuthors(rng: Rng, orgIndex: number | null): string[] {
  let x = rng.next() * AUTHOR_COUNT_WEIGHTS.reduce((a, b) => a + b, 0);
  let n = 1;
  for (const w of AUTHOR_COUNT_WEIGHTS) if ((x -= w) >= 0) n++; else break;
  const team = orgIndex === null ? null : teamOf(orgIndex);
  const authors: string[] = [];
  while (authors.length < n) {
    // Two in three authors of an organization's paper come from its team: repeat co-authors.
    const name = team && rng.chance(0.67) ? rng.pick(team) : rng.pick(AUTHORS);
    if (!authors.includes(name)) authors.push(name);
  }
  return authors;
}

/** Heavy-tailed votes: log-normal, so most papers get 0-20 and a few 100-400. */
function drawUpvotes(rng: Rng, ageDays: number): number {
  let votes = Math.floor(Math.exp(1.2 + 1.25 * rng.normal())) - 1;
  // Papers from the last two days are still collecting votes.
  if (ageDays < 2) votes = Math.floor(votes * (0.4 + 0.3 * ageDays));
  return Math.max(0, votes > 400 ? 300 + (votes % 100) : votes);
}

/** State shared by the papers of one corpus. */
interface Context {
  rng: Rng;
  /** Weekday numbers of the span, oldest first, and their YYYY-MM-DD names. */
  days: number[];
  dayNames: string[];
  anchor: number;
  /** Keys of the titles used so far. */
  titleKeys: Set<string>;
}

function makePaper(ctx: Context, dayIndex: number): PaperInput {
  const { rng, days, dayNames, anchor, titleKeys } = ctx;
  const field = pickField(rng.next());
  const { title, name, theme } = uniqueTitle(rng, field, rng.chance(field.nameChance) ? coinName(rng, field) : null, titleKeys);
  const orgIndex = rng.chance(ORG_SHARE) ? rng.int(0, ORGANIZATIONS.length - 1) : null;
  const organization = orgIndex === null ? null : ORGANIZATIONS[orgIndex];
  const authors = drawAuthors(rng, orgIndex);

  const categories = [rng.pick(field.primary)];
  for (let extra = rng.int(0, 2); extra > 0; extra--) {
    const c = rng.pick(field.cross);
    if (!categories.includes(c)) categories.push(c);
  }

  // Feed day first; publication is the same weekday or one or two weekdays before it.
  const lag = rng.chance(0.55) ? 0 : rng.int(1, 2);
  const feedDay = days[dayIndex];
  const publishedAt = dayNames[Math.max(0, dayIndex - lag)];

  const hasCode = rng.chance(CODE_SHARE);
  const hasProject = rng.chance(PROJECT_SHARE);
  let codeUrl: string | null = null;
  let project: string | null = null;
  if (hasCode || hasProject) {
    // The lab's account or the first author's; the repository is named for the system or the title.
    const owner = organization && rng.chance(0.6) ? orgSlug(organization) : authorHandle(authors[0]);
    const repo = (name ?? (title.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 3).slice(0, 3).join('-') || 'code')).toLowerCase();
    if (hasCode) codeUrl = `https://github.com/${owner}/${repo}`;
    if (hasProject) project = `https://${owner}.github.io/${repo}/`;
  }
  const abstract = composeAbstract(rng, field, { name, theme, codeUrl, project: project !== null, math: rng.chance(field.mathChance) });

  const upvotes = drawUpvotes(rng, anchor - feedDay);
  // Discussion follows attention: roughly 4-16% of voters comment, plus occasional chatter.
  const numComments = Math.min(30, Math.floor(upvotes * (0.04 + 0.12 * rng.next())) + (rng.chance(0.25) ? rng.int(0, 3) : 0));
  return {
    arxivId: null,
    version: null,
    title,
    abstract,
    authors,
    authorCount: authors.length,
    categories,
    publishedAt,
    updatedAt: publishedAt,
    links: { arxiv: null, pdf: null, code: codeUrl ? [codeUrl] : [], project },
    organization,
    upvotes,
    numComments,
    submittedOnDailyAt: dayNames[dayIndex],
    withdrawnAt: null,
    submittedBy: rng.chance(0.6) ? authorHandle(authors[0]) : rng.pick(CURATORS),
    thumbnail: null,
    isDemo: true,
  };
}
