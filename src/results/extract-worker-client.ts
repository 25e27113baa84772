import { Worker } from 'node:worker_threads';
import type { Dictionaries } from './dictionaries/load.ts';
import type { ExtractedRow } from './extract-rows.ts';
import type { PaperText } from './repo.ts';

type Reply = { ready: true; id?: undefined } | { id: number; ok: true; rows: ExtractedRow[] } | { id: number; ok: false; message: string };
interface Waiting { resolve: (rows: ExtractedRow[]) => void; reject: (err: Error) => void }

export const EXTRACT_WORKER_URL = new URL('./extract-worker.mjs', import.meta.url);

/**
 * One worker thread that extracts batches in the order they are sent (one thread, so replies come
 * back in order). If the thread dies, every batch it still held fails with the reason, and so does
 * anything sent later: the caller extracts those on its own thread.
 */
export class ExtractWorker {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private stopped: Error | null = null;
  private ending = false;
  private started = false;
  /** Settles once the thread has loaded the extraction code (about a second of CPU under tsx). */
  readonly ready: Promise<void>;
  private readyOutcome!: { resolve: () => void; reject: (err: Error) => void };

  constructor(dictionaries: Dictionaries, url: URL = EXTRACT_WORKER_URL, private readonly onStop?: (err: Error) => void) {
    this.ready = new Promise((resolve, reject) => { this.readyOutcome = { resolve, reject }; });
    this.ready.catch(() => undefined);
    this.worker = new Worker(url, { workerData: { dictionaries } });
    this.worker.on('message', (m: Reply) => {
      if (m.id === undefined) {
        this.started = true;
        this.readyOutcome.resolve();
        return;
      }
      const w = this.waiting.get(m.id);
      if (!w) return;
      this.waiting.delete(m.id);
      if (m.ok) w.resolve(m.rows);
      else w.reject(new Error(m.message));
    });
    this.worker.on('error', (err) => this.stop(err));
    this.worker.on('exit', (code) => this.stop(new Error(`extraction worker stopped (exit code ${code})`)));
  }

  /** Whether the thread is gone (a crash or an error it could not recover from). */
  get dead(): boolean { return this.stopped !== null; }
  get isReady(): boolean { return this.started && !this.stopped; }

  extract(papers: PaperText[]): Promise<ExtractedRow[]> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, papers });
    });
  }

  async terminate(): Promise<void> {
    this.ending = true;
    await this.worker.terminate();
  }

  private stop(err: Error): void {
    if (this.stopped) return;
    this.stopped = err;
    this.readyOutcome.reject(err);
    for (const w of this.waiting.values()) w.reject(err);
    this.waiting.clear();
    if (!this.ending) this.onStop?.(err);
  }
}
