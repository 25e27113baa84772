import type { Command } from 'commander';
import { Option } from 'commander';
import cliProgress from 'cli-progress';
import { embeddingProviderConfig, isInteractive, loadConfig } from '../../config.ts';
import { PaperboyError, invalidArgument } from '../../errors.ts';
import { importFile, type ImportResult } from '../../importers/runner.ts';
import { IMPORT_FORMATS, type ImportFormat } from '../../importers/types.ts';
import { toIsoDate } from '../../core/text.ts';
import { embedNewPapers } from '../../search/semantic/keep-fresh.ts';
import { today, withStore, type GlobalOptions } from '../context.ts';

interface ImportCliOptions { format: ImportFormat | 'auto'; listingDate?: string; strict?: boolean; batchSize?: string }

function summaryLine(r: ImportResult): string {
  const c = r.counts;
  return `${r.file} (${r.format}): read ${c.read}, inserted ${c.inserted}, updated ${c.updated}, ` +
    `merged ${c.merged}, unchanged ${c.unchanged}, rejected ${c.rejected}`;
}

/** A progress bar on a terminal (by bytes of the file read, compressed size for .gz); none otherwise. */
function progressBar(file: string) {
  if (!isInteractive()) return null;
  const bar = new cliProgress.SingleBar({
    format: `${file} [{bar}] {percentage}% | {read} records | {rate}/s | {rejected} rejected | ETA {eta_formatted}`,
    hideCursor: true, clearOnComplete: true,
  }, cliProgress.Presets.shades_classic);
  const started = Date.now();
  bar.start(1, 0, { read: 0, rate: 0, rejected: 0 });
  return {
    update(read: number, rejected: number, bytes: { read: number; total: number }) {
      const rate = Math.round(read / Math.max((Date.now() - started) / 1000, 0.001));
      bar.setTotal(Math.max(bytes.total, 1));
      bar.update(Math.min(bytes.read, bytes.total), { read, rate, rejected });
    },
    stop: () => bar.stop(),
  };
}

/**
 * The second phase of a bulk import (result extraction, src/results/import-extraction.ts) can take
 * minutes at a million papers: a bar of its own on a terminal, one line on stderr otherwise.
 */
function phaseProgress(file: string, importBar: { stop(): void } | null) {
  let bar: cliProgress.SingleBar | null = null;
  return ({ done, total }: { done: number; total: number }) => {
    if (done === 0) {
      importBar?.stop();
      if (!isInteractive()) { console.error(`${file}: extracting results from ${total} imported papers`); return; }
      bar = new cliProgress.SingleBar({
        format: `${file}: extracting results [{bar}] {value}/{total} papers | ETA {eta_formatted}`,
        hideCursor: true, clearOnComplete: true,
      }, cliProgress.Presets.shades_classic);
      bar.start(total, 0);
      return;
    }
    bar?.update(done);
    if (done >= total) bar?.stop();
  };
}

export function registerImport(program: Command, globals: () => GlobalOptions): void {
  program.command('import')
    .description('import papers from files (formats are detected from content)')
    .argument('<files...>', 'files to import; .gz is read transparently')
    .addOption(new Option('--format <format>', 'input format').choices(['auto', ...IMPORT_FORMATS]).default('auto'))
    .option('--listing-date <date>', 'YYYY-MM-DD the listing page was saved (dates without a year fall on or before it)')
    .option('--strict', 'exit non-zero when any record is rejected')
    .option('--batch-size <n>', 'records per transaction', '2000')
    .action(async (files: string[], opts: ImportCliOptions) => {
      const listingDate = opts.listingDate ? toIsoDate(opts.listingDate) : today();
      if (!listingDate || !/^\d{4}-\d{2}-\d{2}$/.test(opts.listingDate ?? listingDate)) {
        throw invalidArgument('--listing-date', `--listing-date: expected YYYY-MM-DD, got "${opts.listingDate}"`);
      }
      const batchSize = Number(opts.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw invalidArgument('--batch-size', '--batch-size: expected a positive integer');
      let rejected = 0;
      await withStore(globals(), async (store) => {
        for (const file of files) {
          const bar = progressBar(file);
          let result: ImportResult;
          try {
            result = await importFile(store, file, {
              format: opts.format, listingDate, batchSize,
              onProgress: (c, bytes) => bar?.update(c.read, c.rejected, bytes),
              extraction: { onPhase: phaseProgress(file, bar) },
            });
          } finally {
            bar?.stop();
          }
          rejected += result.counts.rejected;
          console.log(summaryLine(result));
          for (const r of result.rejections) console.log(`  rejected ${r.file}:${r.line}: ${r.reason}`);
          if (result.counts.rejected > result.rejections.length) {
            console.log(`  ... and ${result.counts.rejected - result.rejections.length} more rejected`);
          }
        }
        // Keep the semantic index current: new and changed papers get their vectors now.
        const embedded = await embedNewPapers(store, embeddingProviderConfig(loadConfig()));
        if (embedded) console.log(`embedded ${embedded} new or changed papers for semantic search`);
      });
      if (opts.strict && rejected > 0) {
        throw new PaperboyError('import_strict_failed', `${rejected} record(s) rejected and --strict is set`);
      }
    });
}
