import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Listing files the labeled papers come from (shared data, never copied into the repository). */
export const LABEL_SOURCES = ['hw_systems_part01', 'cs_LG_part01', 'cs_LG_part02', 'cs_LG_part03', 'other_cs_sample_part01', 'other_cs_sample_part02', 'other_cs_sample_part03', 'other_cs_sample_part04']
  .map((name) => `arxiv/daily-listings/${name}.jsonl.gz`);

/** The Hugging Face daily-papers days, read for labeled papers no arXiv listing holds (the later passes pick from them). */
export const HF_DAILY = 'hf-daily/daily';

const lines = (file: string) => gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter(Boolean);

/** Title and abstract of each wanted arXiv id, read from the shared listings, then from the HF daily papers. */
export function loadAbstracts(sharedData: string, ids: Set<string>): Map<string, { title: string; abstract: string }> {
  const out = new Map<string, { title: string; abstract: string }>();
  for (const file of LABEL_SOURCES) {
    if (out.size === ids.size) break;
    for (const line of lines(join(sharedData, file))) {
      const r = JSON.parse(line) as { id: string; title: string; summary: string };
      if (ids.has(r.id) && !out.has(r.id)) out.set(r.id, { title: r.title, abstract: r.summary });
    }
  }
  if (out.size === ids.size) return out;
  for (const file of readdirSync(join(sharedData, HF_DAILY)).filter((f) => f.endsWith('.jsonl.gz')).sort()) {
    for (const line of lines(join(sharedData, HF_DAILY, file))) {
      const day = JSON.parse(line) as { papers: Array<{ title?: string; paper: { id: string; title: string; summary: string } }> };
      for (const e of day.papers) {
        // The entry's own title is unwrapped; the paper's keeps arXiv's hard line breaks in 2024 days.
        if (ids.has(e.paper.id) && !out.has(e.paper.id)) out.set(e.paper.id, { title: e.title ?? e.paper.title, abstract: e.paper.summary });
      }
    }
  }
  return out;
}
