import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../../src/config.ts';
import { PaperboyError } from '../../src/errors.ts';
import { oaiSetFor, oaiSetsFor, parseCategories, scopeKey, wantedRecord } from '../../src/harvest/categories.ts';
import { announcementDay, isWithdrawn } from '../../src/harvest/record-rules.ts';
import { listRecordsUrl, parseOaiPage } from '../../src/harvest/oai-page.ts';
import { harvestSettings } from '../../src/harvest/settings.ts';
import { startHarvestSchedule } from '../../src/harvest/harvest-job.ts';
import { sharedFile } from '../helpers/shared-data.ts';
import { testStore } from '../helpers/store.ts';
import { fakeClock } from '../helpers/fake-clock.ts';

test('categories map to arXiv OAI sets; records are kept by any of their categories', () => {
  assert.equal(oaiSetFor('cs.AR'), 'cs');
  assert.equal(oaiSetFor('stat.ML'), 'stat');
  assert.equal(oaiSetFor('hep-th'), 'physics:hep-th');
  assert.equal(oaiSetFor('cond-mat.str-el'), 'physics:cond-mat');
  assert.deepEqual(oaiSetsFor(['cs.LG', 'stat.ML', 'cs.AR', 'quant-ph']), ['cs', 'physics:quant-ph', 'stat']);
  assert.equal(scopeKey(['cs.LG', 'cs.AR', 'cs.LG']), 'cs.AR,cs.LG');
  assert.equal(wantedRecord(['stat.ML', 'cs.LG'], ['cs.LG']), true, 'cross-lists count');
  assert.equal(wantedRecord(['cs.CV'], ['cs.LG', 'cs.AR']), false);
  assert.equal(wantedRecord(['cs.CV'], ['cs']), true, 'a bare archive wants all of it');
  assert.equal(wantedRecord(['csx.CV'], ['cs']), false);
  assert.deepEqual(parseCategories(' cs.AR, cs.LG ,cs.AR'), ['cs.AR', 'cs.LG']);
  assert.throws(() => parseCategories('cs.AR,and'), /"and" is not an arXiv category/);
  assert.throws(() => parseCategories(' , '), /expected comma-separated/);
});

test('announcement day: the datestamp of a fresh first version, else none', () => {
  assert.equal(announcementDay({ publishedAt: '2025-03-03' }, '2025-03-04'), '2025-03-04');
  assert.equal(announcementDay({ publishedAt: '2025-02-28' }, '2025-03-04'), '2025-03-04', 'over a weekend');
  assert.equal(announcementDay({ publishedAt: '2025-02-01' }, '2025-03-04'), null, 'an old paper with a metadata fix');
  assert.equal(announcementDay({ publishedAt: '2025-03-01', updatedAt: '2025-03-03' }, '2025-03-04'), null, 'a later version is not new');
});

test('withdrawal is read from the comments or the start of the abstract', () => {
  for (const c of ['This paper has been withdrawn by the authors', 'withdrawn by arXiv administrators due to plagiarism', 'paper withdrawn by author', 'This article has been withdrawn because it has been merged']) {
    assert.equal(isWithdrawn(c, ''), true, c);
  }
  assert.equal(isWithdrawn('', 'This paper has been withdrawn due to an error in Lemma 8.'), true);
  assert.equal(isWithdrawn('12 pages', 'We study how withdrawn funds affect markets.'), false);
});

