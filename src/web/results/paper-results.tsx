import type { Artifact } from '../../results/types.ts';
import type { StoredClaim } from '../../results/repo.ts';
import { Span } from './claims-table.tsx';
import { entityHref, formatValue, METRIC_LABEL } from './view.ts';

/** The "Results" section of a paper page: its claims, each with the sentence it came from, and its artifacts. */
export function PaperResults({ claims, artifacts }: { claims: StoredClaim[]; artifacts: Artifact[] }) {
  if (claims.length === 0 && artifacts.length === 0) return null;
  return (
    <section class="paper-results" aria-labelledby="results-h">
      <h2 id="results-h">Results</h2>
      {claims.length ? (
        <ul class="claims">
          {claims.map((c) => (
            <li class="claim">
              <strong>{METRIC_LABEL[c.metric]}: {formatValue(c)}</strong>
              {c.baseline ? <> over <a href={entityHref('baseline', c.baseline)}>{c.baseline}</a></> : null}
              {c.hardware ? <> on <a href={entityHref('hardware', c.hardware)}>{c.hardware}</a></> : null}
              {c.benchmark ? <> ({<a href={entityHref('benchmark', c.benchmark)}>{c.benchmark}</a>})</> : null}
              <div class="rs-small muted">From the {c.source}: <Span c={c} /></div>
            </li>
          ))}
        </ul>
      ) : <p class="muted">No numeric results were found in this abstract.</p>}
      {artifacts.length ? (
        <p class="artifacts rs-small">
          Artifacts: {artifacts.map((a, i) => (
            <>{i ? ', ' : ''}{a.url ? <a href={a.url} rel="noopener noreferrer nofollow">{a.name}</a> : a.kind === 'benchmark' ? <a href={entityHref('benchmark', a.name)}>{a.name}</a> : a.name} <span class="muted">({a.kind}, {a.relation === 'introduces' ? 'introduced' : 'used'})</span></>
          ))}
        </p>
      ) : null}
      <p class="rs-small muted">Read from the title and abstract by rules, not by a person; check each against its sentence. <a href="/results">Compare results across papers</a>.</p>
    </section>
  );
}
