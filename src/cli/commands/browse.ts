import type { Command } from 'commander';
import { invalidArgument, PaperboyError } from '../../errors.ts';
import { presentPaperJson } from '../../core/paper.ts';
import { withStore, type GlobalOptions } from '../context.ts';
import { printJsonLines, printPaperDetail, printPaperLines } from '../output.ts';
import { dateOption } from './options.ts';

/** `list`, `show` and `stats`: reading the store from the terminal. */
export function registerBrowse(program: Command, globals: () => GlobalOptions): void {
  program.command('list')
    .description('list papers, newest first')
    .option('--since <date>', 'published on or after YYYY-MM-DD')
    .option('--until <date>', 'published on or before YYYY-MM-DD')
    .option('--category <category>', 'only papers in this category (e.g. cs.AR)')
    .option('--limit <n>', 'how many papers (1-1000)', '20')
    .option('--json', 'JSON Lines, one paper per line')
    .action(async (o: { since?: string; until?: string; category?: string; limit: string; json?: boolean }) => {
      const limit = Number(o.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw invalidArgument('--limit', `--limit: expected an integer from 1 to 1000, got "${o.limit}"`);
      const since = dateOption('--since', o.since);
      const until = dateOption('--until', o.until);
      await withStore(globals(), async (store) => {
        const page = await store.listPapers({ since, until, category: o.category, limit });
        if (o.json) printJsonLines(page.items);
        else {
          printPaperLines(page.items);
          console.log(`${page.items.length} of ${page.total} papers`);
        }
      });
    });

  program.command('show')
    .description('show one paper by stable id or arXiv id (with or without version)')
    .argument('<id>', 'paper id, e.g. 2401.12345, 2401.12345v2, hep-th/9901001 or t-3fa2b1c9d0e4')
    .option('--json', 'one JSON line')
    .action(async (id: string, o: { json?: boolean }) => {
      await withStore(globals(), async (store) => {
        const paper = await store.getPaper(id);
        if (!paper) throw new PaperboyError('paper_not_found', `no paper with id "${id}"`);
        if (o.json) console.log(JSON.stringify(presentPaperJson(paper)));
        else printPaperDetail(paper);
      });
    });

  program.command('stats')
    .description('counts of what the database holds')
    .option('--json', 'as JSON')
    .action(async (o: { json?: boolean }) => {
      await withStore(globals(), async (store) => {
        const s = await store.stats();
        if (o.json) return console.log(JSON.stringify(s));
        console.log(`papers: ${s.papers} (arXiv ${s.withArxivId}, title only ${s.titleOnly}, demo ${s.demo})`);
        console.log(`imports: ${s.imports}`);
        console.log(`published: ${s.earliestPublished ?? '-'} to ${s.latestPublished ?? '-'}; latest daily: ${s.latestDaily ?? '-'}`);
        if (s.topCategories.length) console.log(`top categories: ${s.topCategories.map((c) => `${c.category} ${c.count}`).join(', ')}`);
      });
    });
}
