import type { Db } from '../../db/sqlite/open.ts';
import { lengthNorm, saturate } from './bm25.ts';
import { BLOCK_SIZE, decodeBlock, decodeTiers, encodeBlock, encodeTiers } from './block-codec.ts';
import { blockKey, DOCLEN_CHUNK, swappedTablesSql, SWAPPED_TABLES, type BuildTuning } from './schema.ts';
import { assignTiers } from './tiers.ts';
import { CHUNK_ROWS, CHUNK_SHIFT, decodeDenseChunk, encodeDenseChunk, freqInChunk, nextInChunk } from './dense-chunk.ts';

/** A term's postings encoded for storage: skip blob plus, per tier, its blobs by number (inline when only one). */
interface Encoded { count: number; blocks: Array<Array<[number, Buffer]>>; skip: Buffer; inline: Buffer | null }

/**
 * Writes a new index into the `_next` tables in short transactions (a few MB each), so a build
 * never holds the write lock for long and imports keep running beside it.
 */
export function createIndexWriter(db: Db, docLengths: Uint32Array, avgdl: number, tuning: BuildTuning) {
  for (const t of SWAPPED_TABLES) db.exec(`DROP TABLE IF EXISTS ${t}_next`);
  db.exec(swappedTablesSql('_next'));
  const insTerm = db.prepare('INSERT INTO lex_terms_next (id, term, df, tiers, skip, inline) VALUES (?, ?, ?, ?, ?, ?)');
  const insBlock = db.prepare('INSERT INTO lex_blocks_next (id, data) VALUES (?, ?)');
  const insPrefix = db.prepare('INSERT INTO lex_prefix_next (id, lo, hi, n, tiers, skip, inline) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insDoclen = db.prepare('INSERT INTO lex_doclen_next (chunk, data) VALUES (?, ?)');
  const getTerm = db.prepare('SELECT skip, inline FROM lex_terms_next WHERE id = ?').raw();
  const getBlock = db.prepare('SELECT data FROM lex_blocks_next WHERE id = ?').pluck();

  let pending: Array<() => void> = [];
  let pendingBytes = 0;
  const flush = db.transaction(() => { for (const op of pending) op(); });
  const queue = (bytes: number, op: () => void): void => {
    pending.push(op);
    pendingBytes += bytes;
    if (pendingBytes > 8 << 20) commit();
  };
  function commit(): void {
    if (pending.length) flush();
    pending = [];
    pendingBytes = 0;
  }

  let postings = 0;
  let blockRows = 0;

  const parts = new Float64Array(docLengths.length);
  const tierRowids = new Uint32Array(docLengths.length);
  const tierFreqs = new Uint32Array(docLengths.length);
  const tierParts = new Float64Array(docLengths.length);
  const tierOf = new Uint8Array(docLengths.length);

  /**
   * Splits rowid-sorted postings into tiers by frequency part, then each tier into blocks with the
   * largest part each holds. Scanning in rowid order keeps every tier rowid-sorted.
   */
  function encode(rowids: Uint32Array, freqs: Uint32Array, count: number): Encoded {
    for (let i = 0; i < count; i++) parts[i] = saturate(freqs[i], lengthNorm(docLengths[rowids[i]], avgdl));
    const nTiers = assignTiers(parts, freqs, count, tierOf, tuning.minTier);
    const tiers: Array<{ count: number; lastRowid: number[]; maxPart: number[]; dense: boolean; maxFreq: number }> = [];
    const blocks: Array<Array<[number, Buffer]>> = [];
    for (let t = 0; t < nTiers; t++) {
      let n = 0;
      let maxFreq = 0;
      for (let i = 0; i < count; i++) {
        if (tierOf[i] !== t) continue;
        tierRowids[n] = rowids[i];
        tierFreqs[n] = freqs[i];
        tierParts[n] = parts[i];
        if (freqs[i] > maxFreq) maxFreq = freqs[i];
        n++;
      }
      const dense = n >= docLengths.length * tuning.denseShare;
      const tier = { count: n, lastRowid: [] as number[], maxPart: [] as number[], dense, maxFreq };
      const tierBlocks: Array<[number, Buffer]> = [];
      // Skip data (block maxima per 128 postings) in both forms; the postings as blocks or chunks.
      for (let from = 0; from < n; from += BLOCK_SIZE) {
        const to = Math.min(n, from + BLOCK_SIZE);
        let m = 0;
        for (let i = from; i < to; i++) if (tierParts[i] > m) m = tierParts[i];
        tier.lastRowid.push(tierRowids[to - 1]);
        tier.maxPart.push(m);
        if (!dense) tierBlocks.push([tierBlocks.length, encodeBlock(tierRowids, tierFreqs, from, to, from === 0 ? 0 : tierRowids[from - 1])]);
      }
      for (let from = 0; dense && from < n;) {
        const chunk = tierRowids[from] >>> CHUNK_SHIFT;
        let to = from;
        while (to < n && tierRowids[to] >>> CHUNK_SHIFT === chunk) to++;
        tierBlocks.push([chunk, encodeDenseChunk(tierRowids, tierFreqs, from, to, chunk)]);
        from = to;
      }
      tiers.push(tier);
      blocks.push(tierBlocks);
    }
    // A list with a single block keeps it in its own row: one read instead of two.
    const inline = blocks.length === 1 && blocks[0].length === 1 && !tiers[0].dense ? blocks[0][0][1] : null;
    return { count, blocks, skip: encodeTiers(tiers), inline };
  }

  function queueBlocks(id: number, e: Encoded): void {
    if (e.inline) return;
    e.blocks.forEach((tier, t) => tier.forEach(([b, blob]) => queue(blob.length + 16, () => insBlock.run(blockKey(id, t, b), blob))));
    blockRows += e.blocks.reduce((n, tier) => n + tier.length, 0);
  }

  function addTerm(id: number, term: string, rowids: Uint32Array, freqs: Uint32Array, count: number): void {
    const e = encode(rowids, freqs, count);
    queue(e.skip.length + (e.inline?.length ?? 0) + term.length, () => insTerm.run(id, term, count, e.blocks.length, e.skip, e.inline));
    queueBlocks(id, e);
    postings += count;
  }

  /** A prefix range's union count, with its merged postings when given. */
  function addPrefix(id: number, lo: number, hi: number, n: number, merged?: { rowids: Uint32Array; freqs: Uint32Array }): void {
    if (!merged) { queue(32, () => insPrefix.run(id, lo, hi, n, 0, null, null)); return; }
    const e = encode(merged.rowids, merged.freqs, n);
    queue(e.skip.length + (e.inline?.length ?? 0), () => insPrefix.run(id, lo, hi, n, e.blocks.length, e.skip, e.inline));
    queueBlocks(id, e);
  }

  /** Calls `visit(rowid, freq)` for every posting of a term already written (and committed), tier by tier. */
  function forEachPosting(id: number, visit: (rowid: number, freq: number) => void): void {
    const [skipBlob, inline] = getTerm.get(id) as [Buffer, Buffer | null];
    const rowids = new Uint32Array(BLOCK_SIZE);
    const freqs = new Uint32Array(BLOCK_SIZE);
    decodeTiers(skipBlob).forEach((tier, t) => {
      if (tier.dense) {
        for (let chunk = 0; chunk * CHUNK_ROWS < docLengths.length; chunk++) {
          const data = getBlock.get(blockKey(id, t, chunk)) as Buffer | undefined;
          if (!data) continue;
          const c = decodeDenseChunk(data, chunk);
          for (let d = nextInChunk(c, 0); d >= 0; d = nextInChunk(c, d + 1)) visit(d, freqInChunk(c, d));
        }
        return;
      }
      for (let b = 0; b < tier.lastRowid.length; b++) {
        const data = inline ?? (getBlock.get(blockKey(id, t, b)) as Buffer);
        const n = decodeBlock(data, b === 0 ? 0 : tier.lastRowid[b - 1], rowids, freqs);
        for (let i = 0; i < n; i++) visit(rowids[i], freqs[i]);
      }
    });
  }

  /** Stores FTS5's token count per row so the search can compute exact scores of any candidate. */
  function addDocLengths(): void {
    for (let c = 0; c * DOCLEN_CHUNK < docLengths.length; c++) {
      const slice = docLengths.subarray(c * DOCLEN_CHUNK, Math.min(docLengths.length, (c + 1) * DOCLEN_CHUNK));
      const buf = Buffer.from(slice.buffer, slice.byteOffset, slice.byteLength);
      queue(buf.length, () => insDoclen.run(c, Buffer.from(buf)));
    }
  }

  return { addTerm, addPrefix, forEachPosting, addDocLengths, commit, stats: () => ({ postings, blockRows }) };
}
