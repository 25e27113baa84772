import { toIsoDate } from '../../core/text.ts';
import { invalidArgument } from '../../errors.ts';

/** A YYYY-MM-DD option, checked to be a real date; undefined when not given. */
export function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? toIsoDate(value) : null;
  if (!iso) throw invalidArgument(name, `${name}: expected a date YYYY-MM-DD, got "${value}"`);
  return iso;
}
