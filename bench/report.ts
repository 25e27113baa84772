import { cpus, totalmem, hostname } from 'node:os';
import { writeFileSync } from 'node:fs';

export interface Table { title: string; head: string[]; rows: string[][]; notes?: string[] }

export function machineLine(): string {
  const cpu = cpus();
  return `${cpu.length} x ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ` +
    `Node ${process.version}, ${process.platform}/${process.arch}, host ${hostname()}`;
}

function markdownTable(t: Table): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [`### ${t.title}`, '', line(t.head), line(t.head.map(() => '---')), ...t.rows.map(line), '',
    ...(t.notes ?? []).map((n) => `- ${n}`), ''].join('\n');
}

/** Prints the tables and writes docs/PERFORMANCE.md with the machine and date, plus the hand-written analysis. */
export function writeReport(tables: Table[], analysis: string, path = 'docs/PERFORMANCE.md'): void {
  const body = tables.map(markdownTable).join('\n');
  console.log(body);
  const doc = [
    '# Performance',
    '',
    'Written by `npm run bench` (scripts in `bench/`). Numbers are from one run on the machine below;',
    'rerun to refresh them. Tests never assert timings.',
    '',
    `- Date: ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC`,
    `- Machine: ${machineLine()}`,
    '',
    '## Results',
    '',
    body,
    analysis,
  ].join('\n');
  writeFileSync(path, doc);
}
