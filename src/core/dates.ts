/** Arithmetic on UTC days written YYYY-MM-DD. */

const DAY_MS = 86_400_000;

/** `date` moved by `days` (negative goes back). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
