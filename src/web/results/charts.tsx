import { dayNumber, linear, niceTicks, timeTicks } from '../../results/chart.ts';

/** One point of a values-over-time chart. */
export interface ValuePoint { day: string; value: number; label: string; href: string }

const W = 720;
const H = 280;
const M = { top: 16, right: 16, bottom: 36, left: 64 };
const fmt = (v: number) => (Math.abs(v) >= 1000 ? `${+(v / 1000).toFixed(1)}k` : String(+v.toFixed(2)));

/**
 * Reported values over publication date, drawn on the server as SVG (readable without JavaScript).
 * Values spanning two orders of magnitude or more use a log scale, so a 4,000x outlier does not
 * flatten every 2x beside it. Each point links to its paper and names its claim; `sample` says when the
 * points are only the newest of more claims than a chart holds.
 */
export function ValueChart({ points, unit, title, sample }: { points: ValuePoint[]; unit: string; title: string; sample?: { newest: number; of: number } }) {
  if (points.length === 0) return null;
  const days = points.map((p) => dayNumber(p.day));
  const values = points.map((p) => p.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const log = lo > 0 && hi / lo >= 100;
  const d0 = Math.min(...days) - 15;
  const d1 = Math.max(...days) + 15;
  const x = linear(d0, d1, M.left, W - M.right);
  const ticks = log ? logTicks(lo, hi) : niceTicks(Math.min(0, lo), hi);
  const t = (v: number) => (log ? Math.log10(v) : v);
  const y = linear(t(ticks[0]!), t(ticks[ticks.length - 1]!), H - M.bottom, M.top);
  const dates = timeTicks(d0, d1);
  return (
    <figure class="results-chart">
      <svg xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="value-chart-title" class="chart" data-chart="values">
        <title id="value-chart-title">{title}</title>
        {ticks.map((v) => (
          <g class="tick">
            <line x1={M.left} x2={W - M.right} y1={y(t(v)).toFixed(1)} y2={y(t(v)).toFixed(1)} class="grid" />
            <text x={M.left - 6} y={(y(t(v)) + 4).toFixed(1)} text-anchor="end">{fmt(v)}{unit === 'x' ? '×' : unit === '%' ? '%' : ''}</text>
          </g>
        ))}
        {dates.map((d) => <text x={x(d.day).toFixed(1)} y={H - 12} text-anchor="middle" class="axis-label">{d.label}</text>)}
        <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} class="axis" />
        {points.map((p, i) => (
          <a href={p.href}>
            <circle cx={x(days[i]!).toFixed(1)} cy={y(t(p.value)).toFixed(1)} r="4" class="point"><title>{p.label}</title></circle>
          </a>
        ))}
      </svg>
      <figcaption class="muted">{title}{log ? ' (log scale)' : ''}. {points.length} claims{sample ? `, read from the newest ${sample.newest} of the ${sample.of} that match` : ''}; each point links to its paper.</figcaption>
    </figure>
  );
}

function logTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) out.push(10 ** e);
  return out;
}

/** Papers per month as bars, server-rendered SVG; the counts are in each bar's title and in the table below it. */
export function MonthChart({ months, title }: { months: Array<{ month: string; papers: number }>; title: string }) {
  const max = Math.max(1, ...months.map((m) => m.papers));
  // Paper counts are whole numbers: no 0.5 ticks.
  const ticks = niceTicks(0, max, 4).filter(Number.isInteger);
  const y = linear(0, ticks[ticks.length - 1]!, H - M.bottom, M.top);
  const band = (W - M.left - M.right) / Math.max(1, months.length);
  return (
    <figure class="results-chart">
      <svg xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="month-chart-title" class="chart" data-chart="months">
        <title id="month-chart-title">{title}</title>
        {ticks.map((v) => (
          <g class="tick">
            <line x1={M.left} x2={W - M.right} y1={y(v).toFixed(1)} y2={y(v).toFixed(1)} class="grid" />
            <text x={M.left - 6} y={(y(v) + 4).toFixed(1)} text-anchor="end">{v}</text>
          </g>
        ))}
        {months.map((m, i) => {
          const x0 = M.left + i * band + band * 0.1;
          return (
            <g>
              <rect x={x0.toFixed(1)} y={y(m.papers).toFixed(1)} width={(band * 0.8).toFixed(1)} height={(H - M.bottom - y(m.papers)).toFixed(1)} class="bar" data-month={m.month}>
                <title>{`${m.month}: ${m.papers} papers`}</title>
              </rect>
              {i % Math.ceil(months.length / 8) === 0 ? <text x={(x0 + band * 0.4).toFixed(1)} y={H - 12} text-anchor="middle" class="axis-label">{m.month}</text> : null}
            </g>
          );
        })}
        <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} class="axis" />
      </svg>
      <figcaption class="muted">{title}</figcaption>
    </figure>
  );
}
