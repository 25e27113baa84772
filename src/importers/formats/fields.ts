/**
 * Field checks shared by the JSON importers. A check that fails throws a RecordError, which the
 * importer turns into one rejected item (`{ line, error }`); it never ends the import.
 *
 * The policy: a missing or null optional field is fine (unknown); a value of the wrong type, or a
 * date field holding something that is not a date, rejects the record naming the field, because it
 * means the record is not what the format promises and guessing would store wrong data.
 */
import { collapseWhitespace, toIsoDate } from '../../core/text.ts';

/** A problem with one record; the message names the field and what was expected. */
export class RecordError extends Error {}

export type JsonObject = Record<string, unknown>;

/** "null", "array", or the typeof name: the words used in rejection messages. */
export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** Quotes a short excerpt of a bad value for a message. */
export function excerpt(v: unknown, max = 40): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);
}

/** `field "x": expected <what>, got <type>`: the standard rejection text. */
export function fieldError(field: string, expected: string, got: unknown): RecordError {
  return new RecordError(`field "${field}": expected ${expected}, got ${typeName(got)}`);
}

/** A plain JSON object (not null, not an array). */
export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The record itself must be a JSON object. */
export function asRecord(v: unknown, what = 'a JSON object'): JsonObject {
  if (!isObject(v)) throw new RecordError(`expected ${what}, got ${typeName(v)}`);
  return v;
}

/** A required title: a string that is not empty once whitespace is collapsed. */
export function requireTitle(v: unknown, field = 'title'): string {
  if (typeof v !== 'string') throw fieldError(field, 'a non-empty string', v);
  const t = collapseWhitespace(v);
  if (!t) throw new RecordError(`field "${field}": expected a non-empty string, got an empty string`);
  return t;
}

/** A required non-empty string, returned as is (trimmed). */
export function requireString(v: unknown, field: string): string {
  if (typeof v !== 'string' || !v.trim()) {
    if (typeof v === 'string') throw new RecordError(`field "${field}": expected a non-empty string, got an empty string`);
    throw fieldError(field, 'a non-empty string', v);
  }
  return v.trim();
}

/** An optional string field: absent or null is unknown, any other type rejects. */
export function optString(v: unknown, field: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw fieldError(field, 'a string', v);
  return v;
}

/** A non-negative count such as upvotes. */
export function optCount(v: unknown, field: string): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw fieldError(field, 'a non-negative number', v);
  return Math.floor(v);
}

/** An optional object field. */
export function optObject(v: unknown, field: string): JsonObject | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) throw fieldError(field, 'an object', v);
  return v;
}

/** An optional array field. */
export function optArray(v: unknown, field: string): unknown[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw fieldError(field, 'an array', v);
  return v;
}

/** A date field: YYYY-MM-DD, or undefined when absent. A string that is not a date rejects. */
export function optDate(v: unknown, field: string): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string') throw fieldError(field, 'a date string', v);
  const d = toIsoDate(v);
  if (!d) throw new RecordError(`field "${field}": expected a date, got ${excerpt(v)}`);
  return d;
}

/** An array of strings (e.g. author names), blanks dropped, whitespace collapsed. */
export function optStringList(v: unknown, field: string): string[] | undefined {
  const arr = optArray(v, field);
  if (!arr) return undefined;
  const out: string[] = [];
  for (let i = 0; i < arr.length; i++) {
    const s = arr[i];
    if (typeof s !== 'string') throw fieldError(`${field}[${i}]`, 'a string', s);
    const c = collapseWhitespace(s);
    if (c) out.push(c);
  }
  return out;
}

/** Leaves out unknown fields entirely, so "the source does not say" is never stored as a value. */
export function dropUndefined<T extends object>(r: T): T {
  for (const k of Object.keys(r) as Array<keyof T>) if (r[k] === undefined) delete r[k];
  return r;
}

/** The message of a RecordError, or of anything else thrown while mapping one record. */
export function recordErrorMessage(err: unknown): string {
  if (err instanceof RecordError) return err.message;
  return `could not read the record: ${(err as Error)?.message ?? String(err)}`;
}
