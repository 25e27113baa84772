import type { FieldSource, Paper, PaperInput } from '../../core/paper.ts';
import { mergePaper, newPaper, normalizeInput, type NormalizedInput } from '../../core/merge.ts';
import { titleKey } from '../../core/title-key.ts';
import type { UpsertOutcome } from '../store.ts';
import { paperToParams, rowToPaper, type ImportResolver, type PaperRow } from './paper-row.ts';

/**
 * The dialect-free half of an upsert: which stored paper an input is, and what to write. Both stores
 * run the same rules, so a batch imported into SQLite or PostgreSQL ends as the same papers.
 */

/** An incoming record with its identity settled and its title key computed once. */
export interface PreparedInput {
  input: NormalizedInput;
  key: string;
}

/** Normalizes a record; a record without a title is refused (the import runner counts it rejected). */
export function prepareInput(raw: PaperInput): PreparedInput {
  const input = normalizeInput(raw);
  if (!input) throw new Error('record has no title');
  return { input, key: titleKey(input.title) };
}

/** One way of finding the stored paper: by arXiv id, or by title key among title-only or arXiv papers. */
export type LookupStep =
  | { by: 'arxiv'; value: string }
  | { by: 'title-only'; value: string }
  | { by: 'arxiv-title'; value: string };

/**
 * The lookups to try in order; the first hit is the stored paper. An arXiv record may only absorb a
 * title-only paper (never another arXiv paper with the same title); a title-only record prefers an
 * arXiv paper over a title-only one.
 */
export function lookupSteps({ input, key }: PreparedInput): LookupStep[] {
  if (input.arxivId) return [{ by: 'arxiv', value: input.arxivId }, { by: 'title-only', value: key }];
  return [{ by: 'arxiv-title', value: key }, { by: 'title-only', value: key }];
}

/** A stored paper found for an input; `byTitle` when found through its title rather than its arXiv id. */
export interface Found {
  row: PaperRow;
  byTitle: boolean;
}

export type UpsertPlan =
  | { kind: 'insert'; paper: Paper; params: Record<string, unknown> }
  | { kind: 'unchanged' }
  | {
    kind: 'update';
    outcome: Exclude<UpsertOutcome, 'inserted' | 'unchanged'>;
    paper: Paper;
    params: Record<string, unknown>;
    /** Title, authors or abstract changed: the full-text entry must be rewritten. */
    textChanged: boolean;
    /** Title or abstract changed: the paper's vectors are out of date. */
    vectorStale: boolean;
    /** The former id to keep resolving (a title id after the paper gained an arXiv id), or null. */
    alias: string | null;
    categoriesChanged: boolean;
  };

/** Decides what one record does to the store: insert, update (or merge) the found paper, or nothing. */
export function planUpsert(prepared: PreparedInput, found: Found | null, stamp: FieldSource, now: string,
  resolve: ImportResolver): UpsertPlan {
  const { input, key } = prepared;
  if (!found) {
    const paper = newPaper(input, stamp);
    return { kind: 'insert', paper, params: paperToParams(paper, now, key) };
  }
  const old = found.row;
  const stored = rowToPaper(old, resolve);
  const { paper, changed } = mergePaper(stored, input, stamp);
  if (changed.length === 0) return { kind: 'unchanged' };
  const keyOfTitle = paper.title === input.title ? key : paper.title === old.title ? old.title_key : undefined;
  const params = paperToParams(paper, now, keyOfTitle);
  return {
    kind: 'update',
    outcome: found.byTitle && (stored.arxivId === null) !== (input.arxivId === null) ? 'merged' : 'updated',
    paper,
    params,
    textChanged: old.title !== params.title || old.authors_text !== params.authors_text || old.abstract !== params.abstract,
    vectorStale: old.title !== params.title || old.abstract !== params.abstract,
    alias: paper.id !== stored.id ? stored.id : null,
    categoriesChanged: changed.includes('categories'),
  };
}
