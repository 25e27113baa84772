import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Listing files the labeled papers come from (shared data, never copied into the repository). */
export const LABEL_SOURCES = ['hw_systems_part01', 'cs_LG_part01', 'cs_LG_part02', 'cs_LG_part03', 'other_cs_sample_part01', 'other_cs_sample_part02', 'other_cs_sample_part03', 'other_cs_sample_part04']
  .map((name) => `arxiv/daily-listings/${name}.jsonl.gz`);

/** Title and abstract of each wanted arXiv id, read from the shared listings. */
export function loadAbstracts(sharedData: string, ids: Set<string>): Map<string, { title: string; abstract: string }> {
  const out = new Map<string, { title: string; abstract: string }>();
  for (const file of LABEL_SOURCES) {
    if (out.size === ids.size) break;
    const lines = gunzipSync(readFileSync(join(sharedData, file))).toString('utf8').split('\n');
    for (const line of lines) {
      if (!line) continue;
      const r = JSON.parse(line) as { id: string; title: string; summary: string };
      if (ids.has(r.id) && !out.has(r.id)) out.set(r.id, { title: r.title, abstract: r.summary });
    }
  }
  return out;
}
