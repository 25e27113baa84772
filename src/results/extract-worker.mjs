// Worker-thread entry for extraction at import (src/results/extract-worker-client.ts): tsx is
// registered per thread (the CLI registers it on the main thread only). The worker only computes:
// it never opens the store; the main thread writes what it sends back (SQLite has one writer).
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { extractRows } = await import('./extract-rows.ts');
parentPort.postMessage({ ready: true });
parentPort.on('message', ({ id, papers }) => {
  try {
    parentPort.postMessage({ id, ok: true, rows: extractRows(papers, workerData.dictionaries) });
  } catch (err) {
    parentPort.postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
});
