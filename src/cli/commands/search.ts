import type { Command } from 'commander';
import { embeddingProviderConfig, isInteractive, loadConfig } from '../../config.ts';
import { presentPaperJson } from '../../core/paper.ts';
import { invalidArgument } from '../../errors.ts';
import { openSearch } from '../../search/open-search.ts';
import { buildSemanticIndex, type IndexProgress } from '../../search/semantic/indexer.ts';
import { SEARCH_MODES, SEARCH_SORTS, type SearchMode, type SearchSort } from '../../search/types.ts';
import { withStore, type GlobalOptions } from '../context.ts';
import { printPaperLines } from '../output.ts';
import { dateOption } from './options.ts';

interface SearchCliOptions {
  mode: string; sort: string; limit: string; json?: boolean;
  since?: string; until?: string; category?: string; organization?: string; author?: string; hasCode?: boolean;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw invalidArgument(name, `${name}: expected one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

function progressLine(p: IndexProgress): void {
  if (!isInteractive()) return;
  process.stderr.write(`\r${p.phase} ${p.done.toLocaleString('en-US')} / ${p.total.toLocaleString('en-US')}   `);
}

/** `search` and `index`: searching from the terminal, and building the semantic index. */
export function registerSearch(program: Command, globals: () => GlobalOptions): void {
  program.command('search')
    .description('search papers by words, by meaning, or both (hybrid, the default)')
    .argument('<query>', 'words, "quoted phrases", -excluded words; the last word also matches as a prefix')
    .option('--mode <mode>', `lexical, semantic or hybrid`, 'hybrid')
    .option('--sort <sort>', 'relevance, date or upvotes', 'relevance')
    .option('--limit <n>', 'how many papers (1-100)', '10')
    .option('--since <date>', 'published on or after YYYY-MM-DD')
    .option('--until <date>', 'published on or before YYYY-MM-DD')
    .option('--category <category>', 'only papers in this category (e.g. cs.AR)')
    .option('--organization <name>', 'only papers of this organization')
    .option('--author <name>', 'only papers by this author')
    .option('--has-code', 'only papers with a code repository')
    .option('--json', 'JSON Lines in the shape of `list --json`, plus "score"')
    .action(async (query: string, o: SearchCliOptions) => {
      const limit = Number(o.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw invalidArgument('--limit', `--limit: expected an integer from 1 to 100, got "${o.limit}"`);
      const mode = oneOf<SearchMode>('--mode', o.mode, SEARCH_MODES);
      const sort = oneOf<SearchSort>('--sort', o.sort, SEARCH_SORTS);
      const since = dateOption('--since', o.since);
      const until = dateOption('--until', o.until);
      await withStore(globals(), async (store) => {
        const { service, semantic } = openSearch(store);
        await semantic.ready();
        const r = await service.search({ query, mode, sort, limit, offset: 0, since, until, category: o.category,
          organization: o.organization, author: o.author, hasCode: o.hasCode });
        if (r.mode !== mode) console.error(`paperboy: no search index yet, so this ${mode} search matched words only; run \`paperboy index\``);
        if (o.json) {
          const out = r.items.map((h) => JSON.stringify({ ...presentPaperJson(h.paper), score: h.score })).join('\n');
          if (out) process.stdout.write(out + '\n');
          return;
        }
        printPaperLines(r.items.map((h) => h.paper));
        console.log(`${r.items.length} of ${r.total}${r.totalIsLowerBound ? '+' : ''} papers (${r.mode})`);
      });
    });

  program.command('index')
    .description('learn the corpus model and embed every paper (the semantic search index); swaps in atomically')
    .option('--json', 'print the summary as JSON')
    .action(async (o: { json?: boolean }) => {
      await withStore(globals(), async (store) => {
        const started = Date.now();
        const phases: Record<string, number> = {};
        const phase = async <T>(name: string, body: () => Promise<T>): Promise<T> => {
          const t = Date.now();
          try { return await body(); } finally { phases[name] = (Date.now() - t) / 1000; }
        };
        const r = await phase('model and vectors', () => buildSemanticIndex(store, embeddingProviderConfig(loadConfig()), progressLine));
        if (isInteractive()) process.stderr.write('\n');
        // The word index builds on a worker thread while this one builds the nearest-neighbour graph
        // (saved now, so servers start by loading it): two cores, two independent builds.
        const words = store.buildLexicalIndex?.({ inWorker: true }) ?? null;
        words?.catch(() => undefined); // awaited below; a failing graph build must not leave it unhandled
        await phase('neighbour graph', async () => { await openSearch(store).semantic.ready(); });
        if (words) phases['word index (beside the graph)'] = (await words).seconds;
        const seconds = (Date.now() - started) / 1000;
        if (o.json) return console.log(JSON.stringify({ ...r, seconds, phases }));
        console.log(`indexed ${r.papers} papers with ${r.provider} (${r.dim} dimensions; model learned from ${r.trainedOn} papers, ` +
          `${r.vocabulary} words) in ${seconds.toFixed(1)} s (${Object.entries(phases).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ')})`);
      });
    });
}
