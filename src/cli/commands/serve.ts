import type { Command } from 'commander';
import { loadDemo } from '../../demo/load-demo.ts';
import { today, withStore, type GlobalOptions } from '../context.ts';

/** `start`: what `npm start` runs. Until the web server lands it loads the demo and prints stats. */
export function registerServe(program: Command, globals: () => GlobalOptions): void {
  program.command('start')
    .description('fill an empty database with the demo corpus, then serve the site')
    .action(async () => {
      await withStore(globals(), async (store) => {
        const r = await loadDemo(store, today());
        if (!r.skipped) console.log(`loaded ${r.loaded} demo papers`);
        const s = await store.stats();
        console.log(`papers: ${s.papers}`);
      });
    });
}
