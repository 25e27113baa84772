/**
 * Artifacts a paper introduces or uses: repositories and model/dataset pages from its links, and
 * named benchmarks, datasets and models from "we introduce X, a benchmark ..." phrasing.
 */
import type { Artifact, ArtifactKind } from '../types.ts';

const URL = /https?:\/\/[^\s<>"'{}\\)\]]+[^\s<>"'{}\\).,;:\]]/g;

function urlArtifact(url: string): { kind: ArtifactKind; name: string } {
  const u = url.replace(/\/+$/, '');
  const hf = /huggingface\.co\/(datasets\/|spaces\/)?([\w.-]+\/[\w.-]+)/i.exec(u);
  if (hf) return { kind: hf[1]?.startsWith('datasets') ? 'dataset' : hf[1] ? 'code' : 'model', name: hf[2]! };
  const repo = /(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)\/([\w.-]+\/[\w.-]+)/i.exec(u);
  if (repo) return { kind: 'code', name: repo[1]!.replace(/\.git$/, '') };
  if (/zenodo\.org|kaggle\.com\/datasets|figshare/i.test(u)) return { kind: 'dataset', name: u.replace(/^https?:\/\//, '') };
  return { kind: 'project', name: u.replace(/^https?:\/\//, '') };
}

const INTRODUCES = /\b(?:we|this paper|this work)\s+(?:also\s+)?(?:introduce|present|release|propose|construct|build|curate|create|contribute|open-source)s?\s+([A-Z][\w.+-]*(?:[- ][A-Z0-9][\w.+-]*)?)\s*(?:\([^)]{1,40}\)\s*)?,\s+(?:a|an|the(?: first)?)\s+(?:[\w-]+\s+){0,6}?(benchmark|dataset|corpus|model|suite|testbed|leaderboard)s?\b/gi;
const KIND: Record<string, ArtifactKind> = { benchmark: 'benchmark', suite: 'benchmark', testbed: 'benchmark', leaderboard: 'benchmark', dataset: 'dataset', corpus: 'dataset', model: 'model' };

/** The artifacts of a title and abstract, links first, without duplicates. */
export function findArtifacts(text: string, benchmarksUsed: string[]): Artifact[] {
  const out: Artifact[] = [];
  // Most abstracts have no link and no "we introduce": one cheap test skips both scans.
  if (!benchmarksUsed.length && !/https?:\/\/|\b(?:introduce|present|release|propose|construct|build|curate|create|contribute|open-source)/i.test(text)) return out;
  const seen = new Set<string>();
  const add = (a: Artifact) => {
    const key = `${a.kind}:${a.name.toLowerCase()}`;
    if (!seen.has(key)) { seen.add(key); out.push(a); }
  };
  for (const m of text.matchAll(URL)) {
    const { kind, name } = urlArtifact(m[0]);
    // A link in an abstract is the paper's own (code, weights, data) unless it is named as used.
    const uses = /\b(?:using|uses|used|based on|built on|from|with|of)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.index - 30), m.index));
    add({ kind, name, url: m[0], relation: uses ? 'uses' : 'introduces', span: m[0] });
  }
  for (const m of text.matchAll(INTRODUCES)) {
    add({ kind: KIND[m[2]!.toLowerCase()] ?? 'benchmark', name: m[1]!, url: null, relation: 'introduces', span: m[0] });
  }
  for (const b of benchmarksUsed) add({ kind: 'benchmark', name: b, url: null, relation: 'uses', span: b });
  return out;
}
