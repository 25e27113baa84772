import { loadConfig, type Config } from '../config.ts';
import { PaperboyError } from '../errors.ts';
import { parseCategories } from './categories.ts';
import { userAgent } from './polite-fetch.ts';

/** Harvest settings, read from the validated config (docs/HARVEST.md). */
export interface HarvestSettings {
  oaiUrl: string;
  apiUrl: string;
  contact: string | null;
  categories: string[];
  /** "HH:MM", or null: the server never harvests on its own. */
  at: string | null;
  timeZone: string;
  userAgent: string;
  /** How often `serve` checks whether the harvest is due (PAPERBOY_JOB_CHECK_S). */
  checkEveryMs: number;
  /** The harvest lease's time to live (PAPERBOY_JOB_LEASE_S), or undefined for the default. */
  leaseMs?: number;
}

export function harvestSettings(config: Config): HarvestSettings {
  return {
    oaiUrl: config.PAPERBOY_ARXIV_OAI_URL,
    apiUrl: config.PAPERBOY_ARXIV_API_URL,
    contact: config.PAPERBOY_ARXIV_CONTACT ?? null,
    categories: parseCategories(config.PAPERBOY_HARVEST_CATEGORIES, 'PAPERBOY_HARVEST_CATEGORIES'),
    at: config.PAPERBOY_HARVEST_AT ?? null,
    timeZone: config.PAPERBOY_HARVEST_TZ,
    userAgent: userAgent(config.PAPERBOY_ARXIV_CONTACT, config.PAPERBOY_BASE_URL),
    checkEveryMs: config.PAPERBOY_JOB_CHECK_S * 1000,
    ...(config.PAPERBOY_JOB_LEASE_S === undefined ? {} : { leaseMs: config.PAPERBOY_JOB_LEASE_S * 1000 }),
  };
}

/** Harvesting sends many requests, so arXiv must be able to reach whoever runs it. */
export function requireContact(s: HarvestSettings): void {
  if (!s.contact) {
    throw new PaperboyError('invalid_config', 'setting PAPERBOY_ARXIV_CONTACT: required for harvesting: an e-mail address or URL arXiv can reach the operator at (it goes into the User-Agent)', 'PAPERBOY_ARXIV_CONTACT');
  }
}

/** What the admin page shows about harvesting, read when the page is asked for. */
export function harvestAdminInfo(): { categories: string[]; schedule: string | null; oaiUrl: string } {
  const s = harvestSettings(loadConfig());
  return { categories: s.categories, schedule: s.at ? `${s.at} ${s.timeZone}` : null, oaiUrl: s.oaiUrl };
}
