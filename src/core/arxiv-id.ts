/**
 * arXiv identifiers: new style (0704.0001 to 2401.12345, 4 or 5 digits after the dot) and old style
 * (archive[.SUBJECT]/YYMMNNN, e.g. hep-th/9901001, math.GT/0309136), with an optional vN suffix,
 * bare or inside an arxiv.org URL or an "arXiv:" prefix.
 */

export interface ArxivId {
  /** Canonical id without version: "2401.12345" or "hep-th/9901001" (archive lower-case, subject class as arXiv writes it). */
  id: string;
  version: number | null;
}

const NEW_STYLE = /^(\d{4})\.(\d{4,5})(?:v(\d+))?$/i;
const OLD_STYLE = /^([a-z]+(?:-[a-z]+)?)(?:\.([a-z]{2}))?\/(\d{7})(?:v(\d+))?$/i;
const URL_PREFIX = /^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html|format)\//i;

/** Parses an id, "arXiv:" id or arxiv.org URL; returns null when it is not an arXiv id. */
export function parseArxivId(raw: string): ArxivId | null {
  let s = raw.trim();
  s = s.replace(URL_PREFIX, '').replace(/^arxiv:\s*/i, '');
  s = s.replace(/(\.pdf)?([?#].*)?$/i, '').replace(/\/+$/, '');
  const n = NEW_STYLE.exec(s);
  if (n) {
    const month = Number(n[1].slice(2));
    // 4-digit sequence numbers were used until 2014-12, 5-digit from 2015-01.
    const year = Number(n[1].slice(0, 2));
    if (month < 1 || month > 12) return null;
    if (n[2].length === 5 && year < 15) return null;
    if (n[2].length === 4 && year >= 15) return null;
    return { id: `${n[1]}.${n[2]}`, version: n[3] ? Number(n[3]) : null };
  }
  const o = OLD_STYLE.exec(s);
  if (o) {
    const month = Number(o[3].slice(2, 4));
    if (month < 1 || month > 12) return null;
    const archive = o[1].toLowerCase();
    const subject = o[2] ? `.${o[2].toUpperCase()}` : '';
    return { id: `${archive}${subject}/${o[3]}`, version: o[4] ? Number(o[4]) : null };
  }
  return null;
}

/** The URL-safe paper id for an arXiv id: old-style ids swap "/" for "_" (hep-th_9901001). */
export function paperIdForArxiv(arxivId: string): string {
  return arxivId.replace('/', '_');
}

/** Inverse of paperIdForArxiv for ids that look like one; returns null otherwise. */
export function arxivIdFromPaperId(paperId: string): string | null {
  const parsed = parseArxivId(paperId.includes('_') ? paperId.replace('_', '/') : paperId);
  return parsed ? parsed.id : null;
}

export function arxivAbsUrl(arxivId: string): string {
  return `https://arxiv.org/abs/${arxivId}`;
}

export function arxivPdfUrl(arxivId: string): string {
  return `https://arxiv.org/pdf/${arxivId}`;
}
