/**
 * Extraction of a whole paper: title and abstract, sentence by sentence, then the paper-level
 * fallbacks (a device or benchmark the abstract names once applies to claims that name none).
 * Pure, deterministic and offline: the same text always gives the same claims.
 */
import { BUILT_IN, type Dictionaries } from '../dictionaries/load.ts';
import type { Claim, Extraction } from '../types.ts';
import { findArtifacts } from './artifacts.ts';
import { sentenceClaims, type SentenceFacts } from './claims.ts';
import { SYSTEMS_CONTEXT } from './cues.ts';
import { matcherFor } from './entities.ts';
import { splitSentences } from './sentences.ts';

/** Claims and artifacts of one paper. */
export function extractPaper(title: string, abstract: string, dictionaries: Dictionaries = BUILT_IN): Extraction {
  const matcher = matcherFor(dictionaries);
  const systems = SYSTEMS_CONTEXT.test(title) || SYSTEMS_CONTEXT.test(abstract);
  const facts: SentenceFacts[] = [];
  for (const [source, text] of [['title', title], ['abstract', abstract]] as const) {
    for (const s of splitSentences(text)) facts.push(sentenceClaims(s, { matcher, systems, source }));
  }
  const claims = facts.flatMap((f) => f.claims);
  fillFromPaper(claims, facts);
  const benchmarks = [...new Set(facts.flatMap((f) => f.benchmarks.map((b) => b.name)))];
  return { claims, artifacts: findArtifacts(`${title}\n${abstract}`, benchmarks) };
}

/** One device (or, failing that, one device class) named in the whole paper applies to every claim. */
function fillFromPaper(claims: Claim[], facts: SentenceFacts[]): void {
  const devices = new Set(facts.flatMap((f) => f.hardware.map((h) => h.name)));
  const classes = new Set(facts.flatMap((f) => f.classes.map((h) => h.name)));
  const device = devices.size === 1 ? [...devices][0]! : devices.size === 0 && classes.size === 1 ? [...classes][0]! : null;
  if (!device) return;
  for (const c of claims) if (!c.hardware) c.hardware = device;
}
