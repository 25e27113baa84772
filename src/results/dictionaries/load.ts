import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PaperboyError } from '../../errors.ts';
import { BENCHMARKS } from './benchmarks.ts';
import { HARDWARE, HARDWARE_CLASSES, type EntityEntry } from './hardware.ts';

export interface Dictionaries {
  hardware: EntityEntry[];
  hardwareClasses: EntityEntry[];
  benchmarks: EntityEntry[];
}

export const BUILT_IN: Dictionaries = { hardware: HARDWARE, hardwareClasses: HARDWARE_CLASSES, benchmarks: BENCHMARKS };

const Entry = z.object({
  name: z.string().trim().min(1).max(100),
  kind: z.string().trim().min(1).max(40).optional(),
  aliases: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
});
const Extension = z.object({ hardware: z.array(Entry).default([]), benchmarks: z.array(Entry).default([]) }).strict();

/**
 * The built-in dictionaries plus an operator's own entries (a JSON file of
 * `{"hardware": [{"name", "kind", "aliases"}], "benchmarks": [...]}`). An entry with a built-in
 * name adds aliases to it; a bad file fails with the field that is wrong.
 */
export function loadDictionaries(extensionPath?: string): Dictionaries {
  if (!extensionPath) return BUILT_IN;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(extensionPath, 'utf8'));
  } catch (err) {
    throw new PaperboyError('invalid_argument', `results dictionary ${extensionPath}: ${(err as Error).message}`);
  }
  const parsed = Extension.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new PaperboyError('invalid_argument', `results dictionary ${extensionPath}: field "${issue.path.join('.')}": ${issue.message}`);
  }
  const merge = (base: EntityEntry[], extra: Array<z.infer<typeof Entry>>, kind: string) => {
    const out = base.map((e) => ({ ...e, aliases: [...e.aliases] }));
    for (const e of extra) {
      const known = out.find((o) => o.name.toLowerCase() === e.name.toLowerCase());
      if (known) known.aliases.push(...e.aliases);
      else out.push({ name: e.name, kind: e.kind ?? kind, aliases: [e.name, ...e.aliases] });
    }
    return out;
  };
  return {
    hardware: merge(HARDWARE, parsed.data.hardware, 'accelerator'),
    hardwareClasses: HARDWARE_CLASSES,
    benchmarks: merge(BENCHMARKS, parsed.data.benchmarks, 'benchmark'),
  };
}
