/**
 * Which OAI-PMH sets to harvest for the wanted arXiv categories, and which records to keep.
 *
 * arXiv's OAI sets are archives, not categories: `cs`, `math`, `stat`, `q-bio`, `q-fin`, `econ`,
 * `eess`, and for the physics archives `physics:<archive>` (`physics:hep-th`, `physics:cond-mat`,
 * `physics:quant-ph`...). So cs.AR and cs.LG both come from set `cs`, harvested once, and each record
 * is kept when any of its categories (primary or cross-list) is wanted. A bare archive (`cs`, `hep-th`)
 * wants every category in it.
 */
import { isArxivCategory } from '../importers/formats/arxiv-fields.ts';
import { invalidArgument } from '../errors.ts';

/** Archives arXiv's OAI groups under `physics:`. */
const PHYSICS_ARCHIVES = new Set([
  'astro-ph', 'cond-mat', 'gr-qc', 'hep-ex', 'hep-lat', 'hep-ph', 'hep-th', 'math-ph', 'nlin',
  'nucl-ex', 'nucl-th', 'physics', 'quant-ph',
]);

export const DEFAULT_CATEGORIES = ['cs.AR', 'cs.LG', 'cs.DC', 'cs.PF'];

/** Parses "cs.AR, cs.LG" into category names, refusing anything that is not an arXiv category. */
export function parseCategories(raw: string, field = '--categories'): string[] {
  const list = raw.split(',').map((c) => c.trim()).filter(Boolean);
  if (list.length === 0) throw invalidArgument(field, `${field}: expected comma-separated arXiv categories such as cs.AR,cs.LG`);
  for (const c of list) {
    if (!isArxivCategory(c)) throw invalidArgument(field, `${field}: "${c}" is not an arXiv category (expected e.g. cs.AR, stat.ML, hep-th)`);
  }
  return [...new Set(list)];
}

/** The OAI set a category is harvested from. */
export function oaiSetFor(category: string): string {
  const archive = category.split('.')[0];
  return PHYSICS_ARCHIVES.has(archive) ? `physics:${archive}` : archive;
}

/** The distinct sets for the categories, in a stable order. */
export function oaiSetsFor(categories: string[]): string[] {
  return [...new Set(categories.map(oaiSetFor))].sort();
}

/** The key harvest progress is kept under: the sorted category list (so cs.LG,cs.AR = cs.AR,cs.LG). */
export function scopeKey(categories: string[]): string {
  return [...new Set(categories)].sort().join(',');
}

/** True when any of a record's categories is wanted (a bare archive wants all of its categories). */
export function wantedRecord(recordCategories: string[], wanted: string[]): boolean {
  return recordCategories.some((c) => wanted.some((w) => c === w || (!w.includes('.') && c.startsWith(`${w}.`))));
}