test('OAI pages: tokens decoded, deleted records read, errors reported by code, URLs by the protocol', () => {
  const page = parseOaiPage(`<?xml version="1.0"?><OAI-PMH><responseDate>2025-03-04T00:00:00Z</responseDate><ListRecords>
<record><header status="deleted"><identifier>oai:arXiv.org:hep-th/9901001</identifier><datestamp>2025-03-03</datestamp></header></record>
<record><header status="deleted"><identifier>junk</identifier><datestamp>2025-03-03</datestamp></header></record>
<resumptionToken cursor="0">a&amp;b|1001</resumptionToken></ListRecords></OAI-PMH>`, 'page 1');
  assert.deepEqual(page.items.map((i) => i.kind), ['deleted', 'rejected']);
  assert.deepEqual(page.items[0], { kind: 'deleted', arxivId: 'hep-th/9901001', datestamp: '2025-03-03', line: 2 });
  assert.equal(page.token, 'a&b|1001');
  assert.equal(page.responseDay, '2025-03-04');
  assert.throws(() => parseOaiPage('<html><body>Down for maintenance</body></html>', 'page 3'), /page 3 is not an OAI-PMH response \(root element <html>\)/);
  assert.equal(parseOaiPage('<OAI-PMH><error code="noRecordsMatch">none</error></OAI-PMH>', 'p').errorCode, 'noRecordsMatch');
  assert.equal(listRecordsUrl('https://oaipmh.arxiv.org/oai', { set: 'cs', from: '2025-03-01' }), 'https://oaipmh.arxiv.org/oai?verb=ListRecords&metadataPrefix=arXiv&set=cs&from=2025-03-01');
  assert.equal(listRecordsUrl('https://oaipmh.arxiv.org/oai', { token: 'a|b' }), 'https://oaipmh.arxiv.org/oai?verb=ListRecords&resumptionToken=a%7Cb');
});

test('a real arXiv ListRecords response parses through the importer\'s mapping', (t) => {
  const file = sharedFile(t, 'fixtures/arxiv-oai-pmh/functional__arxiv__fixtures__http_server__records__arxiv-physics-hep-th.xml');
  if (!file) return;
  const page = parseOaiPage(readFileSync(file, 'utf8'), 'hep-th sample');
  assert.equal(page.items.length, 3);
  const first = page.items[0];
  assert.equal(first.kind, 'record');
  if (first.kind !== 'record') return;
  assert.equal(first.datestamp, '2017-12-14');
  assert.equal(first.record.arxivId, '1412.8323');
  assert.equal(first.record.updatedAt, '2017-12-13');
  assert.match(first.comments, /^78 pages/);
  assert.equal(page.token, null);
});

test('settings: defaults, scheduled harvesting needs a contact, bad values name the variable', () => {
  const s = harvestSettings(loadConfig({}));
  assert.deepEqual(s.categories, ['cs.AR', 'cs.LG', 'cs.DC', 'cs.PF']);
  assert.equal(s.oaiUrl, 'https://oaipmh.arxiv.org/oai');
  assert.equal(s.apiUrl, 'https://export.arxiv.org/api/query');
  assert.equal(s.at, null);
  assert.equal(s.timeZone, 'UTC');
  const bad = (env: NodeJS.ProcessEnv, re: RegExp) => assert.throws(() => loadConfig(env), (e: PaperboyError) => e.code === 'invalid_config' && re.test(e.message));
  bad({ PAPERBOY_HARVEST_AT: '06:30' }, /PAPERBOY_ARXIV_CONTACT: required when PAPERBOY_HARVEST_AT is set/);
  bad({ PAPERBOY_HARVEST_AT: '6:30', PAPERBOY_ARXIV_CONTACT: 'a@b.c' }, /PAPERBOY_HARVEST_AT: expected HH:MM/);
  bad({ PAPERBOY_HARVEST_TZ: 'Mars/Olympus' }, /PAPERBOY_HARVEST_TZ: expected an IANA time zone/);
  bad({ PAPERBOY_ARXIV_OAI_URL: 'ftp://x' }, /PAPERBOY_ARXIV_OAI_URL/);
  bad({ PAPERBOY_HARVEST_CATEGORIES: 'cs.AR;cs.LG' }, /PAPERBOY_HARVEST_CATEGORIES/);
  const on = harvestSettings(loadConfig({ PAPERBOY_HARVEST_AT: '06:30', PAPERBOY_ARXIV_CONTACT: 'ops@example.org', PAPERBOY_HARVEST_CATEGORIES: 'cs.AR,stat.ML', PAPERBOY_BASE_URL: 'https://papers.example.org' }));
  assert.deepEqual(on.categories, ['cs.AR', 'stat.ML']);
  assert.equal(on.userAgent, 'Paperboy/1.0 (+https://papers.example.org; contact: ops@example.org)');
});

test('serve never starts a harvest schedule unless PAPERBOY_HARVEST_AT is set', () => {
  const store = testStore();
  const log: string[] = [];
  assert.equal(startHarvestSchedule(store, harvestSettings(loadConfig({})), (m) => log.push(m), fakeClock()), null);
  assert.deepEqual(log, []);
});
