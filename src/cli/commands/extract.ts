import type { Command } from 'commander';
import { isInteractive } from '../../config.ts';
import { extractPending } from '../../results/service.ts';
import { withStore, type GlobalOptions } from '../context.ts';

/** `paperboy extract [--all]`: result claims from titles and abstracts (docs/RESULTS.md). */
export function registerExtract(program: Command, globals: () => GlobalOptions): void {
  program.command('extract')
    .description('extract result claims (speedups, accuracy, hardware, baselines) from papers not yet extracted')
    .option('--all', 're-extract every paper (after changing the rules or the dictionary)')
    .action(async (o: { all?: boolean }) => {
      await withStore(globals(), async (store) => {
        const r = await extractPending(store, {
          all: o.all,
          onBatch: (p) => { if (isInteractive()) process.stderr.write(`\rextracted ${p.papers.toLocaleString('en-US')} papers   `); },
        });
        if (isInteractive() && r.papers) process.stderr.write('\n');
        const s = await store.results.stats();
        console.log(`extracted ${r.papers} papers: ${r.claims} claims; ${s.claims} claims in ${s.papersWithClaims} of ${s.papersExtracted} extracted papers`);
      });
    });
}
