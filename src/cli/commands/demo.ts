import type { Command } from 'commander';
import { invalidArgument } from '../../errors.ts';
import { loadDemo } from '../../demo/load-demo.ts';
import { today, withStore, type GlobalOptions } from '../context.ts';

export function registerDemo(program: Command, globals: () => GlobalOptions): void {
  program.command('demo')
    .description('fill an empty database with the built-in synthetic demo corpus (no network)')
    .option('--anchor-date <date>', 'the last day of the demo corpus (YYYY-MM-DD)', today())
    .option('--count <n>', 'number of demo papers', '3000')
    .action(async (o: { anchorDate: string; count: string }) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(o.anchorDate)) throw invalidArgument('--anchor-date', '--anchor-date: expected YYYY-MM-DD');
      const count = Number(o.count);
      if (!Number.isInteger(count) || count < 1 || count > 100000) throw invalidArgument('--count', '--count: expected an integer from 1 to 100000');
      await withStore(globals(), async (store) => {
        const r = await loadDemo(store, o.anchorDate, count);
        if (r.skipped) console.log(`database already holds ${r.existing} papers; demo corpus not loaded`);
        else console.log(`loaded ${r.loaded} demo papers ending ${o.anchorDate}`);
      });
    });
}
