import type { Db } from '../../db/sqlite/open.ts';

/**
 * Maps query words to FTS5 terms with FTS5's own tokenizer, so stemming and diacritic folding
 * agree with the index by construction. A temporary FTS5 table (per connection, never on disk)
 * with papers_fts's tokenize option receives the words as rows; its fts5vocab 'instance' table
 * then lists each row's tokens in order. A prefix word ("networks"*) goes through the same
 * tokenizer in FTS5's query parser, so it is mapped the same way. Results are cached per word.
 */
export interface QueryTokenizer {
  /** FTS5 tokens of each word, in order (usually one; none for a word FTS5 would drop). */
  tokenize(words: readonly string[]): string[][];
}

const CACHE_LIMIT = 20_000;

/** The tokenize option papers_fts was created with (porter unicode61 remove_diacritics 2 today). */
export function ftsTokenizeOption(db: Db): string {
  const sql = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'papers_fts'").pluck().get() as string | undefined;
  const m = sql && /tokenize\s*=\s*'((?:[^']|'')*)'/i.exec(sql);
  return m ? m[1].replace(/''/g, "'") : 'unicode61';
}

export function createQueryTokenizer(db: Db): QueryTokenizer {
  const option = ftsTokenizeOption(db).replace(/'/g, "''");
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.lex_tokenizer USING fts5(w, tokenize='${option}');
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.lex_tokenizer_v USING fts5vocab(temp, lex_tokenizer, 'instance');`);
  const clear = db.prepare('DELETE FROM temp.lex_tokenizer');
  const insert = db.prepare('INSERT INTO temp.lex_tokenizer (rowid, w) VALUES (?, ?)');
  const read = db.prepare('SELECT doc, term, "offset" FROM temp.lex_tokenizer_v').raw();
  const cache = new Map<string, string[]>();

  function lookup(words: string[]): void {
    clear.run();
    words.forEach((w, i) => insert.run(i + 1, w));
    const found = new Map<number, Array<[number, string]>>();
    for (const [doc, term, offset] of read.all() as Array<[number, string, number]>) {
      let list = found.get(doc);
      if (!list) found.set(doc, (list = []));
      list.push([offset, term]);
    }
    clear.run();
    if (cache.size + words.length > CACHE_LIMIT) cache.clear();
    words.forEach((w, i) => cache.set(w, (found.get(i + 1) ?? []).sort((a, b) => a[0] - b[0]).map((x) => x[1])));
  }

  return {
    tokenize(words) {
      const missing = [...new Set(words.filter((w) => !cache.has(w)))];
      if (missing.length) lookup(missing);
      return words.map((w) => cache.get(w)!);
    },
  };
}
