/**
 * What a research field contributes to the synthetic corpus: arXiv categories, a vocabulary and
 * sentence templates (see template.ts for the `<key>` syntax). Sentences shared by every field
 * live here too, so each field file only holds what makes its papers sound like that field.
 */
import type { Vocab } from './template.ts';

/** Vocabulary keys every field must define, because the shared sentences below use them. */
export type CommonKey = 'task' | 'method' | 'mechanism' | 'challenge' | 'dataset' | 'baseline' | 'property' | 'component' | 'technique';

/** One research field of the demo corpus. */
export interface Field {
  key: string;
  /** Relative share of the corpus. */
  weight: number;
  /** Candidate primary arXiv categories (one is drawn per paper). */
  primary: readonly string[];
  /** Cross-list categories (0 to 2 are added after the primary). */
  cross: readonly string[];
  /** Share of papers that get a coined system name ("FlashQuant: ..."); theory papers rarely do. */
  nameChance: number;
  /** Coined names are prefix + suffix ("Flash" + "Quant"). */
  namePrefixes: readonly string[];
  nameSuffixes: readonly string[];
  /** Share of abstracts that get one sentence of inline LaTeX. */
  mathChance: number;
  vocab: Vocab & Readonly<Record<CommonKey, readonly string[]>>;
  /** Title templates that start with the coined name (`<Name>`), and ones that do not. */
  namedTitles: readonly string[];
  plainTitles: readonly string[];
  /** Opening sentences that set up the problem. */
  context: readonly string[];
  /** Field-specific method details; `<Ref>` is the system name or "our method". */
  details: readonly string[];
  /** Result sentences with numbers and claims. */
  results: readonly string[];
  /** Sentences with inline LaTeX. */
  math: readonly string[];
}

/** Vocabulary every field can use. */
export const SHARED_VOCAB: Vocab = {
  adjective: ['Efficient', 'Scalable', 'Robust', 'Fast', 'Practical', 'Accurate', 'Adaptive', 'Lightweight', 'Principled', 'Unified', 'Simple', 'Provable'],
  ref: ['our method', 'our approach', 'the proposed method'],
};

/** Sentences that state what is wrong with prior work. */
export const CHALLENGE_SENTENCES = [
  'However, existing approaches suffer from <challenge>.',
  'Unfortunately, prior work largely overlooks <challenge>.',
  'A central obstacle is <challenge>, which existing methods address only partially.',
  'Existing solutions either sacrifice <property> or struggle with <challenge>.',
];

/** The sentence that introduces a named contribution. */
export const NAMED_METHOD_SENTENCES = [
  'We present <Name>, <a:method> that <mechanism>.',
  'To address this, we introduce <Name>, <a:method> which <mechanism>.',
  'This paper proposes <Name>, <a:method> built on <technique> that <mechanism>.',
];

/** The sentence that introduces an unnamed contribution. */
export const PLAIN_METHOD_SENTENCES = [
  'We propose <a:method> that <mechanism>.',
  'In this work, we develop <a:method> which <mechanism>.',
  'To address this, we introduce <a:method> based on <technique> that <mechanism>.',
];

/** Method details any field can use. */
export const SHARED_DETAILS = [
  'In addition, <Ref> <mechanism>.',
  'Unlike prior work, <Ref> <mechanism>.',
  'The key idea is that <technique> and <technique> can be combined at negligible cost.',
];

/** Analysis and discussion sentences that pad an abstract to length. */
export const EXTRA_SENTENCES = [
  'We further analyze the role of <component> and find that it accounts for most of the improvement.',
  'Ablation studies confirm that each design choice contributes to the final results.',
  'Results are consistent across <#k> random seeds, and we report confidence intervals for all main metrics.',
  'We also identify failure cases, most notably under <challenge>, and discuss how they might be addressed.',
  'Our analysis sheds light on why <technique> helps and when it does not.',
  'The method is simple to implement and adds little overhead to existing pipelines.',
  'Beyond raw performance, <Ref> improves <property>, which matters in practice.',
  'In contrast to <baseline>, our approach requires no additional hyperparameter tuning.',
  'These findings suggest that <technique> deserves more attention in the design of future systems.',
  'We discuss limitations and outline directions for future work.',
];

/** Closing sentences. */
export const CLOSING_SENTENCES = [
  'We hope <Ref> will serve as a strong baseline for future research on <task>.',
  'Overall, our results point to a simple and practical recipe for <task>.',
  'Taken together, these results show that <property> and efficiency need not be at odds.',
];

/** Sentences that carry the code link; `<url>` is a https://github.com/<owner>/<repo> address. */
export const CODE_SENTENCES = [
  'Code is available at <url>.',
  'Our code and models are publicly available at <url>.',
  'We release our implementation at <url>.',
  'The source code is available at <url> to support reproducibility.',
];

/** A project-page sentence (the address itself goes in links.project). */
export const PROJECT_SENTENCES = [
  'Videos and additional results are available on our project page.',
  'Interactive visualizations are provided on the project page.',
];
