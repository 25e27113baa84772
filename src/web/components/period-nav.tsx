import type { PeriodKind } from '../view/periods.ts';
import type { PeriodView } from '../view/period-view.ts';
import { plural } from '../view/format.ts';
import { ICONS } from './icons.tsx';

const KIND_LABEL: Record<PeriodKind, string> = { day: 'Day', week: 'Week', month: 'Month' };
const HEADING: Record<PeriodKind, string> = { day: 'Daily papers', week: 'Papers of the week', month: 'Papers of the month' };

/** Switches between the day, week and month views around the same date. */
function KindTabs({ view }: { view: PeriodView }) {
  return (
    <nav class="seg" aria-label="View by">
      {(['day', 'week', 'month'] as const).map((k) => (
        <a href={view.kinds[k]} aria-current={view.period.kind === k ? 'page' : undefined}>{KIND_LABEL[k]}</a>
      ))}
    </nav>
  );
}

/** A plain GET form: works without JS; /date?d=… redirects to /date/…. */
function DatePicker({ value }: { value: string }) {
  return (
    <form class="date-picker" action="/date" method="get">
      <label for="date-input">{ICONS.calendar}<span class="sr-only">Go to date</span></label>
      <input id="date-input" type="date" name="d" value={value} required min="1991-01-01" />
      <button type="submit">Go</button>
    </form>
  );
}

function Step({ link, dir }: { link: PeriodView['prev']; dir: 'prev' | 'next' }) {
  if (!link) return <span class={`step step-${dir} is-disabled`} aria-hidden="true">{dir === 'prev' ? ICONS.prev : ICONS.next}</span>;
  return (
    <a class={`step step-${dir}`} href={link.href} title={link.title} data-step={dir}>
      {dir === 'prev' ? ICONS.prev : null}
      <span>{link.label}</span>
      {dir === 'next' ? ICONS.next : null}
    </a>
  );
}

/** The head of a day, week or month page: title, arrows to the nearest non-empty periods, picker. */
export function PeriodNav({ view, total, latest }: { view: PeriodView; total: number; latest?: boolean }) {
  const kind = view.period.kind;
  return (
    <section class="period" aria-labelledby="period-title">
      <div class="period-bar">
        <KindTabs view={view} />
        <DatePicker value={view.pickerValue} />
      </div>
      <div class="period-head">
        <Step link={view.prev} dir="prev" />
        <div class="period-titles">
          <h1 id="period-title">{HEADING[kind]}</h1>
          <p class="period-sub">
            <span class="period-when">{view.title}</span>
            {view.subtitle ? <span> · {view.subtitle}</span> : null}
            <span> · {plural(total, 'paper')}</span>
            {latest ? <span class="pill">Latest</span> : null}
          </p>
        </div>
        <Step link={view.next} dir="next" />
      </div>
      {view.chips.length ? (
        <nav class="chips" aria-label={kind === 'month' ? 'Weeks of this month' : 'Days of this week'}>
          {view.chips.map((c) => (
            <a href={c.href} aria-current={c.current ? 'page' : undefined}><span>{c.label}</span> <small>{c.sub}</small></a>
          ))}
        </nav>
      ) : null}
    </section>
  );
}
