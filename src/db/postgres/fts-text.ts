import { authorKey } from '../../core/author-key.ts';

/**
 * Text as the full-text index sees it: diacritics removed (as FTS5's remove_diacritics does, without
 * needing the unaccent extension) and every run of non-letters and non-digits made a space (as FTS5's
 * unicode61 tokenizer splits), so "low-bit" indexes as the two words a query for it parses into.
 */
export function ftsText(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The weighted document vector, from three parameters holding ftsText() of title, authors and
 * abstract: title A, authors B, abstract C (the ranking weights them 10:4:1, see search-read.ts).
 */
export const tsvSql = (title: string, authors: string, abstract: string) =>
  `setweight(to_tsvector('paperboy', ${title}), 'A') || setweight(to_tsvector('paperboy', ${authors}), 'B')
    || setweight(to_tsvector('paperboy', ${abstract}), 'C')`;

/** The values a papers row needs beyond the shared columns: index text and exact author keys. */
export function searchColumns(p: { title: unknown; authors_text: unknown; abstract: unknown; authors: unknown }) {
  return {
    ftsTitle: ftsText(String(p.title)),
    ftsAuthors: ftsText(String(p.authors_text)),
    ftsAbstract: ftsText(String(p.abstract)),
    authorKeys: (JSON.parse(String(p.authors)) as string[]).map(authorKey),
  };
}
