import type { Hono, MiddlewareHandler } from 'hono';
import type { HarvestRun, HarvestState } from '../../harvest/repo.ts';
import type { AppDeps } from '../deps.ts';
import { renderPage } from '../pages/render.tsx';

/** What the admin page shows about the configuration (not secrets). */
export interface HarvestAdminInfo {
  categories: string[];
  /** "06:30 Europe/Berlin", or null when the server does not harvest on its own. */
  schedule: string | null;
  oaiUrl: string;
}

const RUNS_SHOWN = 20;

function RunRow({ r }: { r: HarvestRun }) {
  const c = r.counts;
  return (
    <tr class={`run-${r.status}`}>
      <td><time datetime={r.startedAt}>{r.startedAt.replace('T', ' ').slice(0, 19)}</time></td>
      <td>{r.finishedAt ? r.finishedAt.replace('T', ' ').slice(0, 19) : '—'}</td>
      <td>{r.trigger}</td>
      <td>{r.status}</td>
      <td>{c.pages}</td>
      <td>{c.matched}</td>
      <td>{c.inserted}</td>
      <td>{c.updated}</td>
      <td>{c.newVersions}</td>
      <td>{c.withdrawn}</td>
      <td>{c.deleted}</td>
      <td>{c.rejected}</td>
      <td class="error">{r.error ?? ''}</td>
    </tr>
  );
}

function StateRow({ s }: { s: HarvestState }) {
  return (
    <tr>
      <td>{s.scope}</td>
      <td>{s.oaiSet}</td>
      <td>{s.watermark ?? 'never completed'}</td>
      <td>{s.resumeToken ? `interrupted after page ${s.pagesDone}; the next run resumes from token ${s.resumeToken}` : 'none'}</td>
    </tr>
  );
}

function HarvestAdmin({ runs, states, info }: { runs: HarvestRun[]; states: HarvestState[]; info: HarvestAdminInfo }) {
  const last = runs[0];
  return (
    <article class="admin">
      <h1>arXiv harvesting</h1>
      {last?.status === 'unreachable' ? (
        <p class="notice notice-warn" role="alert"><strong>arXiv could not be reached</strong> on the last run ({last.startedAt.slice(0, 16).replace('T', ' ')} UTC). The site keeps serving what it has; the harvest retries later and resumes where it stopped.</p>
      ) : last?.status === 'failed' ? (
        <p class="notice notice-warn" role="alert"><strong>The last harvest failed:</strong> {last.error}</p>
      ) : null}
      <dl class="facts">
        <div><dt>Categories</dt><dd>{info.categories.join(', ')}</dd></div>
        <div><dt>Schedule</dt><dd>{info.schedule ? `daily at ${info.schedule}` : 'off (set PAPERBOY_HARVEST_AT to harvest daily)'}</dd></div>
        <div><dt>OAI-PMH endpoint</dt><dd>{info.oaiUrl}</dd></div>
      </dl>
      <h2>Progress</h2>
      {states.length ? (
        <table><thead><tr><th>Categories</th><th>OAI set</th><th>Next harvest from</th><th>Pending</th></tr></thead>
          <tbody>{states.map((s) => <StateRow s={s} />)}</tbody></table>
      ) : <p class="muted">Nothing harvested yet.</p>}
      <h2>Last runs</h2>
      {runs.length ? (
        <table>
          <thead><tr><th>Started (UTC)</th><th>Finished</th><th>By</th><th>Status</th><th>Pages</th><th>Records</th><th>New</th><th>Updated</th><th>New versions</th><th>Withdrawn</th><th>Deleted</th><th>Rejected</th><th>Error</th></tr></thead>
          <tbody>{runs.map((r) => <RunRow r={r} />)}</tbody>
        </table>
      ) : <p class="muted">No harvest has run yet.</p>}
    </article>
  );
}

/**
 * GET /admin/harvest: last runs with their counts and errors, and the progress per set. Guarded by
 * `requireAdmin` (admin accounts plug in here; app.ts passes a loopback-only stand-in until then).
 */
export function registerHarvestAdmin(app: Hono, deps: AppDeps, requireAdmin: MiddlewareHandler, info: () => HarvestAdminInfo): void {
  app.get('/admin/harvest', requireAdmin, async (c) => {
    const [runs, states] = await Promise.all([deps.store.harvest.recentRuns(RUNS_SHOWN), deps.store.harvest.allStates()]);
    c.header('Cache-Control', 'no-store');
    return renderPage(c, deps, { title: 'arXiv harvesting', description: 'Harvest runs and progress', path: '/admin/harvest', noindex: true },
      <HarvestAdmin runs={runs} states={states} info={info()} />);
  });
}
