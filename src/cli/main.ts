import { Command, CommanderError } from 'commander';
import { PaperboyError } from '../errors.ts';
import type { GlobalOptions } from './context.ts';
import { registerImport } from './commands/import.ts';
import { registerBrowse } from './commands/browse.ts';
import { registerDemo } from './commands/demo.ts';
import { registerServe } from './commands/serve.ts';
import { registerSearch } from './commands/search.ts';
import { registerMigrate } from './commands/migrate.ts';
import { registerUser } from './commands/user.ts';
import { registerSubscribers } from './commands/subscribers.ts';
import { registerDigest } from './commands/digest.ts';
import { registerHarvest } from './commands/harvest.ts';
import { registerExtract } from './commands/extract.ts';

const program = new Command('paperboy')
  .description('Paperboy: self-hosted research-paper discovery')
  .option('--db <path>', 'SQLite database file or postgres:// URL (default: $PAPERBOY_DATABASE_URL, else $PAPERBOY_DB or ./data/paperboy.db)')
  .option('--debug', 'print stack traces on errors')
  .showHelpAfterError('(add --help for usage)')
  .exitOverride();

const globals = (): GlobalOptions => program.opts<GlobalOptions>();
registerImport(program, globals);
registerBrowse(program, globals);
registerDemo(program, globals);
registerSearch(program, globals);
registerServe(program, globals);
registerMigrate(program);
registerUser(program, globals);
registerSubscribers(program, globals);
registerDigest(program, globals);
registerHarvest(program, globals);
registerExtract(program, globals);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode;
  } else {
    const debug = process.argv.includes('--debug');
    if (debug && err instanceof Error) console.error(err.stack);
    const message = err instanceof PaperboyError ? err.message : (err as Error)?.message ?? String(err);
    console.error(`paperboy: ${message}`);
    process.exitCode = err instanceof PaperboyError && err.code === 'import_strict_failed' ? 2 : 1;
  }
}
