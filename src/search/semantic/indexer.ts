import type { EmbeddingEndpointConfig } from '../../config.ts';
import type { Store } from '../../db/store.ts';
import type { EmbeddingProvider } from '../types.ts';
import { CorpusModel, trainCorpusModel } from './corpus-model.ts';
import { providerFor, providerName } from './providers.ts';
import { quantize } from './vector-codec.ts';

/** Papers read per round trip while training and embedding. */
const PAGE = 2000;
/**
 * The model learns word co-occurrence from at most this many papers (an even sample of the rest):
 * at 200k papers the vocabulary and its statistics are stable, and training stays within minutes.
 */
export const MAX_TRAIN_DOCS = 200_000;

export interface IndexProgress {
  phase: 'reading' | 'training' | 'embedding' | 'activating';
  done: number;
  total: number;
}

export interface BuildResult {
  modelId: number;
  provider: string;
  dim: number;
  papers: number;
  trainedOn: number;
  vocabulary: number;
}

/** The text a paper is embedded from: its title, then its abstract. */
export const paperText = (p: { title: string; abstract: string }) => `${p.title}. ${p.abstract}`;

async function trainingSample(store: Store, total: number, onProgress?: (p: IndexProgress) => void): Promise<string[]> {
  const stride = Math.max(1, Math.ceil(total / MAX_TRAIN_DOCS));
  const texts: string[] = [];
  let after = 0;
  let seen = 0;
  for (;;) {
    const page = await store.paperTexts(after, PAGE);
    if (page.length === 0) return texts;
    for (const p of page) if (seen++ % stride === 0) texts.push(paperText(p));
    after = page[page.length - 1]!.rowid;
    onProgress?.({ phase: 'reading', done: seen, total });
  }
}

/**
 * Embeds every paper the model has no current vector for (new papers and papers whose text changed),
 * in pages. Returns how many were embedded. Safe to run in several processes: writes are idempotent.
 */
export async function embedPending(store: Store, modelId: number, provider: EmbeddingProvider,
  onProgress?: (done: number) => void): Promise<number> {
  let done = 0;
  for (;;) {
    const page = await store.papersToEmbed(modelId, PAGE);
    if (page.length === 0) return done;
    const vectors = await provider.embed(page.map(paperText));
    await store.putVectors(modelId, page.map((p, i) => ({ rowid: p.rowid, vec: quantize(vectors[i]!), stale: p.stale })));
    done += page.length;
    onProgress?.(done);
  }
}

/**
 * `paperboy index`: learns the corpus model from the papers, embeds every paper with the configured
 * provider into a new model, then swaps it in as the active one in one transaction. Searches keep
 * using the previous model until the swap, and a crash mid-build leaves it untouched.
 */
export async function buildSemanticIndex(store: Store, endpoint: EmbeddingEndpointConfig | null,
  onProgress?: (p: IndexProgress) => void): Promise<BuildResult> {
  const total = await store.countPapers();
  const sample = await trainingSample(store, total, onProgress);
  onProgress?.({ phase: 'training', done: 0, total: sample.length });
  const corpus = trainCorpusModel(sample);
  onProgress?.({ phase: 'training', done: sample.length, total: sample.length });
  const name = providerName(endpoint);
  const provider = providerFor(name, corpus, endpoint);
  // An external provider's vector length is known after its first answer.
  if (provider.dim === 0) await provider.embed(['dimension probe']);
  const modelId = await store.createEmbeddingModel(name, provider.dim, corpus.serialize());
  const papers = await embedPending(store, modelId, provider, (done) => onProgress?.({ phase: 'embedding', done, total }));
  onProgress?.({ phase: 'activating', done: papers, total });
  await store.activateEmbeddingModel(modelId);
  await store.purgeRetiredEmbeddings();
  return { modelId, provider: name, dim: provider.dim, papers, trainedOn: sample.length, vocabulary: corpus.vocabSize };
}

/** The corpus model stored with a model row (every index keeps one: it explains similarity). */
export async function loadCorpusModel(store: Store, modelId: number): Promise<CorpusModel | null> {
  const blob = await store.embeddingModelBlob(modelId);
  return blob ? CorpusModel.deserialize(blob) : null;
}
