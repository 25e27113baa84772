import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ProcessMeasure { seconds: number; peakRssMb: number; stdout: string; stderr: string; code: number | null }

/** Peak resident memory so far (VmHWM is the kernel's high-water mark, so the last read is the peak). */
function readHwmKb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Runs a command to completion, timing it and tracking its peak RSS. */
export function measureProcess(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<ProcessMeasure> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peakKb = 0;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const poll = setInterval(() => {
      const kb = child.pid ? readHwmKb(child.pid) : null;
      if (kb) peakKb = Math.max(peakKb, kb);
    }, 20);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ seconds, peakRssMb: peakKb / 1024, stdout, stderr, code });
    });
  });
}
