// Worker-thread entry for the word-index build: tsx is registered per thread (the CLI registers it
// on the main thread only), then the build runs on the worker's own connection to the file.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { buildWordIndexOnFile } = await import('./build-on-file.ts');
try {
  parentPort.postMessage({ ok: true, summary: await buildWordIndexOnFile(workerData.path) });
} catch (err) {
  parentPort.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
}
