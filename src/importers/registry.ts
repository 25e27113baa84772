import { invalidArgument } from '../errors.ts';
import { arxivAtomImporter } from './formats/arxiv-atom.ts';
import { arxivListingImporter } from './formats/arxiv-listing.ts';
import { arxivOaiImporter } from './formats/arxiv-oai.ts';
import { arxivSnapshotImporter } from './formats/arxiv-snapshot.ts';
import { hfDailyImporter } from './formats/hf-daily.ts';
import { hfListingImporter } from './formats/hf-listing.ts';
import { IMPORT_FORMATS, type ImportFormat, type Importer } from './types.ts';

const IMPORTERS: Record<ImportFormat, Importer> = {
  'hf-listing': hfListingImporter,
  'hf-daily': hfDailyImporter,
  'arxiv-atom': arxivAtomImporter,
  'arxiv-oai': arxivOaiImporter,
  'arxiv-listing': arxivListingImporter,
  'arxiv-snapshot': arxivSnapshotImporter,
};

/** The importer for a format name; an unknown name (e.g. a typo in --format) is an invalid argument. */
export function getImporter(format: ImportFormat): Importer {
  const importer = Object.hasOwn(IMPORTERS, format) ? IMPORTERS[format] : undefined;
  if (!importer) {
    throw invalidArgument('format', `unknown import format "${String(format)}" (expected one of ${IMPORT_FORMATS.join(', ')})`);
  }
  return importer;
}
