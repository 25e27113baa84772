/**
 * Geometry of the server-rendered SVG charts: scales, "nice" ticks and month buckets. Pure numbers
 * in, numbers out, so the charts are tested to exact coordinates and need no JavaScript to read.
 */

/** A linear map from [d0, d1] to [r0, r1]. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** Round tick values covering [lo, hi]: steps of 1, 2 or 5 times a power of ten, about `count` of them. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw)!;
  const out: number[] = [];
  for (let v = Math.floor(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toFixed(10)));
  if (out[out.length - 1]! < hi) out.push(Number((out[out.length - 1]! + step).toFixed(10)));
  return out;
}

/** Months from `from` to `to` inclusive, as YYYY-MM. */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) { m = 1; y++; }
  }
  return out;
}

/** Days since 1970 of a YYYY-MM-DD (the x of a point in time). */
export function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) || 1) / 86_400_000;
}

/** Papers per month with the months that had none filled in as zero. */
export function fillMonths(rows: Array<{ month: string; papers: number }>, from: string, to: string): Array<{ month: string; papers: number }> {
  const by = new Map(rows.map((r) => [r.month, r.papers]));
  return monthRange(from, to).map((month) => ({ month, papers: by.get(month) ?? 0 }));
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Labels for a time axis from day `d0` to day `d1` (days since 1970): the first days of months every
 * 1, 2, 3 or 6 months, or of years every 1, 2, 5 or 10, the finest step that gives at most `max`
 * labels, so a chart of five months is labeled by month and one of ten years by year. The first label
 * and each January carry the year ("Jul 2026", "Aug", ..., "Jan 2027").
 */
export function timeTicks(d0: number, d1: number, max = 8): Array<{ day: number; label: string }> {
  const start = new Date(d0 * 86_400_000);
  const months: Array<{ day: number; year: number; month: number }> = [];
  for (let y = start.getUTCFullYear(), m = start.getUTCMonth(); ; m++) {
    if (m > 11) { m = 0; y++; }
    const day = Date.UTC(y, m, 1) / 86_400_000;
    if (day > d1) break;
    if (day >= d0) months.push({ day, year: y, month: m });
  }
  for (const step of [1, 2, 3, 6, 12, 24, 60, 120]) {
    const picked = months.filter((t) => (t.year * 12 + t.month) % step === 0);
    if (picked.length > max) continue;
    return picked.map((t, i) => ({
      day: t.day,
      label: step >= 12 ? String(t.year) : i === 0 || t.month === 0 ? `${MONTH_NAMES[t.month]} ${t.year}` : MONTH_NAMES[t.month]!,
    }));
  }
  return [];
}
