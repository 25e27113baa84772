import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after } from 'node:test';

/** A synthetic arXiv record, written as OAI-PMH (metadataPrefix=arXiv) or as an API Atom entry. */
export interface FakeRecord {
  id: string;
  datestamp: string;
  created: string;
  updated?: string;
  /** For the API's versioned id. */
  version?: number;
  title: string;
  abstract?: string;
  categories?: string;
  authors?: string[];
  comments?: string;
  deleted?: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function oaiRecord(r: FakeRecord): string {
  if (r.deleted) {
    return `<record><header status="deleted"><identifier>oai:arXiv.org:${r.id}</identifier><datestamp>${r.datestamp}</datestamp><setSpec>cs</setSpec></header></record>`;
  }
  const authors = (r.authors ?? ['Ada Lovelace']).map((a) => {
    const [fore, ...rest] = a.split(' ');
    return `<author><keyname>${esc(rest.join(' ') || fore)}</keyname>${rest.length ? `<forenames>${esc(fore)}</forenames>` : ''}</author>`;
  }).join('');
  return `<record>
<header><identifier>oai:arXiv.org:${r.id}</identifier><datestamp>${r.datestamp}</datestamp><setSpec>cs</setSpec></header>
<metadata><arXiv xmlns="http://arxiv.org/OAI/arXiv/"><id>${r.id}</id><created>${r.created}</created>${r.updated ? `<updated>${r.updated}</updated>` : ''}
<authors>${authors}</authors><title>${esc(r.title)}</title><categories>${r.categories ?? 'cs.AR'}</categories>
${r.comments ? `<comments>${esc(r.comments)}</comments>` : ''}<abstract>  ${esc(r.abstract ?? `Abstract of ${r.title}.`)}
</abstract></arXiv></metadata>
</record>`;
}

/** One ListRecords page; `token` is the next page's token (null: last page, an empty element). */
export function oaiPage(records: FakeRecord[], token: string | null, responseDate = '2025-03-04T06:00:00Z'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>${responseDate}</responseDate>
<request verb="ListRecords" metadataPrefix="arXiv">http://export.arxiv.org/oai2</request>
<ListRecords>
${records.map(oaiRecord).join('\n')}
${token ? `<resumptionToken cursor="0" completeListSize="99">${esc(token)}</resumptionToken>` : '<resumptionToken cursor="0" completeListSize="99"/>'}
</ListRecords></OAI-PMH>`;
}

export function oaiError(code: string, message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2025-03-04T06:00:00Z</responseDate><request verb="ListRecords">x</request><error code="${code}">${esc(message)}</error></OAI-PMH>`;
}

export function atomFeed(records: FakeRecord[]): string {
  const entries = records.map((r) => `<entry>
<id>http://arxiv.org/abs/${r.id}v${r.version ?? 1}</id><title>${esc(r.title)}</title>
<updated>${r.updated ?? r.created}T10:00:00Z</updated><published>${r.created}T10:00:00Z</published>
<summary>${esc(r.abstract ?? `Abstract of ${r.title}.`)}</summary>
${(r.authors ?? ['Ada Lovelace']).map((a) => `<author><name>${esc(a)}</name></author>`).join('')}
<arxiv:primary_category term="${(r.categories ?? 'cs.AR').split(' ')[0]}"/>
${(r.categories ?? 'cs.AR').split(' ').map((c) => `<category term="${c}" scheme="http://arxiv.org/schemas/atom"/>`).join('')}
</entry>`).join('\n');
  return `<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
<id>https://arxiv.org/api/x</id><title>arXiv Query</title><updated>2026-04-12T22:09:26Z</updated>
<opensearch:totalResults>${records.length}</opensearch:totalResults>
${entries}
</feed>`;
}

export type ArxivFault = { status: number; retryAfter?: string } | { body: string };

export interface SeenRequest { path: string; query: URLSearchParams; headers: IncomingHttpHeaders }

/**
 * A local stand-in for arXiv on 127.0.0.1: `/oai` serves ListRecords pages (the first page for any
 * set/from, later pages by token), `/api/query` serves Atom entries by id_list. Faults queue up per
 * request; `pages` and `papers` can be changed between runs.
 */
export async function startArxivServer() {
  const state = {
    /** Token -> page body; '' is the first page. */
    pages: new Map<string, string>(),
    papers: new Map<string, FakeRecord>(),
    faults: [] as ArxivFault[],
    requests: [] as SeenRequest[],
  };
  /** Page tokens whose next request is held until released (hold()). */
  const holds = new Map<string, { arrived: () => void; released: Promise<void> }>();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    state.requests.push({ path: url.pathname, query: url.searchParams, headers: req.headers });
    const fault = state.faults.shift();
    if (fault && 'status' in fault) {
      return void res.writeHead(fault.status, { 'content-type': 'text/plain', ...(fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}) }).end('Service Unavailable');
    }
    if (fault) return void res.writeHead(200, { 'content-type': 'text/xml' }).end(fault.body);
    if (url.pathname === '/oai') {
      const token = url.searchParams.get('resumptionToken') ?? '';
      const held = holds.get(token);
      if (held) {
        holds.delete(token);
        held.arrived();
        await held.released;
      }
      const body = state.pages.get(token) ?? oaiError(token ? 'badResumptionToken' : 'noRecordsMatch', token ? 'The value of the resumptionToken argument is invalid or expired.' : 'No records match');
      return void res.writeHead(200, { 'content-type': 'text/xml' }).end(body);
    }
    if (url.pathname === '/api/query') {
      const id = url.searchParams.get('id_list') ?? '';
      const r = state.papers.get(id);
      return void res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(atomFeed(r ? [r] : []));
    }
    res.writeHead(404).end('no route');
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  const close = () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); });
  after(close);
  const base = `http://127.0.0.1:${port}`;
  return {
    ...state,
    oaiUrl: `${base}/oai`,
    apiUrl: `${base}/api/query`,
    /** Serves `pages` as a chain: page 1 for any first request, then tokens tok-2, tok-3 ... */
    setPages(pages: FakeRecord[][], responseDate?: string): void {
      state.pages.clear();
      pages.forEach((recs, i) => state.pages.set(i === 0 ? '' : `tok-${i + 1}`, oaiPage(recs, i + 1 < pages.length ? `tok-${i + 2}` : null, responseDate)));
    },
    fail(...faults: ArxivFault[]): void { state.faults.push(...faults); },
    /**
     * Holds the answer to the next request for page `token` ('' is the first page) until release():
     * a harvester stuck there is mid-harvest, with the pages before saved. Later requests are answered.
     */
    hold(token: string): { arrived: Promise<void>; release: () => void } {
      let arrived!: () => void;
      let release!: () => void;
      const seen = new Promise<void>((r) => { arrived = r; });
      const released = new Promise<void>((r) => { release = r; });
      holds.set(token, { arrived, released });
      after(release);
      return { arrived: seen, release };
    },
    close,
  };
}
