import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { parseCategories } from '../../harvest/categories.ts';
import { systemClock } from '../../harvest/clock.ts';
import { harvestNow } from '../../harvest/harvest-job.ts';
import { politeFetcher } from '../../harvest/polite-fetch.ts';
import { harvestSettings } from '../../harvest/settings.ts';
import { submitPaper } from '../../harvest/submit.ts';
import { invalidArgument } from '../../errors.ts';
import { printPaperDetail } from '../output.ts';
import { withStore, type GlobalOptions } from '../context.ts';
import { dateOption } from './options.ts';

interface HarvestCliOptions { categories?: string; since?: string; dryRun?: boolean }

/** `paperboy harvest` (OAI-PMH, incremental, resumable) and `paperboy submit ID` (arXiv API). */
export function registerHarvest(program: Command, globals: () => GlobalOptions): void {
  program.command('harvest')
    .description('harvest new and updated papers from arXiv (OAI-PMH), continuing from the last harvest')
    .option('--categories <list>', 'comma-separated arXiv categories (default: $PAPERBOY_HARVEST_CATEGORIES or cs.AR,cs.LG,cs.DC,cs.PF)')
    .option('--since <date>', 'YYYY-MM-DD: harvest records changed since this day instead of since the last harvest')
    .option('--dry-run', 'fetch and count, write nothing')
    .action(async (o: HarvestCliOptions) => {
      const settings = harvestSettings(loadConfig());
      const categories = o.categories ? parseCategories(o.categories) : settings.categories;
      const since = dateOption('--since', o.since);
      await withStore(globals(), async (store) => {
        const r = await harvestNow(store, settings, { categories, since, dryRun: o.dryRun, trigger: 'cli', log: (m) => console.error(m) });
        const c = r.counts;
        console.log(o.dryRun
          ? `dry run: ${c.pages} pages, ${c.records} records, ${c.matched} in ${categories.join(',')}, ${r.fresh} new; nothing written`
          : `harvested ${c.pages} pages: ${c.matched} records in ${categories.join(',')}: inserted ${c.inserted}, updated ${c.updated}, ` +
            `unchanged ${c.unchanged}, new versions ${c.newVersions}, withdrawn ${c.withdrawn}, deleted ${c.deleted}, rejected ${c.rejected}`);
      });
    });

  program.command('submit')
    .description("add a paper by arXiv id or URL to today's daily feed")
    .argument('<id>', 'arXiv id or URL (2401.12345, 2401.12345v2, hep-th/9901001, https://arxiv.org/abs/...)')
    .option('--as <name>', 'the submitter name shown on the paper', 'cli')
    .action(async (id: string, o: { as: string }) => {
      if (!o.as.trim()) throw invalidArgument('--as', '--as: expected a name');
      const settings = harvestSettings(loadConfig());
      await withStore(globals(), async (store) => {
        const r = await submitPaper({ store, apiUrl: settings.apiUrl, clock: systemClock, get: politeFetcher({ clock: systemClock, userAgent: settings.userAgent }) }, id, o.as);
        console.log(r.created ? `added ${r.paper.id} to the daily feed of ${r.paper.submittedOnDailyAt}` : `already here: ${r.paper.id}`);
        printPaperDetail(r.paper);
      });
    });
}
