import type { PaperInput } from '../../src/core/paper.ts';

/**
 * A small corpus with three topics whose papers share words within a topic and hardly across
 * topics, so similarity and search by meaning have something real to find: low-bit quantization
 * kernels (cs.AR), protein structure (q-bio.BM) and speech recognition (cs.CL, eess.AS).
 * Upvotes and dates differ in every paper so that each sort order is testable.
 */
const TOPICS: Array<{ prefix: string; categories: string[]; titles: string[]; abstract: (i: number) => string }> = [
  {
    prefix: '2502.1',
    categories: ['cs.AR', 'cs.LG'],
    titles: [
      'Quantization Kernels for Low-Bit Inference on GPUs',
      'Fused Int4 Quantization Kernels for Transformer Inference',
      'Weight Quantization with Custom GPU Kernels',
      'Mixed-Precision Quantization and Kernel Fusion',
      'Faster Low-Bit Matrix Kernels through Quantization',
      'Activation Quantization Kernels at Scale',
    ],
    abstract: (i) => `We design quantization kernels that run low-bit inference on GPU hardware. Our int4 kernels fuse dequantization into matrix multiplication, `
      + `cutting memory traffic by ${i + 2}x while keeping accuracy. The quantization scheme calibrates weights per channel.`,
  },
  {
    prefix: '2502.2',
    categories: ['q-bio.BM', 'cs.LG'],
    titles: [
      'Protein Structure Prediction with Folding Priors',
      'Predicting Protein Folding from Sequence Alone',
      'Contact Maps for Protein Structure',
      'Protein Backbone Geometry and Folding Energy',
      'Learning Protein Folding Pathways',
      'Structure of Protein Complexes from Evolution',
    ],
    abstract: (i) => `We predict protein structure from the amino acid sequence. Residue contacts and folding energy guide the backbone geometry; `
      + `on ${i + 10} families the predicted protein folding matches crystal structures.`,
  },
  {
    prefix: '2502.3',
    categories: ['cs.CL', 'eess.AS'],
    titles: [
      'Streaming Speech Recognition with Small Acoustic Models',
      'Speech Recognition for Accented Speakers',
      'Acoustic Models for Noisy Speech',
      'End-to-End Speech Recognition with Phoneme Targets',
      'Multilingual Speech Recognition from Audio',
      'Robust Acoustic Features for Speech',
    ],
    abstract: (i) => `We train acoustic models for speech recognition on audio from ${i + 3} languages. Phoneme targets and streaming decoding `
      + `lower the word error rate of speech transcription on noisy recordings.`,
  },
];

export const TOPIC_IDS = { quantization: '2502.10000', protein: '2502.20000', speech: '2502.30000' } as const;

export function topicCorpus(): PaperInput[] {
  return TOPICS.flatMap((t, ti) => t.titles.map((title, i) => ({
    arxivId: `${t.prefix}${String(i).padStart(4, '0')}`,
    title,
    abstract: t.abstract(i),
    authors: [`Author ${ti}${i}`, 'Shared Coauthor'],
    categories: t.categories,
    publishedAt: `2025-02-${String(1 + ((i * 5 + ti * 3) % 27)).padStart(2, '0')}`,
    submittedOnDailyAt: `2025-02-${String(1 + ((i * 5 + ti * 3) % 27)).padStart(2, '0')}`,
    upvotes: (i * 7 + ti * 11) % 40,
    organization: i % 2 ? 'Topic Lab' : null,
    links: i % 3 === 0 ? { code: [`https://github.com/topic/${ti}-${i}`] } : undefined,
  })));
}
