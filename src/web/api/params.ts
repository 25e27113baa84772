import { z } from 'zod';
import { invalidArgument } from '../../errors.ts';
import { parseDay, parseIsoWeek, parseMonth } from './date-range.ts';

/** Shows a rejected value in an error message without echoing a whole pasted essay. */
const shown = (v: unknown) => JSON.stringify(String(v).slice(0, 60));

/** An integer query parameter in [min, max], written in plain digits. */
export function intParam(min: number, max: number) {
  const message = `must be an integer from ${min} to ${max}`;
  return z.string({ error: `${message}` })
    .regex(/^\d{1,9}$/, { error: (i) => `${message}, got ${shown(i.input)}` })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { error: (i) => `${message}, got ${shown(i.input)}` });
}

/** A string query parameter of 1 to max characters (chain .optional() where it may be absent). */
export function textParam(max: number) {
  return z.string({ error: (i) => (i.input === undefined ? 'is required' : 'must be a string') })
    .min(1, { error: 'must not be empty' })
    .max(max, { error: (i) => `must be at most ${max} characters, got ${String(i.input).length}` });
}

/** One of a fixed set of words, e.g. mode=lexical|semantic|hybrid. */
export function enumParam<T extends string>(values: readonly T[]) {
  const message = `must be one of ${values.join(', ')}`;
  return z.string({ error: message })
    .refine((s): s is T => (values as readonly string[]).includes(s), { error: (i) => `${message}, got ${shown(i.input)}` })
    .transform((s) => s as T);
}

/** A flag written true or false (as in has_code=true). */
export const boolParam = enumParam(['true', 'false'] as const).transform((s) => s === 'true');

function rangeParam(parse: (s: string) => unknown, shape: string) {
  return z.string().refine((s) => parse(s) !== null, { error: (i) => `must be a real ${shape}, got ${shown(i.input)}` });
}

export const dateParam = rangeParam(parseDay, 'date YYYY-MM-DD');
export const weekParam = rangeParam(parseIsoWeek, 'ISO week YYYY-Www');
export const monthParam = rangeParam(parseMonth, 'month YYYY-MM');

/**
 * Validates query parameters with a zod object schema. The first problem becomes an
 * invalid_argument error (HTTP 400) that names its parameter, e.g. "limit must be an integer
 * from 1 to 100, got \"abc\"". Unknown parameters are ignored, as Hugging Face's API does.
 */
export function parseParams<S extends z.ZodType>(schema: S, query: Record<string, string>): z.output<S> {
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const parameter = String(issue.path[0] ?? 'query');
  throw invalidArgument(parameter, `${parameter} ${issue.message}`);
}
