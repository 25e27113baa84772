/**
 * The corpus model's binary form, stored as a database BLOB. Little-endian throughout:
 *
 *   header (48 bytes)  magic "PBCM", u16 version, u16 flags (bit 0: has principal component),
 *                      u32 dim, u32 vocabSize, u32 trainedDocs, u32 textBytes,
 *                      f64 sifA, f64 titleWeight, 8 reserved bytes
 *   text               UTF-8: vocabSize stems then vocabSize surfaces, each ending in "\n",
 *                      zero-padded to a multiple of 4 bytes
 *   vectors            f32 x vocabSize·dim, row-major (word i at i·dim)
 *   df, counts         u32 x vocabSize each
 *   principal          f32 x dim (present only with flag bit 0)
 *
 * For 50,000 words at 128 dimensions that is about 26 MB, almost all of it vectors.
 */
import { PaperboyError } from '../../errors.ts';

export interface CorpusModelData {
  dim: number;
  trainedDocs: number;
  /** SIF smoothing constant a. */
  sifA: number;
  /** Multiplier for title words in a document vector. */
  titleWeight: number;
  stems: string[];
  surfaces: string[];
  df: Uint32Array;
  counts: Uint32Array;
  vectors: Float32Array;
  principal: Float32Array | null;
}

const MAGIC = 'PBCM';
const VERSION = 1;
const HEADER = 48;

/** A damaged or foreign BLOB is a server-side fault: the model is derived data, so retrain it. */
const invalid = (message: string) => new PaperboyError('internal', message);

export function encodeModel(m: CorpusModelData): Buffer {
  const v = m.stems.length;
  const text = Buffer.from(m.stems.map((s) => `${s}\n`).join('') + m.surfaces.map((s) => `${s}\n`).join(''), 'utf8');
  const textBytes = Math.ceil(text.length / 4) * 4;
  const size = HEADER + textBytes + 4 * (v * m.dim + 2 * v + (m.principal ? m.dim : 0));
  const out = Buffer.alloc(size);
  out.write(MAGIC, 0, 'ascii');
  out.writeUInt16LE(VERSION, 4);
  out.writeUInt16LE(m.principal ? 1 : 0, 6);
  out.writeUInt32LE(m.dim, 8);
  out.writeUInt32LE(v, 12);
  out.writeUInt32LE(m.trainedDocs, 16);
  out.writeUInt32LE(text.length, 20);
  out.writeDoubleLE(m.sifA, 24);
  out.writeDoubleLE(m.titleWeight, 32);
  text.copy(out, HEADER);
  let at = HEADER + textBytes;
  // Typed arrays are copied byte for byte; every platform Node runs on is little-endian.
  for (const part of [m.vectors, m.df, m.counts, m.principal]) {
    if (!part) continue;
    out.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), at);
    at += part.byteLength;
  }
  return out;
}

export function decodeModel(buf: Uint8Array): CorpusModelData {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (b.length < HEADER || b.toString('ascii', 0, 4) !== MAGIC) throw invalid('not a corpus embedding model');
  const version = b.readUInt16LE(4);
  if (version !== VERSION) throw invalid(`corpus model version ${version} is not supported (expected ${VERSION}); retrain the model`);
  const hasPrincipal = (b.readUInt16LE(6) & 1) === 1;
  const dim = b.readUInt32LE(8);
  const v = b.readUInt32LE(12);
  const textLength = b.readUInt32LE(20);
  const textBytes = Math.ceil(textLength / 4) * 4;
  const expected = HEADER + textBytes + 4 * (v * dim + 2 * v + (hasPrincipal ? dim : 0));
  if (b.length !== expected) throw invalid(`corpus model is ${b.length} bytes, expected ${expected}`);
  const lines = b.toString('utf8', HEADER, HEADER + textLength).split('\n');
  if (lines.length !== 2 * v + 1) throw invalid('corpus model vocabulary is damaged');
  let at = HEADER + textBytes;
  // Copy out of the buffer: a BLOB from the database need not be 4-byte aligned.
  const take = (count: number): Uint8Array => {
    const slice = Uint8Array.prototype.slice.call(b, at, at + 4 * count);
    at += 4 * count;
    return slice;
  };
  return {
    dim, trainedDocs: b.readUInt32LE(16), sifA: b.readDoubleLE(24), titleWeight: b.readDoubleLE(32),
    stems: lines.slice(0, v), surfaces: lines.slice(v, 2 * v),
    vectors: new Float32Array(take(v * dim).buffer), df: new Uint32Array(take(v).buffer),
    counts: new Uint32Array(take(v).buffer), principal: hasPrincipal ? new Float32Array(take(dim).buffer) : null,
  };
}
