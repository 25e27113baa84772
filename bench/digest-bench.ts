/**
 * Digest benchmark: compose and send N personalized digests (trending plus 0-3 topics each, drawn
 * from 60 topics) to a local SMTP sink that accepts and discards, in a child process whose time and
 * peak RSS are measured. Target on 2 cores: at least 200 messages/s with RSS under 300 MB.
 * Standalone: node --import tsx bench/digest-bench.ts [N]
 */
import { join } from 'node:path';
import { mkdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { SqliteStore } from '../src/db/sqlite/sqlite-store.ts';
import { loadDemo } from '../src/demo/load-demo.ts';
import type { Topic } from '../src/digests/types.ts';
import { measureProcess } from './measure.ts';
import type { Table } from './report.ts';

const ANCHOR = '2025-06-12';
const TOPICS: Topic[] = [
  ...['diffusion', 'transformer', 'reinforcement learning', 'graph neural', 'quantization', 'protein', 'speech', 'retrieval', 'robot', 'vision language',
    'sparse', 'benchmark', 'agents', 'optimization', 'kernels', 'privacy', 'federated', 'causal', 'video', 'reasoning'].map((value) => ({ kind: 'search' as const, value })),
  ...['cs.LG', 'cs.CL', 'cs.CV', 'cs.AI', 'cs.RO', 'stat.ML', 'cs.CR', 'cs.AR', 'q-bio.BM', 'eess.AS'].map((value) => ({ kind: 'category' as const, value })),
];

/** A sink that takes every message and keeps nothing. */
async function startSink(): Promise<{ url: string; count: () => number; close: () => Promise<void> }> {
  let n = 0;
  const server = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
    onData(stream, _s, cb) { stream.on('data', () => {}); stream.on('end', () => { n++; cb(); }); } });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, count: () => n, close: () => new Promise((r) => server.close(() => r())) };
}

export async function benchDigests(outDir: string, n = 10_000): Promise<Table> {
  const dir = join(outDir, 'digests');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const db = join(dir, 'digests.db');
  const store = new SqliteStore(db);
  await loadDemo(store, ANCHOR);
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < n; i++) {
    const topics = Array.from({ length: Math.floor(rand() * 4) }, () => TOPICS[Math.floor(rand() * TOPICS.length)]!)
      .filter((t, j, all) => all.indexOf(t) === j);
    await store.digests.insert({ email: `reader${i}@example.org`, frequency: 'daily', status: 'confirmed', topics, at: new Date().toISOString() });
  }
  await store.close();
  const sink = await startSink();
  const m = await measureProcess(process.execPath, ['--import', 'tsx', 'bench/digest-send.ts', db, sink.url, ANCHOR]);
  await sink.close();
  if (m.code !== 0) throw new Error(`digest run failed: ${m.stderr}`);
  const r = JSON.parse(m.stdout.trim().split('\n').pop()!) as { sent: number; seconds: number };
  const perSecond = r.sent / r.seconds;
  return {
    title: 'Digests: compose and send personalized daily digests to a local SMTP sink',
    head: ['subscribers', 'sent', 'received by sink', 'seconds', 'messages/s', 'peak RSS MB'],
    rows: [[String(n), String(r.sent), String(sink.count()), r.seconds.toFixed(1), Math.round(perSecond).toLocaleString('en'), m.peakRssMb.toFixed(0)]],
    notes: ['Target: at least 200 messages/s with peak RSS under 300 MB. Each message is claimed and recorded in the ledger (two writes), composed (trending plus 0-3 topics from a pool of 30, each looked up once per run) and sent over 4 pooled SMTP connections.'],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t = await benchDigests('bench/out', Number(process.argv[2] ?? 10_000));
  console.log(t.head.join('\t'));
  for (const row of t.rows) console.log(row.join('\t'));
}
