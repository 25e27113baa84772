import { z } from 'zod';
import { invalidArgument } from '../errors.ts';

/** Email addresses are compared lowercased and trimmed. */
export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());
/** Long enough to resist guessing; capped so a megabyte "password" cannot tie up the hasher. */
export const passwordSchema = z.string().min(10, 'must be at least 10 characters').max(256, 'must be at most 256 characters');
/** Shown to others beside comments and claims: one line of plain text. */
export const displayNameSchema = z.string().trim().max(60, 'must be at most 60 characters')
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'must not contain control characters');
export const tokenNameSchema = z.string().trim().min(1, 'is required').max(60, 'must be at most 60 characters');

/** Parses one field or throws invalid_argument naming it. */
export function field<T>(schema: z.ZodType<T>, name: string, value: unknown): T {
  const r = schema.safeParse(value ?? '');
  if (r.success) return r.data;
  const label = name === 'email' || name === 'newEmail' ? 'an email address like name@example.org' : null;
  throw invalidArgument(name, `${name}: ${label ? `expected ${label}` : r.error.issues[0]?.message ?? 'invalid'}`);
}
