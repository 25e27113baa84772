import type { PaperInput } from '../core/paper.ts';

export const IMPORT_FORMATS = [
  'hf-listing', 'hf-daily', 'arxiv-atom', 'arxiv-oai', 'arxiv-listing', 'arxiv-snapshot',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One record read from a file: either a record or the reason it was rejected. */
export interface ImportItem {
  /** 1-based line of the file where the record starts. */
  line: number;
  record?: PaperInput;
  /** Why the record was rejected: names the field and what was expected. */
  error?: string;
}

export interface ImportContext {
  /** Path as the user gave it, for messages. */
  file: string;
  /** YYYY-MM-DD: the day a saved listing page was saved; dates without a year fall on or before it. */
  listingDate: string;
}

/**
 * An importer turns a decompressed byte stream into records. It must not throw for a bad record
 * (yield an item with `error` instead); it throws a PaperboyError only when the whole file is unusable.
 */
export interface Importer {
  format: ImportFormat;
  read(input: NodeJS.ReadableStream, ctx: ImportContext): AsyncIterable<ImportItem>;
}
