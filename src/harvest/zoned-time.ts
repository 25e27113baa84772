/** The instants a daily "HH:MM" in a time zone falls on, with Intl only (DST-aware, no library). */

function parts(instant: number, timeZone: string): { y: number; m: number; d: number; H: number; M: number } {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  });
  const p = Object.fromEntries(f.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  return { y: Number(p.year), m: Number(p.month), d: Number(p.day), H: Number(p.hour), M: Number(p.minute) };
}

/** The zone's offset from UTC at an instant, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const p = parts(instant, timeZone);
  return Date.UTC(p.y, p.m - 1, p.d, p.H, p.M) - Math.floor(instant / 60_000) * 60_000;
}

/** The instant of wall-clock y-m-d H:M in the zone (a time skipped by DST lands just after the gap). */
function zonedInstant(y: number, m: number, d: number, H: number, M: number, timeZone: string): number {
  const guess = Date.UTC(y, m - 1, d, H, M);
  const first = guess - offsetAt(guess, timeZone);
  const second = guess - offsetAt(first, timeZone);
  return second;
}

/** The latest scheduled instant at or before `now` for a daily "HH:MM" in `timeZone`. */
export function lastSlot(now: Date, at: string, timeZone: string): Date {
  const [H, M] = at.split(':').map(Number);
  const local = parts(now.getTime(), timeZone);
  for (let back = 0; back <= 2; back++) {
    const day = new Date(Date.UTC(local.y, local.m - 1, local.d - back));
    const t = zonedInstant(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), H, M, timeZone);
    if (t <= now.getTime()) return new Date(t);
  }
  throw new Error(`no slot found for ${at} ${timeZone}`);
}

/** The first scheduled instant after `now`. */
export function nextSlot(now: Date, at: string, timeZone: string): Date {
  const [H, M] = at.split(':').map(Number);
  const local = parts(now.getTime(), timeZone);
  for (let ahead = 0; ahead <= 2; ahead++) {
    const day = new Date(Date.UTC(local.y, local.m - 1, local.d + ahead));
    const t = zonedInstant(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), H, M, timeZone);
    if (t > now.getTime()) return new Date(t);
  }
  throw new Error(`no slot found for ${at} ${timeZone}`);
}
